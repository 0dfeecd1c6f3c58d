/**
 * Builds the lexicon's `knownWords` (issue 22, round 40: rules/lib/supervisionKnown.ts reads a known
 * word capitalised only because it opens a sentence as that word, not a name) from the project's
 * development corpora named in KNOWN_BEFORE, and writes the list, sorted, into
 * data/supervision-lexicon.json in its place (every other byte of the file kept). Deterministic, so
 * test/supervision-known-words.test.ts checks that the shipped list is what this builds.
 *
 * `node dist/bench/buildKnownWords.js` writes the file; `--print` prints the list's size instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../src/engine/paths.js';
import { developmentSets } from './developmentSets.js';
import type { StyleRecord } from './supervisionAccuracy.js';

/**
 * The corpora the list is counted on: the style corpus's development part, the project's 68
 * records (test/fixtures/supervision-corpus.json) and the outside sets before this one (outside to
 * outside89). It names the sets as TRAINED_BEFORE names the model's: moving it rebuilds the list
 * from more writers, and the list then changes what the scorer and the model's builder read.
 */
export const KNOWN_BEFORE = 'outside90';

/** The conditions a word meets to be known (round 40, docs/supervision-accuracy.md). */
export interface KnownCriteria {
  /** Letters a word has at least. */
  minLetters: number;
  /** Records (of all the corpora together) that write it in lower case. */
  minRecords: number;
  /** Corpora among those records. */
  minCorpora: number;
  /** The records writing it capitalised mid-sentence, times this, stay under its lower-case records. */
  capitalFactor: number;
}
export const KNOWN_CRITERIA: KnownCriteria = { minLetters: 3, minRecords: 4, minCorpora: 2, capitalFactor: 2 };

/** One corpus: its name (for the corpora rule) and each record's text and actions as one text. */
export interface KnownCorpus {
  name: string;
  texts: string[];
}

/**
 * A record's text and actions, joined so that the actions open a sentence (as the round-40 list
 * was counted: "text \n actions", either left out when empty).
 */
export function recordText(r: Pick<StyleRecord, 'recordText' | 'actions'>): string {
  return [r.recordText, r.actions].filter((t) => t).join(' \n ');
}

/** The development corpora named by KNOWN_BEFORE, in a fixed order. */
export function knownCorpora(): KnownCorpus[] {
  return developmentSets(KNOWN_BEFORE).map((c) => ({ name: c.name, texts: c.records.map(recordText) }));
}

/** A character that, as the last before a word (spaces and tabs aside), puts it mid-sentence (as supervisionKnown's MID). */
const MID = /[A-Za-z0-9,:(/&]/;

/** Whether the word at `at` of `text` stands mid-sentence. */
function midSentence(text: string, at: number): boolean {
  let p = at - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
  return p >= 0 && MID.test(text[p]!);
}

/**
 * The known words of `corpora`, sorted: words of `minLetters` or more written in lower case in at
 * least `minRecords` records of at least `minCorpora` corpora, not in `notNames`, and written
 * capitalised mid-sentence in fewer than 1/`capitalFactor` as many records as in lower case.
 *
 * The reading the committed list followed, written down so that it is rebuilt exactly: a word is a
 * run of ASCII letters with no ASCII letter or straight apostrophe (') either side ("don't" gives
 * no word, while a typographic ’ or a digit beside a word leaves it a word); in lower case it is all
 * lower-case letters, capitalised it is one capital then lower-case letters ("SW" is neither); and
 * a digit after a capitalised word leaves it written capitalised ("Catch22", an agency, makes
 * "catch" a name's word). Each record counts once for a word however often it writes it.
 */
export function knownWords(
  corpora: readonly KnownCorpus[],
  notNames: ReadonlySet<string>,
  criteria: KnownCriteria = KNOWN_CRITERIA,
): string[] {
  const lower = new RegExp(`(?<![A-Za-z'])[a-z]{${criteria.minLetters},}(?![A-Za-z'])`, 'g');
  const capital = new RegExp(`(?<![A-Za-z'])[A-Z][a-z]{${criteria.minLetters - 1},}(?![A-Za-z'])`, 'g');
  const records = new Map<string, number>();
  const inCorpora = new Map<string, Set<string>>();
  const capitalised = new Map<string, number>();
  for (const corpus of corpora) {
    for (const text of corpus.texts) {
      for (const w of new Set(text.match(lower) ?? [])) {
        records.set(w, (records.get(w) ?? 0) + 1);
        const seen = inCorpora.get(w) ?? new Set<string>();
        seen.add(corpus.name);
        inCorpora.set(w, seen);
      }
      const mid = new Set<string>();
      for (const m of text.matchAll(capital)) if (midSentence(text, m.index)) mid.add(m[0].toLowerCase());
      for (const w of mid) capitalised.set(w, (capitalised.get(w) ?? 0) + 1);
    }
  }
  const out: string[] = [];
  for (const [w, n] of records) {
    if (n < criteria.minRecords || inCorpora.get(w)!.size < criteria.minCorpora || notNames.has(w)) continue;
    if ((capitalised.get(w) ?? 0) * criteria.capitalFactor < n) out.push(w);
  }
  return out.sort();
}

/** The lexicon file's text with its `knownWords` built from `corpora` (its own `notNames` kept out). */
export function buildLexiconText(lexiconText: string, corpora: readonly KnownCorpus[] = knownCorpora()): string {
  const lex = JSON.parse(lexiconText) as { notNames: string[]; knownWords: string[] };
  lex.knownWords = knownWords(corpora, new Set(lex.notNames.map((n) => n.toLowerCase())));
  return `${JSON.stringify(lex, null, 2)}\n`;
}

/** The project's lexicon file. */
export const LEXICON_FILE = join(PACKAGE_ROOT, 'data', 'supervision-lexicon.json');

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = buildLexiconText(readFileSync(LEXICON_FILE, 'utf8'));
  if (process.argv.includes('--print')) {
    const n = (JSON.parse(text) as { knownWords: string[] }).knownWords.length;
    process.stdout.write(`${n} known words from the corpora before ${KNOWN_BEFORE}\n`);
  } else {
    writeFileSync(LEXICON_FILE, text);
    process.stdout.write(`wrote ${LEXICON_FILE}\n`);
  }
}
