import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileLexicon,
  CopyComparer,
  createScorer,
  type CompiledLexicon,
  jaccard,
  loadLexicon,
  shingleSet,
  TEXT_BITS,
  textWords,
} from '../rules/lib/supervisionText.js';

interface CorpusRecord {
  id: string;
  kind: string;
  recordText: string | null;
  actions: string | null;
  previous?: string;
  expected: { childFocus: boolean; reflection: boolean; actions: boolean; reviewsPrevious: boolean; copied: boolean };
}
const corpus = JSON.parse(readFileSync(new URL('./fixtures/supervision-corpus.json', import.meta.url), 'utf8')) as {
  records: CorpusRecord[];
};
const lex = loadLexicon();
const scorer = createScorer(lex);
const scoreRecord = (l: CompiledLexicon, ...args: Parameters<typeof scorer.scoreRecord>) =>
  (l === lex ? scorer : createScorer(l)).scoreRecord(...args);

function score(r: CorpusRecord) {
  const previous = r.previous === undefined ? null : scoreRecord(lex, r.previous, null).shingles;
  const s = scoreRecord(lex, r.recordText, r.actions, previous);
  return {
    childFocus: s.childFocus,
    reflection: s.reflection,
    actions: s.actions,
    reviewsPrevious: s.reviewsPrevious,
    copied: s.copied,
  };
}

describe('the batch scorer the rule uses (scoreTexts, CopyComparer)', () => {
  it('finds exactly what scoreRecord finds on every hand-labelled record, copy similarity included', () => {
    // Rows: each record's previous text (when it has one) just before it.
    const rows: [string | null, string | null][] = [];
    const pairs: { at: number; previous: number | null; r: CorpusRecord }[] = [];
    for (const r of corpus.records) {
      const previous = r.previous === undefined ? null : rows.push([r.previous, null]) - 1;
      pairs.push({ at: rows.push([r.recordText, r.actions]) - 1, previous, r });
    }
    const texts = createScorer(lex).scoreTexts(rows.length, (i) => rows[i]!);
    const copies = new CopyComparer();
    for (const { at, previous, r } of pairs) {
      const one = scoreRecord(
        lex,
        r.recordText,
        r.actions,
        r.previous === undefined ? null : scoreRecord(lex, r.previous, null).shingles,
      );
      const bits = texts.bits[at]!;
      expect(
        {
          childFocus: (bits & TEXT_BITS.childFocus) !== 0,
          reflection: (bits & TEXT_BITS.reflection) !== 0,
          actions: (bits & TEXT_BITS.actions) !== 0,
          reviewsPrevious: (bits & TEXT_BITS.reviewsPrevious) !== 0,
          similarity: previous === null ? null : copies.similarity(texts, at, previous),
        },
        r.id,
      ).toEqual({
        childFocus: one.childFocus,
        reflection: one.reflection,
        actions: one.actions,
        reviewsPrevious: one.reviewsPrevious,
        similarity: one.similarity,
      });
    }
    expect(pairs.filter((p) => p.previous !== null).length).toBeGreaterThan(0);
  });
});

describe('hand-labelled supervision corpus', () => {
  it('holds at least 60 records of every kind the issue asks for', () => {
    expect(corpus.records.length).toBeGreaterThanOrEqual(60);
    const kinds = corpus.records.map((r) => r.kind).join(' ');
    for (const k of ['strong', 'weak', 'negated', 'copied', 'very short', 'all-caps', 'bullets', 'line breaks'])
      expect(kinds).toContain(k);
    expect(new Set(corpus.records.map((r) => r.id)).size).toBe(corpus.records.length);
    // Both values of every criterion occur, so a scorer that always says yes (or no) fails.
    for (const c of ['childFocus', 'reflection', 'actions', 'reviewsPrevious', 'copied'] as const) {
      const yes = corpus.records.filter((r) => r.expected[c]).length;
      expect(yes).toBeGreaterThan(4);
      expect(corpus.records.length - yes).toBeGreaterThan(4);
    }
  });

  it.each(corpus.records.map((r) => [r.id, r] as const))('%s: every criterion agrees with the hand label', (_id, r) => {
    expect(score(r)).toEqual(r.expected);
  });
});

describe('negation (SPEC §4.7)', () => {
  const cf = (t: string) => scoreRecord(lex, t, null).childFocus;
  // A bare "seen alone" records a visit, not the child's experience (the lead's decision,
  // 2026-12-03), so these use the child's wishes and feelings, which count.
  it('ignores a phrase a negation word precedes within three words, in the same sentence', () => {
    expect(cf("Child's wishes and feelings recorded.")).toBe(true);
    expect(cf("Did not record the child's wishes and feelings.")).toBe(false);
    expect(cf("Didn't ask about her wishes and feelings.")).toBe(false);
    expect(cf('Child not seen alone.')).toBe(false);
    expect(cf("Child wasn't seen alone and said she is happy.")).toBe(false);
    expect(cf('Child wasn\u2019t seen alone and said she is happy.')).toBe(false);
  });
  it('counts exactly three words back: a negation three words before negates, four words before does not', () => {
    expect(cf('Jo was not properly asked her wishes and feelings.')).toBe(false);
    expect(cf('Jo was not at school but her wishes and feelings were heard.')).toBe(true);
  });
  it('does not reach past three words or across a sentence end', () => {
    // "not" is four words before "seen alone and said".
    expect(cf('Mum did not object; Ellie was seen alone and said she is happy.')).toBe(true);
    expect(cf('Mum was not happy about it but Ellie was then seen alone and said she is happy.')).toBe(true);
    expect(cf('Not at home. Her wishes and feelings heard at school.')).toBe(true);
    expect(cf('Visit not completed\nher wishes and feelings heard at school')).toBe(true);
  });
  it('judges overlapping phrases as one mention', () => {
    expect(cf("Discussed without discussing the child's wishes and feelings.")).toBe(false);
    expect(cf("Discussed the child's wishes and feelings.")).toBe(true);
  });
  it('is case-insensitive and matches whole words only', () => {
    expect(cf('HER WISHES AND FEELINGS')).toBe(true);
    expect(scoreRecord(lex, 'The impacted area was cleaned.', null).reflection).toBe(true);
    // "voices" is not "voice"; "reflect*" is a prefix pattern, "drift*" too, but "risky" is not "risk is".
    expect(cf('The voices in the hallway.')).toBe(false);
    expect(scoreRecord(lex, 'Risky behaviour noted.', null).reflection).toBe(false);
  });
});

describe('actions with a timescale', () => {
  const ac = (text: string | null, actions: string | null = null) => scoreRecord(lex, text, actions).actions;
  it('needs a timescale: in the actions column any timescale counts, in the text only beside an action', () => {
    expect(ac(null, 'Visit within 10 working days')).toBe(true);
    expect(ac(null, 'Update chronology 12/04/2024')).toBe(true);
    expect(ac(null, 'SW to visit')).toBe(false);
    expect(ac('Visited on 12/04/2024.')).toBe(false);
    expect(ac('SW to visit by 12th April.')).toBe(true);
    expect(ac('SW to complete the plan within ten days.')).toBe(true);
    expect(ac('Actions:\n- chronology by Friday')).toBe(true);
    expect(ac('TM TO CONVENE STRATEGY BY END OF WEEK')).toBe(true);
  });
  it('does not take numbers that are not dates for dates', () => {
    expect(textWords('By 3.5 hours and 10-15 minutes')).toEqual([
      'by',
      '3',
      '5',
      'hours',
      'and',
      '10',
      '15',
      'minutes',
    ]);
    expect(textWords('by 31/02 or 12/13/2024').filter((w) => w.includes('date'))).toEqual(['\u0001date']);
    expect(ac(null, 'Sessions of 10-15 minutes')).toBe(false);
  });
});

describe('copied: Jaccard similarity of word 3-shingles', () => {
  it('is worked by hand on a small example', () => {
    // a b c d e → {abc, bcd, cde}; a b c d f → {abc, bcd, cdf}: 2 shared of 4 → 0.5.
    expect(jaccard(shingleSet(['a', 'b', 'c', 'd', 'e']), shingleSet(['a', 'b', 'c', 'd', 'f']))).toBe(0.5);
    expect(jaccard(shingleSet([]), shingleSet(['a']))).toBe(0);
  });
  it('copies at 0.8 and not below', () => {
    const base = 'one two three four five six seven eight nine ten eleven twelve';
    // 12 words → 10 shingles; appending two words adds 2 shingles: 10/12 = 0.83 (copied).
    const prev = scoreRecord(lex, base, null).shingles;
    expect(scoreRecord(lex, `${base} thirteen fourteen`, null, prev).copied).toBe(true);
    // Appending three words adds 3: 10/13 = 0.77 (not copied).
    const s = scoreRecord(lex, `${base} thirteen fourteen fifteen`, null, prev);
    expect(s.similarity).toBeCloseTo(10 / 13, 10);
    expect(s.copied).toBe(false);
    // The threshold is a parameter: at 0.75 the same pair is a copy.
    expect(scoreRecord(lex, `${base} thirteen fourteen fifteen`, null, prev, 0.75).copied).toBe(true);
  });
  it('with no previous record, nothing is copied', () => {
    const s = scoreRecord(lex, 'No change.', null, null);
    expect(s.similarity).toBeNull();
    expect(s.copied).toBe(false);
  });
});

describe('lexicon files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-lexicon-'));
  const minimal = {
    negations: ['no'],
    childFocus: ['voice'],
    reflection: ['analysis'],
    reviewsPrevious: ['previous actions'],
    actionCues: ['to'],
    timescales: ['by {weekday}'],
  };
  it('a replacement lexicon changes what is found', () => {
    const file = join(dir, 'lex.json');
    writeFileSync(file, JSON.stringify({ ...minimal, childFocus: ['playground'] }));
    const custom = loadLexicon(file);
    expect(scoreRecord(custom, 'Talked in the playground.', null).childFocus).toBe(true);
    expect(scoreRecord(custom, 'Seen alone.', null).childFocus).toBe(false);
    expect(scoreRecord(custom, 'No playground talk.', null).childFocus).toBe(false);
  });
  it('a bad file is a clear error naming the file and the problem', () => {
    expect(() => loadLexicon(join(dir, 'missing.json'))).toThrow(/missing\.json: file not found/);
    const notJson = join(dir, 'bad.json');
    writeFileSync(notJson, '{ "negations": [');
    expect(() => loadLexicon(notJson)).toThrow(/bad\.json: not valid JSON/);
    const wrongShape = join(dir, 'shape.json');
    writeFileSync(wrongShape, JSON.stringify({ ...minimal, childFocus: 'voice', extra: 1 }));
    expect(() => loadLexicon(wrongShape)).toThrow(/shape\.json: .*childFocus/);
    expect(() => compileLexicon({ ...minimal, timescales: ['by {someday}'] })).toThrow(
      /unknown placeholder \{someday\}/,
    );
    expect(() => compileLexicon({ ...minimal, reflection: ['--'] })).toThrow(/reflection: "--": has no words/);
  });
  it('two scorers of one lexicon share no state: interleaved scoring gives each its own answer', () => {
    const a = createScorer(lex),
      b = createScorer(lex);
    const first = a.scoreRecord('Ellie was seen alone and said she feels safe.', 'SW to visit by Friday.');
    expect(b.scoreRecord('Case discussed.', null)).toMatchObject({ childFocus: false, actions: false });
    expect(
      a.scoreRecord('Ellie was seen alone and said she feels safe.', 'SW to visit by Friday.', first.shingles)
        .similarity,
    ).toBe(1);
  });
});
