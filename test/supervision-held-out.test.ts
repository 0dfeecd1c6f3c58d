/**
 * Issue 22, round 44: the held-out measure (bench/supervisionHeldOut.ts) the builder's settings are
 * chosen by. Each group of outside sets is scored only by a model the builder's own `train` fitted
 * without it; on a small made-up corpus whose groups each have a word of their own, the model that
 * scores a group must not know that group's word and must know the others'.
 */
import { describe, expect, it } from 'vitest';
import { CONFIG, type Corpus } from '../bench/buildSupervisionModel.js';
import {
  type Counts,
  fitModel,
  groupsOf,
  heldOutArgProblem,
  heldOutGroups,
  pool,
  row,
  runConfig,
  type Scored,
} from '../bench/supervisionHeldOut.js';
import type { ModelFile } from '../rules/lib/supervisionModel.js';
import { loadLexicon } from '../rules/lib/supervisionText.js';
import { SupervisionScorer } from '../rules/lib/supervisionScorer.js';

const scorer = new SupervisionScorer(loadLexicon(), null);
/** Groups' own words: each in two records of each of the group's four sets (8 records, 4 corpora). */
const OWN: Record<string, string> = { a: 'zebra', b: 'walrus', c: 'pelican' };
const GROUPS = [
  ['outside2', 'outside3', 'outside4', 'outside5'],
  ['outside6', 'outside7', 'outside8', 'outside9'],
  ['outside10', 'outside11', 'outside12', 'outside13'],
];
const record = (text: string, focus: boolean): Corpus['records'][number] => ({
  input: scorer.modelInput(text, null),
  expected: { childFocus: focus, reflection: false, actions: false, reviewsPrevious: false },
});
/** A set of group `g`: two records with its own word (child-focused), two without (not). */
function set(name: string, g: string): Corpus {
  const own = OWN[g]!;
  return {
    name,
    records: [
      record(`the worker discussed the ${own} drawing and the plan`, true),
      record(`we talked about the ${own} visit at the school`, true),
      record('the manager checked the file and the plan', false),
      record('the worker discussed the file at the school', false),
    ],
  };
}
const CORPORA: Corpus[] = [
  { name: 'style-dev', records: [record('the plan was agreed at the school', false)] },
  ...GROUPS.flatMap((group, i) => group.map((name) => set(name, 'abc'[i]!))),
];
const knows = (m: ModelFile, word: string): boolean => word in m.criteria.childFocus!.weights;
const counts = (tp: number, fp: number, tn: number, fn: number): Counts => ({ tp, fp, tn, fn });
const scored = (k: Counts): Scored => ({ childFocus: k, reflection: k, actions: k, reviewsPrevious: k, copied: k });

describe('the held-out groups (bench/supervisionHeldOut.ts)', () => {
  it('groups the sets by fours from --from, outside2-97 in 24 groups, a short last group kept', () => {
    const g = groupsOf(2, 97, 4);
    expect(g).toHaveLength(24);
    expect(g[0]).toEqual(['outside2', 'outside3', 'outside4', 'outside5']);
    expect(g.at(-1)).toEqual(['outside94', 'outside95', 'outside96', 'outside97']);
    expect(groupsOf(1, 6, 4)).toEqual([
      ['outside', 'outside2', 'outside3', 'outside4'],
      ['outside5', 'outside6'],
    ]);
  });

  it("scores each group only with a model the builder's train fitted without it", () => {
    // The whole corpus's model knows every group's word: the check below can fail.
    const all = fitModel(CORPORA, CONFIG);
    for (const w of Object.values(OWN)) expect(knows(all, w), w).toBe(true);
    const seen: { part: string; known: string[] }[] = [];
    const trainedOn: string[][] = [];
    const results = heldOutGroups(
      CORPORA,
      GROUPS,
      CONFIG,
      (corpora, config) => {
        trainedOn.push(corpora.map((c) => c.name));
        return fitModel(corpora, config);
      },
      (model, part) => {
        seen.push({ part, known: Object.values(OWN).filter((w) => knows(model, w)) });
        return scored(counts(1, 0, 0, 0));
      },
    );
    expect(trainedOn).toEqual([
      ['style-dev', ...GROUPS[1]!, ...GROUPS[2]!],
      ['style-dev', ...GROUPS[0]!, ...GROUPS[2]!],
      ['style-dev', ...GROUPS[0]!, ...GROUPS[1]!],
    ]);
    // Every set of a group scored once, by the model without the group's word and with the others'.
    expect(seen.map((s) => s.part)).toEqual(GROUPS.flat());
    for (const s of seen) {
      const g = GROUPS.findIndex((group) => group.includes(s.part));
      expect(s.known, s.part).toEqual(Object.values(OWN).filter((_, i) => i !== g));
    }
    expect(results.map((r) => r.parts)).toEqual(GROUPS);
    expect(results.map((r) => r.criteria.childFocus.tp)).toEqual([4, 4, 4]);
  });

  it('is deterministic: the same fits give the same models', () => {
    const models: string[] = [];
    for (let run = 0; run < 2; run++)
      heldOutGroups(CORPORA, GROUPS.slice(0, 1), CONFIG, fitModel, (model) => {
        models.push(JSON.stringify(model));
        return scored(counts(0, 0, 1, 0));
      });
    expect(models).toHaveLength(8);
    expect(models[4]).toBe(models[0]);
  });

  it('pools counts over sets and prints right of all with false alarms and misses', () => {
    const p = pool([scored(counts(5, 1, 3, 2)), scored(counts(4, 0, 6, 1))]);
    expect(p.childFocus).toEqual({ tp: 9, fp: 1, tn: 9, fn: 3 });
    expect(row('outside2-5', p)).toBe(`| outside2-5 |${' 18/22 (fp 1, fn 3) |'.repeat(5)}`);
  });

  it("takes a change to the builder's settings by --config, and refuses one it does not have", () => {
    expect(runConfig(['--config', '{"l2":0.02,"minCorpora":3}'])).toEqual({ ...CONFIG, l2: 0.02, minCorpora: 3 });
    expect(runConfig([])).toBe(CONFIG);
    expect(heldOutArgProblem(['--config', '{"l3":1}'])).toBe('--config: the builder has no setting l3');
    expect(heldOutArgProblem(['--config', '[1]'])).toBe('--config needs a JSON object');
    expect(heldOutArgProblem(['--group', '0'])).toBe('--group needs a whole number');
    expect(heldOutArgProblem(['--from', '2', '--group', '4', '--json'])).toBeNull();
  });
});
