/**
 * Issue 22's speed: scoreByChild skips followUp's scan for status clauses on a record whose text
 * the tokeniser found no status word in (Tokens.status). That is exact only if the mark is a
 * superset of the status expression's matches: it must never say "none" where STATUS finds one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseRecord, type RecordQuality } from '../src/generate/supervisionText.js';
import { Rng } from '../src/generate/rng.js';
import { dayFromYmd } from '../src/model/day.js';
import { STATUS } from '../rules/lib/supervisionStatus.js';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';

const scorer = createScorer(loadLexicon());
// As followUp scans: in any case.
const STATUS_ANY = new RegExp(STATUS.source, 'i');

/** The status mark of each [text, actions], scored in one batch as scoreByChild does. */
function marks(texts: readonly (readonly [string | null, string | null])[]): Uint8Array {
  const status = new Uint8Array(texts.length);
  scorer.scoreTexts(texts.length, (i) => texts[i]!, undefined, status);
  return status;
}

/** The texts STATUS finds a status in that the mark says have none. */
function missed(texts: readonly (readonly [string | null, string | null])[]): string[] {
  const status = marks(texts);
  const out: string[] = [];
  texts.forEach(([t], i) => {
    if (t !== null && STATUS_ANY.test(t) && status[i] === 0) out.push(t);
  });
  return out;
}

describe('the tokeniser status mark (a superset of followUp STATUS matches)', () => {
  it('misses no status in any corpus record or previous record of test/fixtures', () => {
    const dir = join(import.meta.dirname, 'fixtures');
    const texts: [string | null, string | null][] = [];
    for (const f of readdirSync(dir).filter((f) => /^supervision-.*corpus\.json$/.test(f))) {
      const { records } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        records: { recordText?: string | null; actions?: string | null; previous?: string; previousActions?: string }[];
      };
      for (const r of records) {
        texts.push([r.recordText ?? null, r.actions ?? null]);
        if (typeof r.previous === 'string') texts.push([r.previous, r.previousActions ?? null]);
      }
    }
    expect(texts.length).toBeGreaterThan(1000);
    expect(missed(texts)).toEqual([]);
  });

  it("misses no status in the bench's 100,000 records", () => {
    const rng = new Rng(11);
    const start = dayFromYmd(2023, 4, 1);
    const q: RecordQuality[] = [
      'strong',
      'strong',
      'strong',
      'strong',
      'no-child-focus',
      'no-reflection',
      'no-actions',
      'minimal',
    ];
    const names = ['Ellie', 'Jayden', 'Amira', 'Kai', 'Poppy', 'Oskar', 'Zara', 'Leon'];
    const texts: [string, string][] = [];
    for (let i = 0; i < 100_000; i++) {
      const child = Math.floor(i / 8);
      const prev = texts[i - 1];
      if (i % 8 > 0 && prev && rng.chance(1 / 12)) texts.push([...prev]);
      else {
        const r = caseRecord(rng, rng.pick(q), names[child % 8]!, start + (i % 8) * 30, i % 8 > 0, child % 2 === 0);
        texts.push([r.recordText, r.actions]);
      }
    }
    const status = marks(texts);
    // Both answers occur, so the check is not vacuous.
    expect(status.includes(0) && status.includes(1)).toBe(true);
    expect(missed(texts)).toEqual([]);
  });

  it('misses no status at the edges: headings, apostrophes, dates, line breaks, case, repeats', () => {
    const edge: [string | null, string | null][] = [
      ['Actions completed:\nnothing else', null],
      ['Previous actions done: see file', null],
      ['Previous actions: DONE', null],
      ['Review of actions - Place of safety arranged', null],
      ['Referral was not\nyet sent', null],
      ['It took\n\nplace on 3/4/2024', null],
      ["x'done and O'Still", null],
      ['done’s and done`s', null],
      ['Medical 3rd Jan done', null],
      ['12 March 2024: completed', null],
      ['_done done_ 2done', null],
      ['édone, donè', null],
      ['The child is Now settled', null],
      ['No status here at all', 'Actions: chase GP – done'],
      ['IN PLACE', null],
      ['IN PLACE', null],
      // Headings the tokeniser reads past (their words are no tokens), with a status word.
      ['Outstanding actions: none', null],
      ['Actions outstanding: none', null],
      ['Notes\nActions carried forward: none', null],
    ];
    const status = marks(edge);
    expect(missed(edge)).toEqual([]);
    // Words that only hold a status word are not one ("abandoned", "stillness", "snow").
    expect(marks([['Abandoned stillness in snow, undone', null]])[0]).toBe(0);
    // The actions column is no part of followUp's text: it sets no mark.
    expect(status[13]).toBe(0);
  });
});
