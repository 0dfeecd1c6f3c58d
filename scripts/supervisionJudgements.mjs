#!/usr/bin/env node
/**
 * The supervision scorer's judgements, written out whole so two builds can be compared line by
 * line (issue 22's speed rounds must leave every judgement and explanation word unchanged).
 * For every record of every corpus (test/fixtures/supervision-*corpus.json): the five verdicts
 * (scoreRecord with the previous record's shingles), the similarity, the explanation words, the
 * model's weighing, and the same row through scoreTexts and CopyComparer (the rule's path); for
 * the 100k bench set (bench/supervision.ts's generator and seed): each row's bits and similarity
 * with the row before, and the explanation of every 7th row.
 * Run: `node scripts/supervisionJudgements.mjs <dist> > out.txt` for each build, then diff.
 * The corpora are read from this checkout, so both builds judge the same records.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const load = (p) => import(pathToFileURL(join(dist, p)).href);
const text = await load('rules/lib/supervisionText.js');
const { caseRecord } = await load('src/generate/supervisionText.js');
const { Rng } = await load('src/generate/rng.js');
const { dayFromYmd } = await load('src/model/day.js');

const scorer = text.createScorer(text.loadLexicon());
const comparer = new text.CopyComparer();
const out = [];
const weighing = (t, a) => JSON.stringify([...scorer.weigh(t, a)]);

const fixtures = join(root, 'test', 'fixtures');
for (const file of readdirSync(fixtures)
  .filter((f) => /^supervision-.*corpus\.json$/.test(f))
  .sort()) {
  const { records } = JSON.parse(readFileSync(join(fixtures, file), 'utf8'));
  for (const r of records) {
    const t = r.recordText ?? null,
      a = r.actions ?? null;
    const hasPrev = typeof r.previous === 'string';
    const prev = hasPrev ? scorer.scoreRecord(r.previous, r.previousActions ?? null).shingles : null;
    const s = scorer.scoreRecord(t, a, prev);
    const pair = hasPrev
      ? [
          [r.previous, r.previousActions ?? null],
          [t, a],
        ]
      : [[t, a]];
    const scores = scorer.scoreTexts(pair.length, (i) => pair[i]);
    const sim = hasPrev ? comparer.similarity(scores, 1, 0) : null;
    out.push(
      `${file} ${r.id} ${+s.childFocus}${+s.reflection}${+s.actions}${+s.reviewsPrevious}${+s.copied} ${s.similarity}` +
        ` rows ${Array.from(scores.bits).join(',')} ${sim} ${JSON.stringify(scorer.explain(t, a))} ${weighing(t, a)}`,
    );
  }
}

// bench/supervision.ts's 100k records, generated the same way.
const QUALITIES = ['strong', 'strong', 'strong', 'strong', 'no-child-focus', 'no-reflection', 'no-actions', 'minimal'];
const NAMES = ['Ellie', 'Jayden', 'Amira', 'Kai', 'Poppy', 'Oskar', 'Zara', 'Leon'];
const PER_CHILD = 8,
  N = 100_000;
const rng = new Rng(11);
const start = dayFromYmd(2023, 4, 1);
const texts = [];
for (let i = 0; i < N; i++) {
  const child = Math.floor(i / PER_CHILD),
    nth = i % PER_CHILD;
  const prev = texts[i - 1];
  if (nth > 0 && prev && rng.chance(1 / 12)) texts.push({ ...prev });
  else
    texts.push(
      caseRecord(rng, rng.pick(QUALITIES), NAMES[child % NAMES.length], start + nth * 30, nth > 0, child % 2 === 0),
    );
}
const scores = scorer.scoreTexts(N, (i) => [texts[i].recordText, texts[i].actions]);
for (let i = 0; i < N; i++) {
  const sim = i % PER_CHILD === 0 ? '' : comparer.similarity(scores, i, i - 1);
  const ex = i % 7 === 0 ? JSON.stringify(scorer.explain(texts[i].recordText, texts[i].actions)) : '';
  out.push(`bench ${i} ${scores.bits[i]} ${scores.start[i + 1] - scores.start[i]} ${sim} ${ex}`);
}
process.stdout.write(`${out.join('\n')}\n`);
