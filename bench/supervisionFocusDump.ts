/**
 * Child focus's decision laid open, held out (issue 22, round 23): for each outside set named, the
 * model is trained without it (as supervisionHeldOut does) and every record of the set is written
 * as one JSON line: the writers' label, the lexicon's finding and the words behind it, whether the
 * record is about the worker, and the model's sums (bias and evidence, and the words), so a
 * decision rule can be swept over the development sets without training again. Development sets
 * only (before BLIND_OUTSIDE); the test part is never read.
 *
 * `node dist/bench/supervisionFocusDump.js [--from 20] [--to 45] > focus.jsonl`
 */
import { pathToFileURL } from 'node:url';
import { CONFIG, developmentCorpora, modelFile, train } from './buildSupervisionModel.js';
import { readStyleCorpus } from './supervisionAccuracy.js';
import { heldOutRange } from './supervisionHeldOut.js';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import { defaultModelFile, EV } from '../rules/lib/supervisionModel.js';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { parts } = heldOutRange(process.argv);
  const corpora = developmentCorpora();
  const lex = loadLexicon();
  for (const part of parts) {
    const file = process.argv.includes('--committed')
      ? undefined
      : modelFile(
          train(
            corpora.filter((c) => c.name !== part),
            CONFIG,
          ),
          CONFIG,
        );
    const scorer = createScorer(lex, file);
    const bias = (file ?? defaultModelFile())?.criteria.childFocus?.bias ?? 0;
    for (const r of readStyleCorpus(part)) {
      const got = scorer.scoreRecord(r.recordText, r.actions);
      const ex = scorer.explain(r.recordText, r.actions);
      const w = scorer.weigh(r.recordText, r.actions).get('childFocus')!;
      let evidence = 0,
        words = 0;
      const top: [string, number][] = [];
      for (const x of w.weighed) {
        if (x.key in EV) evidence += x.weight;
        else words += x.weight;
        if (top.length < 8) top.push([x.key, Math.round(x.weight * 100) / 100]);
      }
      process.stdout.write(
        `${JSON.stringify({
          set: part,
          id: r.id,
          style: r.style,
          want: r.expected.childFocus,
          got: got.childFocus,
          lexicon: w.lexicon,
          present: w.present,
          worker: ex.worker ?? null,
          bare: ex.bare ?? false,
          unborn: ex.unborn ?? null,
          cues: ex.childFocus,
          bias,
          evidence,
          words,
          top,
        })}\n`,
      );
    }
    process.stderr.write(`${part}\n`);
  }
}
