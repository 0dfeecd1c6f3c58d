/**
 * Leave-one-set-out accuracy of the supervision scorer (issue 22): for each outside set named, the
 * model is trained on the development corpora without that set, kept in memory (never written over
 * data/supervision-model.json), and the whole scorer (lexicon, model and the follow-up of previous
 * actions, as supervisionAccuracy measures) is scored on the set. The figures on the development
 * sets with the committed model are training figures and overstate what a blind set shows; these
 * are the honest ones to choose changes by.
 *
 * `node dist/bench/supervisionHeldOut.js [--from 20] [--to 27] [--json]`: the sets outside{from}
 * to outside{to}, all before BLIND_OUTSIDE (a blind set is never trained on, so it needs no run).
 */
import { pathToFileURL } from 'node:url';
import { type Corpus, CONFIG, developmentCorpora, modelFile, train } from './buildSupervisionModel.js';
import { type AccuracyReport, BLIND_OUTSIDE, measureAccuracy, type OutsidePart } from './supervisionAccuracy.js';

const SHOWN = ['childFocus', 'reflection', 'reviewsPrevious'] as const;

/** The held-out report of one set: the model trained without it, the scorer measured on it. */
export function heldOut(corpora: readonly Corpus[], part: OutsidePart): AccuracyReport {
  const config = CONFIG;
  const model = modelFile(
    train(
      corpora.filter((c) => c.name !== part),
      config,
    ),
    config,
  );
  return measureAccuracy(part, model);
}

const pct = (x: number): string => (x * 100).toFixed(1);

/** One table row: accuracy (recall/precision) per criterion shown. */
function row(name: string, r: Pick<AccuracyReport, 'criteria'>): string {
  const cells = SHOWN.map((c) => {
    const k = r.criteria[c];
    return `${pct(k.accuracy)} (P ${pct(k.precision)}, R ${pct(k.recall)})`;
  });
  return `| ${name} | ${cells.join(' | ')} |`;
}

/**
 * The development sets `--from N` (default 20) to `--to N` (default and limit: the set before
 * BLIND_OUTSIDE) name, as parts: a blind set is never trained on, so no held-out run reads one.
 */
export function heldOutRange(argv: readonly string[]): { from: number; to: number; parts: OutsidePart[] } {
  const arg = (name: string, d: number): number => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : d;
  };
  const blind = Number(BLIND_OUTSIDE.slice('outside'.length));
  const from = arg('--from', 20),
    to = Math.min(arg('--to', blind - 1), blind - 1);
  const parts: OutsidePart[] = [];
  for (let n = from; n <= to; n++) parts.push((n === 1 ? 'outside' : `outside${n}`) as OutsidePart);
  return { from, to, parts };
}

export const HELD_OUT_USAGE = `Usage: node dist/bench/supervisionHeldOut.js [--from N] [--to N] [--json]

Leave-one-set-out accuracy of the supervision scorer: for each set outside<from> to outside<to>,
the model is trained in memory without that set and the scorer measured on it (minutes per set).
  --from N   the first set (default 20)
  --to N     the last set (default and limit: the set before ${BLIND_OUTSIDE}, which is blind)
  --json     print each set's figures as JSON instead of the table
  -h, --help print this and exit
`;

/** Why the arguments cannot start a run (an unknown option), or null; `--help` is handled first. */
export function heldOutArgProblem(args: readonly string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--from' || a === '--to') {
      if (!/^\d+$/.test(args[i + 1] ?? '')) return `${a} needs a whole number`;
      i++;
    } else if (a !== '--json') return `unknown option ${a}`;
  }
  return null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  // A run trains one model per set (minutes each): --help, or a mistyped option, must not start it.
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELD_OUT_USAGE);
    process.exit(0);
  }
  const problem = heldOutArgProblem(args);
  if (problem) {
    process.stderr.write(`supervisionHeldOut: ${problem} (see --help)\n`);
    process.exit(2);
  }
  const { from, to, parts } = heldOutRange(process.argv);
  const corpora = developmentCorpora();
  const reports: AccuracyReport[] = [];
  const total = Object.fromEntries(SHOWN.map((c) => [c, { tp: 0, fp: 0, tn: 0, fn: 0 }]));
  const lines = ['| held out | childFocus | reflection | reviewsPrevious |', '| --- | --- | --- | --- |'];
  for (const part of parts) {
    const r = heldOut(corpora, part);
    reports.push(r);
    for (const c of SHOWN) for (const k of ['tp', 'fp', 'tn', 'fn'] as const) total[c]![k] += r.criteria[c][k];
    lines.push(row(part, r));
    process.stderr.write(`${lines.at(-1)}\n`);
  }
  const criteria = Object.fromEntries(
    SHOWN.map((c) => {
      const { tp, fp, tn, fn } = total[c]!;
      return [c, { accuracy: (tp + tn) / (tp + fp + tn + fn), precision: tp / (tp + fp), recall: tp / (tp + fn) }];
    }),
  ) as AccuracyReport['criteria'];
  lines.push(row(`outside${from}-${to}`, { criteria }));
  if (process.argv.includes('--json'))
    process.stdout.write(
      `${JSON.stringify(
        reports.map((r) => ({ part: r.part, ...Object.fromEntries(SHOWN.map((c) => [c, r.criteria[c]])) })),
        null,
        1,
      )}\n`,
    );
  else process.stdout.write(`${lines.join('\n')}\n`);
}
