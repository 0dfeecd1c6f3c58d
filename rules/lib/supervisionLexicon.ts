/**
 * The supervision lexicon (data/supervision-lexicon.json, or a council's own file named in the
 * config): read, validated and compiled into a phrase trie, a negation test and the actions
 * heading pattern. Compiling is cheap (about a millisecond), so nothing is cached here.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { dataPath } from '../../src/engine/paths.js';
import { addPhrase, compilePhrase, newNode, PHRASE_SETS, type PhraseTrie } from './supervisionTrie.js';

const phraseList = z.array(z.string().trim().min(1, 'a phrase cannot be blank'));

export const lexiconSchema = z.object({
  description: z.string().optional(),
  negations: z.array(z.string().trim().min(1)).min(1, 'at least one negation word is needed'),
  negationSuffixes: z.array(z.string().trim().min(1)).default([]),
  /** SPEC §4.7: a negation counts when it is among this many words before the phrase. */
  negationWindow: z.number().int().min(0).max(10).default(3),
  /** Phrases that negate a mention they follow within the window ("his views were not obtained"). */
  negatedAfter: phraseList.default([]),
  childFocus: phraseList.min(1),
  reflection: phraseList.min(1),
  reviewsPrevious: phraseList.min(1),
  actionHeadings: phraseList.default([]),
  actionCues: phraseList.min(1),
  timescales: phraseList.min(1),
}).strict();

export type Lexicon = z.infer<typeof lexiconSchema>;

export interface CompiledLexicon {
  readonly phrases: PhraseTrie;
  readonly negations: ReadonlySet<string>;
  readonly negationSuffixes: readonly string[];
  readonly negationWindow: number;
  /** Sticky: run at a line start of the whole text (set lastIndex); matches an actions heading there. */
  readonly heading: RegExp | null;
}

/** Validates and compiles a lexicon; throws an Error naming the problem (used for config errors). */
export function compileLexicon(input: unknown): CompiledLexicon {
  const parsed = lexiconSchema.safeParse(input);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`).join('; '));
  }
  const lex = parsed.data;
  const phrases = newNode();
  for (const set of PHRASE_SETS) {
    for (const phrase of lex[set]) {
      try {
        addPhrase(phrases, set, compilePhrase(phrase));
      } catch (e) {
        throw new Error(`${set}: ${(e as Error).message}`);
      }
    }
  }
  return {
    phrases,
    negations: new Set(lex.negations.map((n) => n.toLowerCase())),
    negationSuffixes: lex.negationSuffixes.map((s) => s.toLowerCase().replace(/\u2019/g, "'")),
    negationWindow: lex.negationWindow,
    heading: headingPattern(lex.actionHeadings),
  };
}

/**
 * A heading starts a line (after any bullet or number) and is followed by a colon, a dash or the
 * line's end. The text is not split into lines: the pattern runs at each line start and its
 * white space stops at a line break, so it matches exactly what it would on the line alone.
 */
function headingPattern(headings: readonly string[]): RegExp | null {
  if (headings.length === 0) return null;
  const sp = '[^\\S\\r\\n]';
  const alts = headings.map((h) => h.toLowerCase().trim().split(/\s+/).map(escapeRegExp).join(`${sp}+`));
  return new RegExp(`(?:${sp}|[\\-*\u2022\u00b7>#\\d.)])*(?:${alts.sort((a, b) => b.length - a.length).join('|')})${sp}*(?::|-|\u2013|(?=[\\r\\n])|$)`, 'iy');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Reads, validates and compiles a lexicon file; the default when no path is given. Errors name the file and the problem. */
export function loadLexicon(path?: string): CompiledLexicon {
  const file = path ?? dataPath('supervision-lexicon.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`lexicon ${file}: ${code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'error'})`}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error(`lexicon ${file}: not valid JSON`);
  }
  try {
    return compileLexicon(json);
  } catch (e) {
    throw new Error(`lexicon ${file}: ${(e as Error).message}`);
  }
}
