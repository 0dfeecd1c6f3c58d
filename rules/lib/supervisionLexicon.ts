/**
 * The supervision lexicon (data/supervision-lexicon.json, or a council's own file named in the config): read, validated
 * and compiled into a phrase trie, a negation test and the actions heading pattern. Compiling is cheap (about a millisecond).
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { dataPath } from '../../src/engine/paths.js';
import type { AgreedMarkers } from './supervisionAsAgreed.js';
import { assembleLexicon, classBit, flatFor, flatSteps } from './supervisionLexiconFlat.js';
import { bareText, type Pointers } from './supervisionPointer.js';
import type { HashSet32, KnownWords, UnbornWords } from './supervisionWords.js';
import {
  addPhrase,
  compilePhrase,
  newPhrases,
  PHRASE_SETS,
  type Phrases,
  PLACEHOLDERS,
  type Step,
  textSteps,
  WordSteps,
} from './supervisionTrie.js';

export { bareText };
/** Placeholder bits after the built-in ones ({date}, {name}, ...): at most this many word classes. */
const MAX_WORD_CLASSES = 31 - PLACEHOLDERS.length;
const RESERVED: readonly string[] = [...PLACEHOLDERS, 'child', 'childs'];

// The schema is built on first use (z.lazy): an audit whose rules do not include supervision-quality,
// and that names no lexicon, never builds it (start-up, issue 24).
export const lexiconSchema = z.lazy(() => {
  const phraseList = z.array(z.string().trim().min(1, 'a phrase cannot be blank'));
  const wordClasses = z
    .record(
      z.string(),
      z.array(
        z
          .string()
          .trim()
          .regex(/^[A-Za-z0-9]+(?:'[A-Za-z]+)*$/, 'a word class holds single words'),
      ),
    )
    .superRefine((classes, ctx) => {
      const names = Object.keys(classes);
      for (const name of names) {
        const problem = !/^[a-z]+$/.test(name)
          ? 'a word class is named in lower-case letters'
          : RESERVED.includes(name)
            ? 'a word class cannot take the name of a built-in placeholder'
            : null;
        if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, path: [name] });
      }
      if (names.length > MAX_WORD_CLASSES)
        ctx.addIssue({ code: 'custom', message: `at most ${MAX_WORD_CLASSES} word classes` });
    })
    .default({});

  return z
    .object({
      description: z.string().optional(),
      negations: z.array(z.string().trim().min(1)).min(1, 'at least one negation word is needed'),
      negationSuffixes: z.array(z.string().trim().min(1)).default([]),
      /** SPEC §4.7: a negation counts when it is among this many words before the phrase. */
      negationWindow: z.number().int().min(0).max(10).default(3),
      /** Phrases that negate a mention they follow within `negatedAfterWindow` words ("his views were not obtained"). */
      negatedAfter: phraseList.default([]),
      negatedAfterWindow: z.number().int().min(0).max(10).default(3),
      /**
       * Phrases that make a mention they precede within `negationWindow` words a task still to do,
       * not something recorded: "to gather Jack's wishes and feelings", "how to capture the voice of the child".
       */
      pendingBefore: phraseList.default([]),
      /** What {child} stands for in a phrase ("he", "the young person", "{name}"), and {childs} ("his", "the baby's", "{names}"). */
      childSubjects: phraseList.default([]),
      childPossessives: phraseList.default([]),
      /**
       * Named classes of single words a phrase can hold as a placeholder: with "feeling": ["upset",
       * "tearful", ...], "{child} was {feeling}" reads "Tyler was tearful". Names must not be a
       * built-in placeholder's.
       */
      wordClasses,
      /** Capitalised words that are not names ({name} never matches them): "Mum", "School", "Police". */
      notNames: phraseList.default([]),
      /** Words that, capitalised only to open a sentence, are that word and not a name (round 40, supervisionWords). */
      knownWords: phraseList.default([]),
      /** Adults: a pronoun after one of these in a sentence is theirs, not the child's ("Mum said she feels ..."). */
      adults: phraseList.default([]),
      /**
       * The child's family and carers: a worry or reflection one of them holds ("Mum reflected on her
       * childhood", "Nan is worried about the move") is theirs, not analysis of practice.
       */
      family: phraseList.default([]),
      childFocus: phraseList.min(1),
      reflection: phraseList.min(1),
      reviewsPrevious: phraseList.min(1),
      /**
       * Worries, scores and verdicts, which count as reflection only in a sentence that gives a
       * reason (a `reasoning` word): "We are worried about dad's drinking" or "Risk remains high"
       * states; "risk remains high as dad continues to visit" weighs.
       */
      reasoned: phraseList.default([]),
      actionHeadings: phraseList.default([]),
      /** Template headings whose text counts for the criterion ("Child's voice: wants to stay at Nan's"), unless empty. */
      childFocusHeadings: phraseList.default([]),
      reviewsPreviousHeadings: phraseList.default([]),
      doneAsAgreed: phraseList.default([]), // work reported done "as agreed", "as directed", "(agreed {date}" (supervisionAsAgreed)
      /** Headings whose text counts as reflection when it runs to at least `reflectionHeadingWords` words ("Analysis: progressing." does not). */
      reflectionHeadings: phraseList.default([]),
      reflectionHeadingWords: z.number().int().min(1).max(50).default(8),
      /**
       * Headings whose text counts as reflection only when it gives a reason (a `reasoning` word):
       * "What are we worried about: dad's drinking, DV" is a list, not analysis; "Scaling: 4 because
       * nothing has changed since the conference" weighs.
       */
      reasonedHeadings: phraseList.default([]),
      /** Words that give a reason or weigh one thing against another ("because", "since", "although"). */
      reasoning: phraseList.default([]),
      /**
       * Words that open a deadline ("by", "within", "before"): a sentence whose timescale opens with
       * one is an action without a cue ("ICPC within 15 working days"), unless it records the past.
       */
      deadlines: phraseList.default([]),
      /**
       * Phrases that make a record one about the worker ("ASYE", "personal supervision"): a name or
       * a pronoun there is the worker's, so only a mention of the child by role counts as child focus.
       */
      workerRecord: phraseList.default([]),
      /** Headings that count for nothing themselves ("Analysis:", "Scaling:"): only what is written under them is read. */
      otherHeadings: phraseList.default([]),
      /**
       * Headings over a statement written to a formula ("Danger statement:", "Safety goal:"): what
       * is written under them states the worry or the goal, it does not weigh it, so it is never
       * reflection; it still counts for child focus and actions (round 10).
       */
      formulaHeadings: phraseList.default([]),
      /**
       * Headings over the grounds of a decision ("Reasons:", "Rationale:"), at a line's start or
       * after a full stop on it ("Agree NFA. Reason: single incident, parents acted protectively"):
       * the grounds listed are the weighing, so what is written under them counts as reflection
       * when it runs to at least four words, with no reason word needed (round 14).
       */
      rationaleHeadings: phraseList.default([]),
      /** What written under a heading means nothing was written: "N/A", "see above", "to be gathered". */
      emptyText: phraseList.default([]),
      pointers: phraseList.default([]), // after the child's names, a pointer elsewhere (supervisionPointer)
      unbornWords: phraseList.default([]),
      actionCues: phraseList.min(1),
      /** Verbs that make a sentence an action when they open it ("Update the plan by Friday."), as an action cue would. */
      imperatives: phraseList.default([]),
      /** Words that make a sentence opening with an imperative a record of the past ("Visit completed 03/04"). */
      pastMarkers: phraseList.default([]),
      timescales: phraseList.min(1),
    })
    .strict();
});

export type Lexicon = z.infer<typeof lexiconSchema>;

/** What a template heading does: its group number in `CompiledLexicon.heading`, less one. */
export const HEADING_KINDS = [
  'actions',
  'childFocus',
  'reviewsPrevious',
  'reflection',
  'other',
  'reasoned',
  'formula',
  'rationale',
] as const;

export interface CompiledLexicon extends UnbornWords, KnownWords, Pointers, AgreedMarkers {
  /** The trie as node objects, for the rare reader (the matcher reads wordSteps): made when first read. */
  readonly phrases: Phrases;
  /** The number of every word a word step names (as in `phrases`). */
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly negations: ReadonlySet<string>;
  readonly negationSuffixes: readonly string[];
  readonly negationWindow: number;
  readonly negatedAfterWindow: number;
  readonly notNames: ReadonlySet<string>;
  readonly adults: ReadonlySet<string>;
  readonly family: ReadonlySet<string>;
  readonly reasoning: ReadonlySet<string>;
  readonly deadlines: ReadonlySet<string>;
  /** The lexicon's word classes: the slot bit each one's words fill. */
  readonly wordClasses: readonly { readonly name: string; readonly bit: number; readonly words: ReadonlySet<string> }[];
  readonly imperatives: ReadonlySet<string>;
  readonly pastMarkers: ReadonlySet<string>;
  /**
   * Sticky: run at a line start of the whole text (set lastIndex); matches a template heading
   * there, with group k + 1 set for a heading of HEADING_KINDS[k].
   */
  /** The trie's word steps in one table, numbered once the last phrase is in (PhraseMatcher.step). */
  readonly wordSteps: WordSteps;
  readonly heading: RegExp | null;
  /**
   * FNV-1a hashes of the headings' first words, lower-cased: a line whose first word (after any
   * bullet or number) is none of them holds no heading, so `heading` need not run on it. Null when
   * a heading opens with anything but a letter or an apostrophe, where that cannot be told.
   */
  readonly headingOpeners: HashSet32 | null;
  /** headingOpeners of the review and rationale headings, the kinds read mid-line (supervisionTokens midLineHeading). */
  readonly midLineOpeners: HashSet32 | null;
  readonly reflectionHeadingWords: number;
  /** One-word reflection headings ("analysis"), which may also open a sentence as a label. */
  readonly reflectionLabels: ReadonlySet<string>;
  /** Texts that say nothing, lower-cased without end punctuation. */
  readonly emptyText: ReadonlySet<string>;
  /**
   * The lexicon's negatedAfter phrases without placeholders, as one pattern: what makes text under
   * a child's-voice heading an absence ("Emily's voice is absent", "asleep so could not be observed").
   */
  readonly absence: RegExp | null;
  /**
   * Whether the lexicon says more of child focus than the project's (a phrase, a child's subject
   * or possessive, a word-class word or a heading of its own): the model, trained on the project's
   * lexicon, then may not take away what the lexicon found (SupervisionScorer), since the phrase
   * that found it may be the council's own, which the model has never seen.
   */
  readonly addsChildFocus: boolean;
}

/** The lists that say what child focus is, item by item ("childSubjects\u0000the boys"). */
function childFocusItems(lex: Lexicon): string[] {
  const lists: [string, readonly string[]][] = [
    ['childFocus', lex.childFocus],
    ['childSubjects', lex.childSubjects],
    ['childPossessives', lex.childPossessives],
    ['childFocusHeadings', lex.childFocusHeadings],
    ...Object.entries(lex.wordClasses).map(([name, words]): [string, readonly string[]] => [`class ${name}`, words]),
  ];
  return lists.flatMap(([list, items]) => items.map((i) => `${list}\u0000${i.toLowerCase()}`));
}
let projectItems: ReadonlySet<string> | undefined;
/** The project's own child-focus items (data/supervision-lexicon.json), read once: from its flat file when that is current. */
function projectChildFocus(): ReadonlySet<string> {
  if (projectItems === undefined) {
    const text = readFileSync(dataPath('supervision-lexicon.json'), 'utf8');
    const lex = flatFor(text)?.lexicon ?? lexiconSchema.parse(JSON.parse(text.replace(/^\uFEFF/, '')));
    projectItems = new Set(childFocusItems(lex));
  }
  return projectItems;
}

/** Validates and compiles a lexicon; throws an Error naming the problem (used for config errors). */
export function compileLexicon(input: unknown): CompiledLexicon {
  const parsed = lexiconSchema.safeParse(input);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`).join('; '));
  }
  const lex = parsed.data;
  const phrases = newPhrases();
  const macros: Record<string, readonly string[]> = { child: lex.childSubjects, childs: lex.childPossessives };
  const classes = new Map(Object.keys(lex.wordClasses).map((name, i) => [name, classBit(i)]));
  // Each alternative's steps, made once (null: one names an unknown placeholder or a macro, so each expansion is compiled from its text).
  const macroSteps = Object.fromEntries(
    Object.entries(macros).map(([name, alts]) => {
      const steps = alts.map((a) => (/\{childs?\}/.test(a) ? '{' : textSteps(a, classes)));
      return [name, steps.every((x) => typeof x !== 'string') ? (steps as Step[][]) : null];
    }),
  );
  for (const set of PHRASE_SETS) {
    for (const phrase of lex[set]) {
      try {
        const spliced = expandSteps(phrase, macroSteps, classes);
        if (spliced !== null) for (const steps of spliced) addPhrase(phrases, set, steps);
        else for (const expanded of expand(phrase, macros)) addPhrase(phrases, set, compilePhrase(expanded, classes));
      } catch (e) {
        throw new Error(`${set}: ${(e as Error).message}`, { cause: e });
      }
    }
  }
  return assembleLexicon(
    lex,
    new WordSteps(phrases.root, phrases.vocabulary.size),
    phrases.vocabulary,
    childFocusItems(lex).some((i) => !projectChildFocus().has(i)),
  );
}

/** A phrase with each {child} and {childs} replaced by every alternative the lexicon lists (none: the phrase is dropped). */
function expand(phrase: string, macros: Record<string, readonly string[]>): string[] {
  const m = /\{(childs?)\}/.exec(phrase);
  if (!m) return [phrase];
  return macros[m[1]!]!.flatMap((alt) =>
    expand(phrase.slice(0, m.index) + alt + phrase.slice(m.index + m[0].length), macros),
  );
}

/**
 * expand's phrases, in its order, as steps: each alternative's steps (made once) spliced between the
 * phrase's own, not each of the ~18,600 expansions of the project's 291 {child} phrases compiled from
 * its text (issue 24). Exact only where no word or placeholder can run across a seam, so only for a
 * {child} or {childs} with white space or the phrase's start or end either side; null otherwise, and
 * where a part names an unknown placeholder or an expansion has no words, for compiling each expansion
 * from its text to give the same steps or throw the same error.
 */
function expandSteps(
  phrase: string,
  macroSteps: Record<string, Step[][] | null>,
  classes: ReadonlyMap<string, number>,
): Step[][] | null {
  const parts = phrase.split(/\{(childs?)\}/); // odd places: a macro's name
  if (parts.length === 1) return null;
  const pieces: Step[][][] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1) {
      const alts = macroSteps[part];
      if (alts === null || alts === undefined) return null;
      pieces.push(alts);
      continue;
    }
    const seamBefore = i > 0 && !/^\s/.test(part),
      seamAfter = i < parts.length - 1 && !/\s$/.test(part);
    if ((seamBefore && !(i === parts.length - 1 && part === '')) || (seamAfter && !(i === 0 && part === '')))
      return null;
    const steps = textSteps(part, classes);
    if (typeof steps === 'string') return null;
    pieces.push([steps]);
  }
  const out: Step[][] = [];
  const walk = (i: number, acc: Step[]): void => {
    if (i === pieces.length) out.push(acc);
    else for (const p of pieces[i]!) walk(i + 1, acc.concat(p));
  };
  walk(0, []);
  return out.some((steps) => steps.length === 0) ? null : out;
}

/** Reads, validates and compiles a lexicon file; the default when no path is given. Errors name the file and the problem. */
export function loadLexicon(path?: string): CompiledLexicon {
  const file = path ?? dataPath('supervision-lexicon.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(
      `lexicon ${file}: ${code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'error'})`}`,
      { cause: e },
    );
  }
  // The project's own lexicon, unedited: its compiled form read, not made (supervisionLexiconFlat).
  const flat = flatFor(text);
  if (flat !== null) {
    const { steps, vocabulary } = flatSteps(flat);
    return assembleLexicon(
      flat.lexicon,
      steps,
      vocabulary,
      childFocusItems(flat.lexicon).some((i) => !projectChildFocus().has(i)),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Error(`lexicon ${file}: not valid JSON`, { cause: e });
  }
  try {
    return compileLexicon(json);
  } catch (e) {
    throw new Error(`lexicon ${file}: ${(e as Error).message}`, { cause: e });
  }
}
