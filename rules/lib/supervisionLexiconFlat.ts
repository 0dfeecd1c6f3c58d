/**
 * The compiled lexicon's parts made from a validated lexicon (the sets, the patterns, the trie's
 * tables), and the project's lexicon kept compiled (issue 24): data/supervision-lexicon.flat.json,
 * written by bench/buildLexiconFlat.ts from data/supervision-lexicon.json and committed, holds the
 * validated lexicon, the trie's vocabulary and the trie as numbers (FlatTrie). A thread scoring
 * supervision text read the project's lexicon in about 300 ms (the ~18,600 phrases its {child}
 * and {childs} expand to compiled one by one, zod twice); from the flat file it takes a few ms.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dataPath } from '../../src/engine/paths.js';
import { agreedMarkers } from './supervisionAsAgreed.js';
import type { CompiledLexicon, Lexicon } from './supervisionLexicon.js';
import { bareText } from './supervisionPointer.js';
import { type FlatTrie, type Phrases, PLACEHOLDERS, WordSteps } from './supervisionTrie.js';
import { HashSet32, wordHash } from './supervisionWords.js';

/** The slot bit of the lexicon's i-th word class: after the built-in placeholders' ({date}, {name}, ...). */
export const classBit = (i: number): number => 1 << (PLACEHOLDERS.length + i);

export const FLAT_FILE = 'supervision-lexicon.flat.json';

/** The flat file's content. */
export interface LexiconFlat {
  description: string;
  /** lexiconHash of the lexicon file's whole text it was made from: for any other text it is not used. */
  source: string;
  /** The lexicon as validated (lexiconSchema's output, defaults filled in). */
  lexicon: Lexicon;
  /** The trie's words, by their number. */
  vocabulary: string[];
  trie: FlatTrie;
}

/** The hash a lexicon file's text is known by (its bytes as read, before any BOM is dropped). */
export const lexiconHash = (text: string): string => createHash('sha256').update(text).digest('hex');

let flatFile: LexiconFlat | null | undefined;
/** The flat file when it was made from exactly `text`, else null (no flat file, or another text). */
export function flatFor(text: string): LexiconFlat | null {
  if (flatFile === undefined) {
    try {
      flatFile = JSON.parse(readFileSync(dataPath(FLAT_FILE), 'utf8')) as LexiconFlat;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      flatFile = null;
    }
  }
  return flatFile !== null && flatFile.source === lexiconHash(text) ? flatFile : null;
}

/** A flat file's parts as the compiled lexicon holds them. */
export function flatSteps(flat: LexiconFlat): { steps: WordSteps; vocabulary: Map<string, number> } {
  return {
    steps: new WordSteps(flat.trie, flat.vocabulary.length),
    vocabulary: new Map(flat.vocabulary.map((w, i) => [w, i])),
  };
}

/** The compiled lexicon from a validated lexicon and its trie's tables (made from its phrases or a flat file). */
export function assembleLexicon(
  lex: Lexicon,
  steps: WordSteps,
  vocabulary: Map<string, number>,
  addsChildFocus: boolean,
): CompiledLexicon {
  const headings = [
    lex.actionHeadings,
    lex.childFocusHeadings,
    lex.reviewsPreviousHeadings,
    lex.reflectionHeadings,
    lex.otherHeadings,
    lex.reasonedHeadings,
    lex.formulaHeadings,
    lex.rationaleHeadings,
  ];
  const lower = (list: readonly string[]): Set<string> => new Set(list.map((n) => n.toLowerCase()));
  return {
    // The trie's node objects, made from the tables the first time a reader asks (the matcher never does).
    get phrases(): Phrases {
      return { root: steps.trie()[0]!, vocabulary };
    },
    vocabulary,
    wordSteps: steps,
    negations: lower(lex.negations),
    negationSuffixes: lex.negationSuffixes.map((s) => s.toLowerCase().replace(/\u2019/g, "'")),
    negationWindow: lex.negationWindow,
    negatedAfterWindow: lex.negatedAfterWindow,
    notNames: lower(lex.notNames),
    knownWords: lower(lex.knownWords),
    adults: lower(lex.adults),
    family: lower(lex.family),
    reasoning: lower(lex.reasoning),
    deadlines: lower(lex.deadlines),
    wordClasses: Object.entries(lex.wordClasses).map(([name, words], i) => ({
      name,
      bit: classBit(i),
      words: lower(words),
    })),
    imperatives: lower(lex.imperatives),
    pastMarkers: lower(lex.pastMarkers),
    unbornWords: lower(lex.unbornWords),
    heading: headingPattern(headings),
    headingOpeners: headingOpeners(headings),
    midLineOpeners: headingOpeners([lex.reviewsPreviousHeadings, lex.rationaleHeadings]),
    reflectionHeadingWords: lex.reflectionHeadingWords,
    reflectionLabels: new Set(lex.reflectionHeadings.map((h) => h.toLowerCase().trim()).filter((h) => !/\s/.test(h))),
    emptyText: new Set(lex.emptyText.map(bareText)),
    pointers: lex.pointers.map(bareText).filter((p) => p !== ''),
    doneAsAgreed: agreedMarkers(lex.doneAsAgreed),
    absence: absencePattern(lex.negatedAfter),
    addsChildFocus,
  };
}

/**
 * Whole-word, case-insensitive alternatives of the phrases that hold no placeholder but {n} (a number,
 * "Maisie has been seen 3 times": contact counted, nothing of the child); null when none do.
 */
function absencePattern(phrases: readonly string[]): RegExp | null {
  const alts = phrases
    .filter((p) => !p.replaceAll('{n}', '').includes('{') && !p.includes('*'))
    .map((p) =>
      p
        .trim()
        .split(/\s+/)
        .map((w) => (w === '{n}' ? '\\w+' : escapeRegExp(w)))
        .join('\\s+'),
    );
  return alts.length === 0 ? null : new RegExp(`(?<![\\w'])(?:${alts.join('|')})(?![\\w'])`, 'i');
}

/**
 * A heading starts a line (after any bullet or number) and is followed by a colon, a dash, a
 * question mark or the line's end. The text is not split into lines: the pattern runs at each
 * line start and its white space stops at a line break, so it matches exactly what it would on
 * the line alone. One group per kind of heading, in HEADING_KINDS order.
 */
function headingPattern(kinds: readonly (readonly string[])[]): RegExp | null {
  if (kinds.every((k) => k.length === 0)) return null;
  const sp = '[^\\S\\r\\n]';
  const alt = (h: string): string =>
    h
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .trim()
      .split(/\s+/)
      .map(escapeRegExp)
      .join(`${sp}+`);
  // A group that can never match stands for a kind with no headings, so group numbers stay fixed.
  const groups = kinds.map((k) =>
    k.length === 0
      ? '(?!)'
      : `(${k
          .map(alt)
          .sort((a, b) => b.length - a.length)
          .join('|')})`,
  );
  return new RegExp(
    `(?:${sp}|[\\-*\u2022\u00b7>#\\d.)])*(?:${groups.join('|')})${sp}*(?::|-|\u2013|\\?|(?=[\\r\\n])|$)`,
    'iy',
  );
}

/** The headings' first words (to a character not [a-z0-9']), hashed; null if one opens with no letter or ' (or a digit). */
function headingOpeners(kinds: readonly (readonly string[])[]): HashSet32 | null {
  const out: number[] = [];
  for (const h of kinds.flat()) {
    const first = /^[a-z'][a-z0-9']*/.exec(
      h
        .toLowerCase()
        .replace(/[\u2018\u2019]/g, "'")
        .trim(),
    );
    if (first === null) return null;
    out.push(wordHash(first[0]));
  }
  return new HashSet32(out);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
