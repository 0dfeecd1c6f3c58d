/**
 * Accuracy of the supervision-record scorer against labelled records (issue 22): accuracy,
 * precision and recall per criterion on one part of the style corpus
 * (test/fixtures/supervision-styles-corpus.json) — the test part by default, measured and never
 * tuned on — or on a corpus written outside the project (`outside`, `outside2`, `outside3`, …:
 * test/fixtures/supervision-outside{,2,3,…}-corpus.json). Each outside set is written and labelled
 * blind, measured once by the lead, then studied, so development material; the one still blind is
 * named in BLIND_OUTSIDE (it and any later set are measured, never tuned on). Run by `npm run bench`,
 * or alone: `node dist/bench/supervisionAccuracy.js [--part dev|test|all|outside|outsideN] [--misses]`.
 * --misses lists the records judged wrongly, for tuning, so only on the development material.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../src/engine/paths.js';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import { followUp } from '../rules/lib/supervisionFollowUp.js';
import type { ModelFile } from '../rules/lib/supervisionModel.js';

const CRITERIA = ['childFocus', 'reflection', 'actions', 'reviewsPrevious', 'copied'] as const;
type Criterion = (typeof CRITERIA)[number];
/** An outside corpus: `outside` (the first) or `outsideN`, N from 2. */
export type OutsidePart = 'outside' | `outside${number}`;
export type Part = 'dev' | 'test' | 'all' | OutsidePart;
type Corpus = 'style' | OutsidePart;
/**
 * The outside set being written blind now: the lead adds its file and measures it once. It, and any
 * set numbered after it, is measured only (no --misses); the sets before it have been measured and
 * studied. The one place to move when the lead hands a blind set over as development material.
 */
export const BLIND_OUTSIDE = 'outside110';
/**
 * The model is trained on the outside sets before this one (bench/buildSupervisionModel.ts). It lagged
 * BLIND_OUTSIDE from round 36 to round 41 (a retrain with outside82-89 took the style corpus's test part
 * under 95% on child focus twice); round 42's bound on the child's reported voice (OwnWords `bound`)
 * keeps that bar with outside82 to outside93 in the training. Round 48: outside94 to outside101 in the training
 * (round 44's retrain with outside94-97 was undone at merge for one labelled record on the margin). Round 49:
 * outside102 to outside105 in the training. Round 51: outside106 to outside109 in the training (the builder's settings
 * unchanged: none tried paid held out and kept the style corpus's test part at 95%; docs/supervision-accuracy.md).
 */
export const TRAINED_BEFORE = 'outside110';
const OUTSIDE = /^outside([2-9]|[1-9][0-9]+)?$/;

/** The number of an outside part (`outside` is 1), or undefined for a part of the style corpus. */
function outsideNumber(part: string): number | undefined {
  const m = OUTSIDE.exec(part);
  return m ? Number(m[1] ?? 1) : undefined;
}
function isPart(part: string): part is Part {
  return part === 'dev' || part === 'test' || part === 'all' || outsideNumber(part) !== undefined;
}
/** Parts whose misses may be listed: the development material (tuned on, or studied). */
export function isDevelopment(part: Part): boolean {
  const n = outsideNumber(part);
  return part === 'dev' || (n !== undefined && n < outsideNumber(BLIND_OUTSIDE)!);
}
const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * How the report names outside corpus n ("the old", "the twenty-first", "the hundred-and-tenth"), derived
 * rather than listed, so a new blind set needs no edit here (the list it replaces grew by hand each session).
 */
export function corpusOrdinal(n: number): string {
  if (n === 1) return 'old';
  if (n === 100) return 'hundredth';
  if (n > 100 && n < 200) return `hundred-and-${ordinalUnder100(n - 100)}`;
  return n < 100 ? ordinalUnder100(n) : `${n}th`;
}

function ordinalUnder100(n: number): string {
  if (n < 10) return UNITS[n] as string;
  if (n < 20) return TEENS[n - 10] as string;
  const tens = TENS[Math.floor(n / 10)] as string;
  return n % 10 === 0 ? `${tens.slice(0, -1)}ieth` : `${tens}-${UNITS[n % 10] as string}`;
}

export interface StyleRecord {
  id: string;
  style: string;
  /** The style corpus's split; the outside corpus has none. */
  part?: 'dev' | 'test';
  recordText: string | null;
  actions: string | null;
  /**
   * The child's previous record: in the style corpus its text and actions joined (build.mjs); in
   * a corpus written outside the project its text, with its actions in `previousActions` if given.
   */
  previous?: string;
  previousActions?: string | null;
  expected: Record<Criterion, boolean>;
  notes?: string[];
}

export interface CriterionAccuracy {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  accuracy: number;
  precision: number;
  recall: number;
}
export interface AccuracyReport {
  part: string;
  records: number;
  styles: string[];
  criteria: Record<Criterion, CriterionAccuracy>;
  misses: { id: string; criterion: Criterion; expected: boolean }[];
}

/** The records of the style corpus, or of the outside corpus. */
export function readStyleCorpus(corpus: Corpus = 'style'): StyleRecord[] {
  const name = `supervision-${corpus === 'style' ? 'styles' : corpus}-corpus.json`;
  const file = join(PACKAGE_ROOT, 'test', 'fixtures', name);
  // A blind set is added by the lead after this code is written: until then, say so plainly.
  if (!existsSync(file)) throw new CorpusMissing(`${corpus}: test/fixtures/${name} does not exist yet`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { records: StyleRecord[] }).records;
}

/** A corpus file that is not there (a user's mistake to report in one line, not a stack). */
export class CorpusMissing extends Error {}

/** The records of a part: dev, test or all of the style corpus, or the whole outside corpus. */
function partRecords(part: Part): StyleRecord[] {
  if (outsideNumber(part) !== undefined) return readStyleCorpus(part as OutsidePart);
  return readStyleCorpus().filter((r) => part === 'all' || r.part === part);
}

/**
 * Whether the record is a copy of its previous one by the contract's measure (word 3-shingle
 * Jaccard >= 0.8), comparing like with like: the whole record with the whole previous record
 * where the corpus gives it (the style corpus; `previousActions`), else the record's text with the
 * previous record's text, since an outside writer gave no previous actions and a verbatim copy of
 * the text would otherwise be measured against the current actions too.
 */
function copiedFrom(scorer: ReturnType<typeof createScorer>, r: StyleRecord, part: Part): boolean {
  const whole = !part.startsWith('outside') || r.previousActions !== undefined;
  const previous = scorer.scoreRecord(r.previous!, whole ? (r.previousActions ?? null) : null).shingles;
  return scorer.scoreRecord(r.recordText, whole ? r.actions : null, previous).copied;
}

/**
 * Scores every record of `part` with the default lexicon and counts agreements per criterion: with
 * the project's model unless `model` is given (the leave-one-set-out run, supervisionHeldOut, passes
 * one trained without the part).
 */
export function measureAccuracy(part: Part = 'test', model?: ModelFile | null): AccuracyReport {
  const scorer = createScorer(loadLexicon(), model);
  const records = partRecords(part);
  const counts = Object.fromEntries(CRITERIA.map((c) => [c, { tp: 0, fp: 0, tn: 0, fn: 0 }])) as Record<
    Criterion,
    { tp: number; fp: number; tn: number; fn: number }
  >;
  const misses: AccuracyReport['misses'] = [];
  for (const r of records) {
    const got = scorer.scoreRecord(r.recordText, r.actions);
    if (r.previous !== undefined) {
      got.copied = copiedFrom(scorer, r, part);
      // As the rule does (scoreByChild): what became of an item of the previous record's tasks.
      if (!got.reviewsPrevious)
        got.reviewsPrevious = followUp([r.previous, r.previousActions ?? null], [r.recordText, r.actions]) !== null;
      // As the rule does (round 28): a copy's review is the previous record's carried forward.
      if (got.copied) got.reviewsPrevious = false;
    }
    for (const c of CRITERIA) {
      const want = r.expected[c],
        have = got[c];
      const k = counts[c];
      if (want && have) k.tp++;
      else if (!want && !have) k.tn++;
      else if (have) k.fp++;
      else k.fn++;
      if (want !== have) misses.push({ id: r.id, criterion: c, expected: want });
    }
  }
  const criteria = Object.fromEntries(
    CRITERIA.map((c) => {
      const { tp, fp, tn, fn } = counts[c];
      // Precision and recall are 1 when there is nothing to find or nothing was claimed.
      return [
        c,
        {
          tp,
          fp,
          tn,
          fn,
          accuracy: (tp + tn) / Math.max(1, records.length),
          precision: tp + fp === 0 ? 1 : tp / (tp + fp),
          recall: tp + fn === 0 ? 1 : tp / (tp + fn),
        },
      ];
    }),
  ) as Record<Criterion, CriterionAccuracy>;
  return { part, records: records.length, styles: [...new Set(records.map((r) => r.style))].sort(), criteria, misses };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function formatAccuracy(a: AccuracyReport): string {
  const rows = CRITERIA.map((c) => {
    const k = a.criteria[c];
    return `  ${c.padEnd(16)} accuracy ${pct(k.accuracy).padStart(6)}  precision ${pct(k.precision).padStart(6)}  recall ${pct(k.recall).padStart(6)}  (tp ${k.tp}, fp ${k.fp}, tn ${k.tn}, fn ${k.fn})`;
  });
  const n = outsideNumber(a.part);
  const corpus =
    n === undefined
      ? `the ${a.part} part of the style corpus`
      : `the ${corpusOrdinal(n)} outside corpus (${isDevelopment(a.part as Part) ? 'development material' : 'written blind, measured only'})`;
  return [
    `supervision scorer on ${corpus}: ${a.records} records in ${a.styles.length} styles (${a.styles.join(', ')})`,
    ...rows,
  ].join('\n');
}

const HELP = `Usage: node dist/bench/supervisionAccuracy.js [--part dev|test|all|outside|outsideN] [--misses]

Accuracy, precision and recall of the supervision-record scorer per criterion.
  --part P    test (default; measured, never tuned on), dev, all, outside or outsideN (corpora
              written blind outside the project: those before ${BLIND_OUTSIDE} were measured once,
              then studied, development material now; ${BLIND_OUTSIDE} is blind: measured, never
              tuned on)
  --misses    list the records judged wrongly (the development material only: dev, outside to
              outside${outsideNumber(BLIND_OUTSIDE)! - 1})
  -h, --help  this text
`;

/** A one-line error for a user's mistake, exit 2, no stack. */
function fail(message: string): never {
  process.stderr.write(`supervisionAccuracy: ${message}\n`);
  process.exit(2);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const i = process.argv.indexOf('--part');
  const part = i >= 0 ? (process.argv[i + 1] ?? '') : 'test';
  if (!isPart(part)) fail(`--part: expected dev, test, all, outside or outsideN, got ${JSON.stringify(part)}`);
  const misses = process.argv.includes('--misses');
  // The test part and the blind outside set are measured, never tuned on: no list of their misses.
  // The outside sets before it have been measured and then studied: development material now.
  if (misses && !isDevelopment(part))
    fail(
      `--misses: only on the development material (dev, outside to outside${outsideNumber(BLIND_OUTSIDE)! - 1}), not ${part}`,
    );
  let report: AccuracyReport;
  try {
    report = measureAccuracy(part);
  } catch (e) {
    if (e instanceof CorpusMissing) fail(e.message);
    throw e;
  }
  process.stdout.write(`${formatAccuracy(report)}\n`);
  if (misses) {
    const byId = new Map(partRecords(part).map((r) => [r.id, r]));
    for (const m of report.misses) {
      const r = byId.get(m.id)!;
      process.stdout.write(
        `\n${m.id} [${r.style}] ${m.criterion}: expected ${m.expected}${r.notes ? `  notes: ${r.notes.join(' | ')}` : ''}\n  text: ${JSON.stringify(r.recordText)}\n  actions: ${JSON.stringify(r.actions)}\n`,
      );
    }
  }
}
