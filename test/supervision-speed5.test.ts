/**
 * Issue 22's speed (s22-speed5): two scans rewritten to cost less must find exactly what the
 * patterns they replace found. followUp's itemLike finds WORD's matches ([A-Za-z][A-Za-z'-]+) by
 * hand; restoreNames counts capitals with one pattern and skips INTRODUCED's scan when none of its
 * openers or lookahead starts is in the text. Each is checked here against the code it replaced
 * (written out below) on every corpus text, those texts in lower case, and edge cases.
 */
import { describe, expect, it } from 'vitest';
import { itemLike } from '../rules/lib/supervisionFollowUp.js';
import { restoreNames } from '../rules/lib/supervisionMatchNames.js';
import { loadLexicon } from '../rules/lib/supervisionText.js';

import { corpusTexts } from './helpers/corpusTexts.js';

const lex = loadLexicon();

/** Texts a scan could trip on: apostrophes and hyphens at word edges, acronyms, accents, digits, line starts. */
const EDGES = [
  '',
  'a',
  "a'",
  "'ab",
  '-ab',
  'ab-',
  "Dean's ISW-assessment done; FGC's held",
  "x'done, CP/CIN - 2x ISW's",
  'café naïve résumé Zoë done',
  'A B C D E F',
  'AB CD ef GHI jk LMNO',
  "o'clock tea-time re-referral step-down ---- '''",
  'monthly supervision, darcy, cin darcy wished for a puppy',
  'case discussion re kayden (6) kayden appeared withdrawn',
  'discussed leah with tm\nnoah - cla placement stable',
  'jayden - cla review held, jayden settled',
  'ellie (newborn) feeding well',
  'Date: 3/4 re mia (4) mia said she is happy',
  'DATE: 3/4 ISW re mia (4) mia said she is happy',
  'are there, were here with mum',
  'sophie, 7, seen alone',
  '\nzara with foster carer',
  // One opener each, after a capital: the skip must see each of them.
  'Case discussed leah with tm',
  'Monthly supervision, darcy, cin',
  'Case re kayden (6) seen alone',
  'Notes\nzara, cla',
  'Case: ellie (newborn) feeding well',
];

/** WORD's matches by the pattern itself, as itemLike read them before. */
const wordsByPattern = (clauses: readonly string[]): string[] =>
  clauses.flatMap((c) => c.match(/[A-Za-z][A-Za-z'-]+/g) ?? []);

describe("followUp's itemLike scan (WORD's matches by hand)", () => {
  it('keeps exactly the words it kept of the pattern matches, on every corpus text, in each case, and edge cases', () => {
    const texts = [...corpusTexts(), ...EDGES];
    let compared = 0,
      kept = 0;
    for (const t of [...texts, ...texts.map((s) => s.toLowerCase()), ...texts.map((s) => s.toUpperCase())]) {
      const clauses = t.split(/\n|(?<=[.;!?])\s+/);
      // Each of the pattern's matches alone is one whole word to the scan, so itemLike of them is
      // what the old itemLike kept: its filters (length, capitals, word lists) applied to them.
      const matches = wordsByPattern(clauses);
      // The scan takes each match alone as one whole word: kept whole (stemmed) or not at all.
      for (const w of matches) {
        const alone = [...itemLike([w])];
        if (alone.length !== 0) expect(alone, w).toEqual([(w.endsWith("'s") ? w.slice(0, -2) : w).toLowerCase()]);
      }
      const want = [...itemLike(matches)].sort();
      expect([...itemLike(clauses)].sort(), JSON.stringify(t)).toEqual(want);
      compared++;
      kept += want.length;
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(kept).toBeGreaterThan(10_000);
    // Every corpus text three times: ~15 s alone, over a minute on a loaded machine.
  }, 240_000);

  it('finds acronyms and long words, stemmed, and skips short, common and status words', () => {
    expect([...itemLike(["Dean's ISW-assessment done; FGC's held", 'CP and PLO, GP booked'])].sort()).toEqual([
      'dean',
      'fgc',
      'gp',
      'isw-assessment',
      'plo',
    ]);
    expect([...itemLike(['Viability - positive, aunt has room for both.'])].sort()).toEqual(['room', 'viability']);
    expect([...itemLike(['a b c', "o'  -x", ''])]).toEqual([]);
  });
});

/** restoreNames as it was: capitals counted in a loop, INTRODUCED run on every lower-case text. */
function restoreNamesByLoop(text: string): string {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90 && ++capitals > 2) return text;
  }
  let out = text;
  for (const m of text.matchAll(
    /(?:^|\n|supervision, |\bre |discussed )([a-z]{3,})(?=,| \(\d| \(newborn| - (?:cla|cin|cp)\b| with )/g,
  )) {
    const name = m[1]!;
    if (lex.notNames.has(name)) continue;
    out = out.replace(new RegExp(`\\b${name}\\b`, 'g'), name[0]!.toUpperCase() + name.slice(1));
  }
  return out;
}

describe('restoreNames (capitals by one pattern, the introduction scan only where it can match)', () => {
  it('writes what the loop and the full scan wrote, on every corpus text, lower-cased too, and edge cases', () => {
    const texts = [...corpusTexts(), ...EDGES];
    let restored = 0;
    for (const t of [...texts, ...texts.map((s) => s.toLowerCase())]) {
      const want = restoreNamesByLoop(t);
      expect(restoreNames(lex, t), JSON.stringify(t)).toBe(want);
      if (want !== t) restored++;
    }
    // The lower-cased corpus introduces many children: the scan's path is exercised, not skipped.
    expect(restored).toBeGreaterThan(100);
  });

  it('capitalises the names lower-case notes introduce, and leaves notes with three capitals', () => {
    expect(restoreNames(lex, 'monthly supervision, darcy, cin darcy wished for a puppy')).toBe(
      'monthly supervision, Darcy, cin Darcy wished for a puppy',
    );
    expect(restoreNames(lex, 'Date: 3/4 re mia (4) mia said she is happy')).toBe(
      'Date: 3/4 re Mia (4) Mia said she is happy',
    );
    expect(restoreNames(lex, 'DATE: 3/4 ISW re mia (4) mia said she is happy')).toBe(
      'DATE: 3/4 ISW re mia (4) mia said she is happy',
    );
    expect(restoreNames(lex, 'are there, were here with mum')).toBe('are there, were here with mum');
    expect(restoreNames(lex, 'Case discussed leah with tm')).toBe('Case discussed Leah with tm');
    expect(restoreNames(lex, 'Monthly supervision, darcy, cin')).toBe('Monthly supervision, Darcy, cin');
    expect(restoreNames(lex, 'Case re kayden (6) seen alone')).toBe('Case re Kayden (6) seen alone');
    expect(restoreNames(lex, 'Notes\nzara, cla')).toBe('Notes\nZara, cla');
  });
});
