/**
 * Held-out accuracy of the supervision scorer (issue 22). For each outside set named (or, with
 * `--group N`, each group of N consecutive sets), the model is trained by the builder's `train` on the
 * development corpora without it, kept in memory (never written over data/supervision-model.json), and
 * the whole scorer (lexicon, model and the follow-up of previous actions, as supervisionAccuracy
 * measures) is scored on it. The figures on the development sets with the committed model are training
 * figures and overstate what a blind set shows; these are the honest ones to choose changes by. Round
 * 42 found that one set held out is not enough (its writer's neighbours teach the model its idiom):
 * groups of four, the size a blind session writes, are the measure the builder's settings are chosen by.
 *
 * `node dist/bench/supervisionHeldOut.js [--from 20] [--to 27] [--group N] [--config JSON] [--json]`:
 * the sets outside{from} to outside{to}, all before BLIND_OUTSIDE (a blind set is never trained on, so
 * it needs no run). The training material of every run is the style corpus's development part, the
 * project's labelled records and every outside set before outside{to + 1} but those held out.
 * Deterministic (the builder's fit is). Cost: one fit per set or group (some 30-45 s of CPU each at
 * 19,000 training records), and a pass of the scorer over the held-out records.
 */
import { pathToFileURL } from 'node:url';
import type { ModelFile } from '../rules/lib/supervisionModel.js';
import { type Config, type Corpus, CONFIG, developmentCorpora, modelFile, train } from './buildSupervisionModel.js';
import {
  type AccuracyReport,
  BLIND_OUTSIDE,
  type CriterionAccuracy,
  measureAccuracy,
  type OutsidePart,
} from './supervisionAccuracy.js';

const SHOWN = ['childFocus', 'reflection', 'actions', 'reviewsPrevious', 'copied'] as const;
type Shown = (typeof SHOWN)[number];
/** Counts of one criterion over held-out records. */
export type Counts = Pick<CriterionAccuracy, 'tp' | 'fp' | 'tn' | 'fn'>;
/** What the run needs of a scored set: its counts per criterion. */
export type Scored = Record<Shown, Counts>;
/** One group held out: its sets and the counts, pooled over them, of the model that did not see them. */
export interface GroupResult {
  parts: string[];
  criteria: Scored;
}

/** The model file of `config` trained on `corpora` (the builder's `train`, in memory). */
export const fitModel = (corpora: readonly Corpus[], config: Config): ModelFile =>
  modelFile(train(corpora, config), config);
/** The whole scorer's counts on one outside set with `model` (supervisionAccuracy's measure). */
export const scoreSet = (model: ModelFile, part: string): Scored =>
  measureAccuracy(part as OutsidePart, model).criteria;

const zero = (): Counts => ({ tp: 0, fp: 0, tn: 0, fn: 0 });
/** The counts of several sets added together, per criterion. */
export function pool(scored: readonly Scored[]): Scored {
  const total = Object.fromEntries(SHOWN.map((c) => [c, zero()])) as Scored;
  for (const s of scored)
    for (const c of SHOWN) for (const k of ['tp', 'fp', 'tn', 'fn'] as const) total[c][k] += s[c][k];
  return total;
}

/**
 * Each group in turn held out: the model fitted on `corpora` without the group's sets scores the
 * group's sets, and nothing else. `fit` and `score` are the builder's and the accuracy measure's by
 * default (a test gives small ones). Groups are held out in the order given; a corpus in no group is
 * always in the training.
 */
export function heldOutGroups(
  corpora: readonly Corpus[],
  groups: readonly (readonly string[])[],
  config: Config = CONFIG,
  fit: (corpora: readonly Corpus[], config: Config) => ModelFile = fitModel,
  score: (model: ModelFile, part: string) => Scored = scoreSet,
  progress: (r: GroupResult) => void = () => {},
): GroupResult[] {
  return groups.map((group) => {
    const out = new Set(group);
    const model = fit(
      corpora.filter((c) => !out.has(c.name)),
      config,
    );
    const r = { parts: [...group], criteria: pool(group.map((part) => score(model, part))) };
    progress(r);
    return r;
  });
}

/** The held-out report of one set: the model trained without it, the scorer measured on it. */
export function heldOut(corpora: readonly Corpus[], part: OutsidePart, config: Config = CONFIG): AccuracyReport {
  return measureAccuracy(
    part,
    fitModel(
      corpora.filter((c) => c.name !== part),
      config,
    ),
  );
}

const partName = (n: number): string => (n === 1 ? 'outside' : `outside${n}`);
/** The sets `from` to `to` in groups of `size` (the last group may be smaller). */
export function groupsOf(from: number, to: number, size: number): string[][] {
  const groups: string[][] = [];
  for (let n = from; n <= to; n += size) {
    const g: string[] = [];
    for (let k = n; k <= Math.min(to, n + size - 1); k++) g.push(partName(k));
    groups.push(g);
  }
  return groups;
}

/** One cell: records right of all, then the false alarms and misses. */
const cell = (k: Counts): string => `${k.tp + k.tn}/${k.tp + k.fp + k.tn + k.fn} (fp ${k.fp}, fn ${k.fn})`;
/** One table row: the group's name and its counts per criterion. */
export function row(name: string, s: Scored): string {
  return `| ${name} | ${SHOWN.map((c) => cell(s[c])).join(' | ')} |`;
}
const groupName = (parts: readonly string[]): string =>
  parts.length === 1 ? parts[0]! : `${parts[0]}-${parts.at(-1)!.slice('outside'.length)}`;

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
  for (let n = from; n <= to; n++) parts.push(partName(n) as OutsidePart);
  return { from, to, parts };
}

export const HELD_OUT_USAGE = `Usage: node dist/bench/supervisionHeldOut.js [--from N] [--to N] [--group N] [--config JSON] [--json]

Held-out accuracy of the supervision scorer: for each set outside<from> to outside<to> (or each group
of sets), the model is trained in memory without it and the scorer measured on it (about a minute
of CPU per fit).
  --from N      the first set (default 20)
  --to N        the last set (default and limit: the set before ${BLIND_OUTSIDE}, which is blind)
  --group N     hold out groups of N consecutive sets from --from (e.g. --from 2 --group 4), one fit
                per group, and print each group's and the pooled counts
  --config JSON the builder's configuration with these fields changed (e.g. '{"l2":0.02}'), to compare
                settings by their held-out figures
  --json        print each set's (or group's) figures as JSON instead of the table
  -h, --help    print this and exit
`;

/** Why the arguments cannot start a run (an unknown option), or null; `--help` is handled first. */
export function heldOutArgProblem(args: readonly string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--from' || a === '--to' || a === '--group') {
      if (!/^\d+$/.test(args[i + 1] ?? '') || (a === '--group' && Number(args[i + 1]) === 0))
        return `${a} needs a whole number`;
      i++;
    } else if (a === '--config') {
      const problem = configProblem(args[i + 1]);
      if (problem !== null) return problem;
      i++;
    } else if (a !== '--json') return `unknown option ${a}`;
  }
  return null;
}

/** Why `--config`'s text is not a change to the builder's configuration, or null. */
function configProblem(text: string | undefined): string | null {
  let v: unknown;
  try {
    v = JSON.parse(text ?? '');
  } catch {
    return '--config needs a JSON object';
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return '--config needs a JSON object';
  const unknown = Object.keys(v).find((k) => !(k in CONFIG));
  return unknown === undefined ? null : `--config: the builder has no setting ${unknown}`;
}

/** The configuration a run measures: the builder's, with `--config`'s fields changed. */
export function runConfig(args: readonly string[]): Config {
  const i = args.indexOf('--config');
  return i < 0 ? CONFIG : { ...CONFIG, ...(JSON.parse(args[i + 1]!) as Partial<Config>) };
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
  const { from, to, parts } = heldOutRange(args);
  const g = args.indexOf('--group');
  const groups = g < 0 ? parts.map((p) => [p]) : groupsOf(from, to, Number(args[g + 1]));
  const config = runConfig(args);
  const started = process.cpuUsage();
  // Every set up to the last one measured is training material for the other groups.
  const corpora = developmentCorpora(partName(to + 1));
  const lines = [
    `config ${JSON.stringify(config)}`,
    `| held out | ${SHOWN.join(' | ')} |`,
    `| --- | ${SHOWN.map(() => '---').join(' | ')} |`,
  ];
  const results = heldOutGroups(corpora, groups, config, fitModel, scoreSet, (r) =>
    process.stderr.write(`${row(groupName(r.parts), r.criteria)}\n`),
  );
  for (const r of results) lines.push(row(groupName(r.parts), r.criteria));
  lines.push(row(`outside${from}-${to} pooled`, pool(results.map((r) => r.criteria))));
  const cpu = process.cpuUsage(started);
  lines.push(`cost: ${groups.length} fits, ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s of CPU`);
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify({ config, groups: results }, null, 1)}\n`);
  else process.stdout.write(`${lines.join('\n')}\n`);
}
