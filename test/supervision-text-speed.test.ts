/**
 * Issue 22's scoring cost: the shortcuts that keep scoring within 10% of the pre-issue build must
 * not change a judgement. Each is checked against the plain path it stands in for: the unrolled
 * shingle loop against runKey and add one by one, the key-set intersection against has(), the
 * heading pre-check against the heading pattern, the per-sentence word marks against the checks,
 * a record copied forward against a fresh read, the word table's typed-array probe against a hash
 * collision.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeySet, shinglesInto, shinglesOf } from '../rules/lib/supervisionCopy.js';
import { KeyTurns } from '../rules/lib/supervisionKeyStore.js';
import { compileLexicon, createScorer, loadLexicon, TEXT_BITS } from '../rules/lib/supervisionText.js';
import { type WordInfo, wordHash } from '../rules/lib/supervisionWords.js';
import { INFERRING, reframes } from '../rules/lib/supervisionCues.js';
import { normalise } from '../rules/lib/supervisionDates.js';
import { addSentenceSums, SENTENCE_FEATURES } from '../rules/lib/supervisionSentence.js';

const hashes = fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 80 });

describe('copy test shortcuts', () => {
  it('scoreTexts keys are shinglesOf keys, in the same order, repeats dropped', () => {
    fc.assert(
      fc.property(hashes, fc.integer({ min: 0, max: 5 }), (hs, dup) => {
        // Repeated runs of words, so some shingles repeat within a record.
        const words = [...hs, ...hs.slice(0, dup * 3)];
        const out = new Float64Array(words.length + 1);
        const n = shinglesInto(new KeySet(), words, words.length, out, 0);
        expect([...out.subarray(0, n)]).toEqual([...shinglesOf(new KeySet(), words, words.length)]);
      }),
    );
  });

  it('the intersection counts what has() finds', () => {
    fc.assert(
      fc.property(hashes, hashes, (a, b) => {
        const ka = Float64Array.from(shinglesOf(new KeySet(), a, a.length));
        const kb = Float64Array.from(
          shinglesOf(new KeySet(), [...a.slice(0, 9), ...b], a.slice(0, 9).length + b.length),
        );
        const set = new KeySet();
        const inter = set.intersection(ka, 0, ka.length, kb, 0, kb.length);
        const plain = new KeySet();
        plain.clear(ka.length);
        for (const k of ka) plain.add(k);
        expect(inter).toBe(kb.filter((k) => plain.has(k)).length);
      }),
    );
  });
});

describe('heading pre-check', () => {
  const scorer = createScorer(loadLexicon());
  it('a heading after bullets, numbers or odd spacing, in any case, is still read as one', () => {
    for (const lead of ['', '  ', '- ', '* ', '\u2022 ', '1. ', '2) ', '> ', '## ', '\u00a0', '\t3.1 ']) {
      const text = `Intro.\n${lead}ANALYSIS: we think the risk is rising because dad is drinking again.`;
      expect(scorer.explain(text, null).reflection, JSON.stringify(lead)).toContain(
        'text under the heading "ANALYSIS"',
      );
      const voice = `Intro.\n${lead}child\u2019s voice: she wants to stay at nan's.`;
      expect(scorer.scoreRecord(voice, null).childFocus, JSON.stringify(lead)).toBe(true);
    }
  });
  it('a council heading opening with a digit turns the pre-check off rather than being missed', () => {
    const raw = JSON.parse(JSON.stringify(loadLexiconJson())) as Record<string, string[]>;
    raw.childFocusHeadings = [...raw.childFocusHeadings!, '1st hand account'];
    const lex = compileLexicon(raw);
    expect(lex.headingOpeners).toBeNull();
    expect(createScorer(lex).scoreRecord('Notes.\n1st hand account: he wants to go home.', null).childFocus).toBe(true);
  });
});

describe('per-sentence word marks', () => {
  const scorer = createScorer(loadLexicon());
  it('the last-meeting, reason and past-tense checks still fire where their words are', () => {
    expect(scorer.scoreRecord('Last supervision: housing referral - done.', null).reviewsPrevious).toBe(true);
    expect(scorer.scoreRecord('Last supervision 12/02.', null).reviewsPrevious).toBe(false);
    expect(scorer.scoreRecord('Risk remains high as dad continues to visit.', null).reflection).toBe(true);
    expect(scorer.scoreRecord('Risk remains high.', null).reflection).toBe(false);
    expect(scorer.scoreRecord('Update the plan by Friday.', null).actions).toBe(true);
    expect(scorer.scoreRecord('Visit completed by Friday.', null).actions).toBe(false);
  });
});

describe('a record copied forward is not read again', () => {
  type Row = readonly [string | null, string | null] | null;
  const scorer = createScorer(loadLexicon());
  const a = 'Mia said she misses her dad. We think the risk is rising because he is drinking again.';
  const b = 'Case discussed. Core group held.';
  // The same text as `a` with other actions: a repeat of the text alone must be read again.
  const rows: Row[] = [
    [a, 'SW to visit Mia by Friday.'],
    [a, 'SW to visit Mia by Friday.'],
    [b, null],
    [a, 'SW to visit Mia by Friday.'],
    null,
    [a, 'SW to visit Mia by Friday.'],
    [a, null],
    [a, null],
    [null, 'Review the plan next week.'],
    [null, 'Review the plan next week.'],
    ['', ''],
    ['', ''],
    ['No change.', null],
    ['No change.', null],
  ];
  /** Each row's bits and keys as a fresh read gives them: the row scored alone. */
  const alone = (row: Row) => {
    const s = scorer.scoreTexts(1, () => row);
    return { bits: s.bits[0], keys: [...s.keys.subarray(s.start[0], s.start[1])] };
  };
  const check = (rowsIn: Row[], into?: KeyTurns) => {
    const s = scorer.scoreTexts(rowsIn.length, (i) => rowsIn[i]!, into?.next(1));
    for (const [i, row] of rowsIn.entries())
      expect({ bits: s.bits[i], keys: [...s.keys.subarray(s.start[i], s.start[i + 1])] }, `row ${i}`).toEqual(
        alone(row),
      );
    return s;
  };
  it('a repeat takes the bits and keys a fresh read gives, and a text with other actions is read again', () => {
    const s = check(rows);
    expect(s.bits[1]).toBe(s.bits[0]);
    // The planted difference: the actions make row 0 meet "actions", row 6 (same text) not.
    expect(s.bits[0]! & TEXT_BITS.actions).toBe(TEXT_BITS.actions);
    expect(s.bits[6]! & TEXT_BITS.actions).toBe(0);
    expect(s.bits[4]).toBe(0);
  });
  it('so too when the keys array grows between a row and its repeat (a batch target of one row)', () => {
    check(rows, new KeyTurns());
    check([...rows, ...rows, ...rows].reverse(), new KeyTurns());
  });
});

describe('word table probe', () => {
  it('two words with the same hash and length stay two words', () => {
    // FNV-1a collides on these (found by search): the probe must compare the characters too.
    expect(wordHash('gxwjqbe')).toBe(wordHash('ensbcjc'));
    const scorer = createScorer(loadLexicon());
    const words = scorer.modelInput('gxwjqbe ensbcjc gxwjqbe. Ensbcjc', null).words.map((w) => w.word);
    expect(words).toEqual(['gxwjqbe', 'ensbcjc', 'gxwjqbe', 'ensbcjc']);
  });
  it('every word is found again after the table has grown many times', () => {
    const scorer = createScorer(loadLexicon());
    const many = Array.from({ length: 5_000 }, (_, i) => `w${i.toString(36)}x`);
    const text = many.join(' ');
    expect(scorer.modelInput(text, null).words.map((w) => w.word)).toEqual(many);
    expect(scorer.modelInput(text, null).words.map((w) => w.word)).toEqual(many);
  });
});

describe('fifth round (s22-speed): shortcuts that must give the same answers', () => {
  it('sentence-feature sums added side by side equal a sum per criterion, bit for bit', () => {
    const weight = fc.double({ min: -8, max: 8, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.array(weight, { minLength: SENTENCE_FEATURES.length, maxLength: SENTENCE_FEATURES.length }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.integer(),
        fc.integer(),
        fc.array(weight, { minLength: 4, maxLength: 4 }),
        (columns, seen0, seen1, start) => {
          const seen = Int32Array.of(seen0, seen1);
          const weights4 = new Float64Array(SENTENCE_FEATURES.length * 4);
          for (const [ci, column] of columns.entries()) column.forEach((w, i) => (weights4[i * 4 + ci] = w));
          const sums = Float64Array.from(start);
          addSentenceSums(weights4, seen, sums);
          for (const [ci, column] of columns.entries()) {
            // A criterion alone: its weights from 0, seen[0]'s features lowest first, then seen[1]'s.
            let s = 0;
            for (let half = 0; half < 2; half++)
              for (let b = 0; b < 32; b++) if ((seen[half]! >>> b) & 1) s += column[2 * b + half]!;
            expect(Object.is(sums[ci], start[ci]! + s)).toBe(true);
          }
        },
      ),
    );
  });

  it('a text with no digit and no quote to fold is returned as it is; the others are still folded and dated', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abc May june Dec. /-.:;!?\n\u00e9\u201c') }), (t) => {
        expect(normalise(t)).toBe(t);
      }),
    );
    expect(normalise('Mum\u2019s view')).toBe("Mum's view");
    expect(normalise('seen on 12/05/2024 and 3 June')).toBe('seen on  \u0001date  and  \u0001date ');
    expect(normalise('`quoted`')).toBe("'quoted'");
  });

  it('every inferring opener (and "either") still opens a reframing; other first words do not', () => {
    const toks = (words: string) => words.split(' ').map((word) => ({ word })) as unknown as WordInfo[];
    for (const w of INFERRING) {
      const t = toks(`${w} the fights are him protecting mum not random aggression`);
      expect(reframes(t, 0, t.length), w).toBeGreaterThan(0);
    }
    const either = toks('either mum is protecting him or she does not know');
    expect(reframes(either, 0, either.length)).toBeGreaterThan(0);
    const other = toks('then the fights are him protecting mum not random aggression');
    expect(reframes(other, 0, other.length)).toBe(-1);
  });
});

function loadLexiconJson(): unknown {
  // The shipped lexicon as data, to extend as a council would.
  return JSON.parse(readFileSync(new URL('../data/supervision-lexicon.json', import.meta.url), 'utf8'));
}
