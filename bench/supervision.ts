/**
 * Micro-benchmark for the supervision-record scorer (issue 11: "100,000 records scored in well
 * under 10 seconds"). Generates 100,000 case records with the demo generator's text templates
 * (mixed quality, 8 per child, each compared with the child's previous record as the rule does),
 * then times scoring alone, through the function the rule uses (scoreByChild: SupervisionScorer.scoreTexts
 * in batches, each record compared as it is scored): generation is outside the clock. Run on its own with
 * `node dist/bench/supervision.js [--records N]`, or through bench/bench.ts.
 */
import { pathToFileURL } from 'node:url';
import { caseRecord, type RecordQuality } from '../src/generate/supervisionText.js';
import { Rng } from '../src/generate/rng.js';
import { dayFromYmd } from '../src/model/day.js';
import type { SupervisionRow } from '../src/model/tables.js';
import { scoreByChild } from '../rules/lib/supervisionPrevious.js';
import { COPY_THRESHOLD, createScorer, loadLexicon, TEXT_BITS } from '../rules/lib/supervisionText.js';

export interface SupervisionBench {
  records: number;
  ms: number;
  perSecond: number;
  meetingStandard: number;
  copied: number;
}

const QUALITIES: readonly RecordQuality[] = [
  'strong',
  'strong',
  'strong',
  'strong',
  'no-child-focus',
  'no-reflection',
  'no-actions',
  'minimal',
];
const NAMES = ['Ellie', 'Jayden', 'Amira', 'Kai', 'Poppy', 'Oskar', 'Zara', 'Leon'];
const PER_CHILD = 8;

export function benchSupervision(records = 100_000): SupervisionBench {
  const rng = new Rng(11);
  const start = dayFromYmd(2023, 4, 1);
  const texts: { recordText: string; actions: string }[] = [];
  for (let i = 0; i < records; i++) {
    const child = Math.floor(i / PER_CHILD);
    const nth = i % PER_CHILD;
    // One record in twelve is the previous one again, so the copy test has both answers.
    const prev = texts[i - 1];
    if (nth > 0 && prev && rng.chance(1 / 12)) texts.push({ ...prev });
    else
      texts.push(
        caseRecord(rng, rng.pick(QUALITIES), NAMES[child % NAMES.length]!, start + nth * 30, nth > 0, child % 2 === 0),
      );
  }
  // The rows as the rule reads them: a case record of child `child`, a month after the one before.
  const rows: SupervisionRow[] = texts.map((t, i) => ({
    line: i + 2,
    supervisionId: null,
    workerId: null,
    supervisionDate: start + (i % PER_CHILD) * 30,
    childId: `C${Math.floor(i / PER_CHILD)}`,
    supervisorId: null,
    type: 'case',
    recordText: t.recordText,
    actions: t.actions,
  }));
  const scorer = createScorer(loadLexicon());
  const textOf = (i: number) => [texts[i]!.recordText, texts[i]!.actions] as const;
  // A warm-up pass over a slice, so the timing is of optimised code, not of the first compile.
  scorer.scoreTexts(Math.min(2_000, records), textOf);
  let meeting = 0,
    copied = 0;
  // What the rule runs (supervision-quality's prepare): every record scored child by child, in
  // batches whose shingle keys reuse two arrays, each compared with the child's record before it.
  const t0 = performance.now();
  const scores = scoreByChild(scorer, rows, textOf);
  const all = TEXT_BITS.childFocus | TEXT_BITS.reflection | TEXT_BITS.actions;
  for (let i = 0; i < records; i++) {
    const isCopy = scores.previous[i]! >= 0 && scores.similarity[i]! >= COPY_THRESHOLD;
    if ((scores.bits[i]! & all) === all && !isCopy) meeting++;
    if (isCopy) copied++;
  }
  const ms = performance.now() - t0;
  return { records, ms, perSecond: Math.round(records / (ms / 1000)), meetingStandard: meeting, copied };
}

export function formatSupervisionBench(b: SupervisionBench): string {
  return `supervision scorer: ${b.records.toLocaleString('en-GB')} records in ${(b.ms / 1000).toFixed(2)} s (${b.perSecond.toLocaleString('en-GB')}/s; ${b.meetingStandard} meet the standard, ${b.copied} copied)  (target well under 10 s)`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--records');
  const n = i >= 0 ? Number(process.argv[i + 1]) : 100_000;
  if (!Number.isInteger(n) || n <= 0) throw new Error('--records: a positive whole number is needed');
  process.stdout.write(`${formatSupervisionBench(benchSupervision(n))}\n`);
}
