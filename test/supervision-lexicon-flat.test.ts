/**
 * The project's lexicon kept compiled (issue 24, supervisionLexiconFlat): the committed flat file is
 * exactly what the lexicon makes, a thread reading the project's lexicon gets from it the same
 * compiled lexicon as a compile from the text, and any other text (an edited copy, a council's own
 * file, one with errors) is compiled from its text as before.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFlatText } from '../bench/buildLexiconFlat.js';
import { type CompiledLexicon, compileLexicon, loadLexicon } from '../rules/lib/supervisionLexicon.js';
import { FLAT_FILE } from '../rules/lib/supervisionLexiconFlat.js';
import { createScorer } from '../rules/lib/supervisionText.js';
import {
  addPhrase,
  compilePhrase,
  flattenTrie,
  newPhrases,
  PHRASE_SETS,
  PLACEHOLDERS,
  WordSteps,
} from '../rules/lib/supervisionTrie.js';

const ROOT = join(import.meta.dirname, '..');
const LEXICON = join(ROOT, 'data', 'supervision-lexicon.json');
const text = readFileSync(LEXICON, 'utf8');

/** Whether a lexicon's trie tables were made from node objects (a compile), not from the flat file. */
const compiled = (lex: CompiledLexicon): boolean =>
  (lex.wordSteps as unknown as { nodes: unknown }).nodes !== undefined;

/** Everything a compiled lexicon holds, as plain data: sets sorted, patterns as source and flags, tables as arrays. */
function plain(v: unknown): unknown {
  if (v instanceof Set) return [...(v as Set<unknown>)].map(plain).sort();
  if (v instanceof Map) return [...(v as Map<unknown, unknown>)].map(([k, x]) => [k, plain(x)]);
  if (v instanceof RegExp) return `/${v.source}/${v.flags}`;
  if (ArrayBuffer.isView(v)) return Array.from(v as Int32Array);
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        // The trie's node objects are compared on their own (below), as a FlatTrie; not read here,
        // where reading `phrases` would make them.
        .filter((k) => k !== 'phrases' && k !== 'nodes')
        .map((k) => [k, plain((v as Record<string, unknown>)[k])]),
    );
  return v;
}

describe('the project lexicon’s flat file (data/supervision-lexicon.flat.json)', () => {
  it('is exactly what the lexicon makes now', () => {
    const committed = readFileSync(join(ROOT, 'data', FLAT_FILE), 'utf8');
    // A clear message rather than a 400 KB diff when the lexicon was edited without its flat file.
    expect(
      committed === buildFlatText(text),
      `data/${FLAT_FILE} was not made from data/supervision-lexicon.json as it is: run \`npm run lexicon\` (or \`node dist/bench/buildLexiconFlat.js\` after tsc) and commit the file`,
    ).toBe(true);
  });

  it('gives loadLexicon() the same compiled lexicon as a compile of the text, without compiling', () => {
    const fromFlat = loadLexicon();
    const fresh = compileLexicon(JSON.parse(text));
    expect(compiled(fromFlat)).toBe(false);
    expect(compiled(fresh)).toBe(true);
    const a = plain(fromFlat) as Record<string, unknown>,
      b = plain(fresh) as Record<string, unknown>;
    // Every part named (so a part added to CompiledLexicon later is compared too), then every part equal.
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const k of Object.keys(b)) expect(a[k], k).toEqual(b[k]);
    // The word-step table itself, every array of it (its private hash table too), not only its lookups.
    expect(Object.keys(a.wordSteps as object).sort()).toEqual(
      [
        'ends',
        'keys',
        'mask',
        'nextNode',
        'prefix',
        'prefixFrom',
        'prefixNext',
        'slotBit',
        'slotFrom',
        'slotMask',
        'slotNext',
        'vocabulary',
        'wordMask',
      ].sort(),
    );
    expect(fromFlat.addsChildFocus).toBe(false);
    expect(fromFlat.vocabulary.size).toBeGreaterThan(500);
    // The node objects, made from the tables only when read, are the compile's trie node for node.
    expect(compiled(fromFlat)).toBe(false);
    expect(flattenTrie(fromFlat.phrases.root).flat).toEqual(flattenTrie(fresh.phrases.root).flat);
    expect([...fromFlat.phrases.vocabulary]).toEqual([...fresh.phrases.vocabulary]);
    const root = fromFlat.phrases.root;
    const [id, child] = [...root.words][0]!;
    expect(fromFlat.wordSteps.step(root, id)).toBe(child);
  });

  it('is not used for any other text: an edited lexicon is compiled and finds its added phrase', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-flat-'));
    const json = JSON.parse(text) as { childFocus: string[] };
    const record = 'Supervision held. Worker noted the quokka parade on the green. Plan to continue.';
    json.childFocus.push('quokka parade');
    const edited = join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify(json, null, 2));
    // The same lexicon with a byte more (a BOM): compiled from its text, the same as the flat file's.
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, `\uFEFF${text}`);
    const editedLex = loadLexicon(edited);
    expect(compiled(editedLex)).toBe(true);
    expect(editedLex.addsChildFocus).toBe(true);
    expect(createScorer(editedLex, null).scoreRecord(record, null).childFocus).toBe(true);
    expect(createScorer(loadLexicon(), null).scoreRecord(record, null).childFocus).toBe(false);
    const bomLex = loadLexicon(bom);
    expect(compiled(bomLex)).toBe(true);
    expect(plain(bomLex)).toEqual(plain(loadLexicon()));
  });

  it('leaves a council lexicon’s errors word for word as they were', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-flat-'));
    const cases: [string, (j: Record<string, unknown>) => void, string][] = [
      [
        'placeholder',
        (j) => (j.childFocus as string[]).push('{child} was {feelin}'),
        '"he was {feelin}": unknown placeholder {feelin} (known: {date}, {n}, {weekday}, {month}, {ordinal}, {name}, {names}, {doing}, {being}, {degree}, {feeling}, {experience}, {pondering}, {inquiry}, {practitioners}, {activity}, {voicing}, {manner}, {initial}, {tasking}, {tasked}, {events}, {worker}, {account}, {topic}, {aid}, {others}, {childrole}, {alone})',
      ],
      ['blank', (j) => (j.reflection as string[]).push('   '), 'reflection.1087: a phrase cannot be blank'],
      [
        'nowords',
        (j) => {
          (j.childSubjects as string[]).push('!!');
          (j.childFocus as string[]).unshift('{child}');
        },
        'childFocus: "!!": has no words',
      ],
      [
        'classname',
        (j) => (j.wordClasses = { ...(j.wordClasses as object), Bad: ['x'] }),
        'wordClasses.Bad: a word class is named in lower-case letters',
      ],
    ];
    for (const [name, edit, message] of cases) {
      const json = JSON.parse(text) as Record<string, unknown>;
      edit(json);
      const file = join(dir, `${name}.json`);
      writeFileSync(file, JSON.stringify(json));
      const want = name === 'placeholder' ? `childFocus: ${message}` : message;
      expect(() => loadLexicon(file)).toThrow(`lexicon ${file}: ${want}`);
      try {
        loadLexicon(file);
      } catch (e) {
        expect((e as Error).message).toBe(`lexicon ${file}: ${want}`);
      }
    }
  });
});

describe('WordSteps from a FlatTrie', () => {
  it('holds the same tables as from the trie, on a small trie with every kind of step', () => {
    const phrases = newPhrases();
    addPhrase(phrases, 'childFocus', compilePhrase('{name} said'));
    addPhrase(phrases, 'reflection', compilePhrase('explor* why'));
    addPhrase(phrases, 'timescales', compilePhrase('by close of play'));
    addPhrase(phrases, 'timescales', compilePhrase('by {date}'));
    addPhrase(phrases, 'actionCues', compilePhrase('by'));
    const fromTrie = new WordSteps(phrases.root, phrases.vocabulary.size);
    const { flat } = flattenTrie(phrases.root);
    const fromFlat = new WordSteps(flat, phrases.vocabulary.size);
    expect(plain(fromFlat)).toEqual(plain(fromTrie));
    expect(flattenTrie(fromFlat.trie()[0]!).flat).toEqual(flat);
    // "by" ends an action cue and leads on by a word and a slot.
    const by = fromFlat.next(0, phrases.vocabulary.get('by')!);
    expect(fromFlat.ends[by]).not.toBe(0);
    expect(fromFlat.slotFrom[by + 1]! - fromFlat.slotFrom[by]!).toBe(1);
  });
});

/** The trie as compileLexicon made it before splicing: every {child} and {childs} expansion compiled from its text. */
function textTrie(json: Record<string, unknown>): ReturnType<typeof flattenTrie>['flat'] & { vocabulary: string[] } {
  const list = (k: string): string[] => ((json[k] as string[] | undefined) ?? []).map((p) => p.trim());
  const macros: Record<string, string[]> = { child: list('childSubjects'), childs: list('childPossessives') };
  const classes = new Map(
    Object.keys((json.wordClasses as object | undefined) ?? {}).map((name, i) => [
      name,
      1 << (PLACEHOLDERS.length + i),
    ]),
  );
  const expand = (phrase: string): string[] => {
    const m = /\{(childs?)\}/.exec(phrase);
    if (!m) return [phrase];
    return macros[m[1]!]!.flatMap((alt) =>
      expand(phrase.slice(0, m.index) + alt + phrase.slice(m.index + m[0].length)),
    );
  };
  const phrases = newPhrases();
  for (const set of PHRASE_SETS)
    for (const phrase of list(set)) for (const e of expand(phrase)) addPhrase(phrases, set, compilePhrase(e, classes));
  return { ...flattenTrie(phrases.root).flat, vocabulary: [...phrases.vocabulary.keys()] };
}

describe('compileLexicon’s {child} phrases spliced from steps (issue 24)', () => {
  const trieOf = (json: Record<string, unknown>) => {
    const lex = compileLexicon(json);
    return { ...flattenTrie(lex.phrases.root).flat, vocabulary: [...lex.vocabulary.keys()] };
  };

  it('make the trie every expansion compiled from its text makes, for the project lexicon', () => {
    expect(trieOf(JSON.parse(text) as Record<string, unknown>)).toEqual(
      textTrie(JSON.parse(text) as Record<string, unknown>),
    );
  });

  it('and for phrases where a word could run across a seam, which are compiled from their text', () => {
    const json = {
      negations: ['not'],
      childSubjects: ['he', 'the young person', '{name}', 'Their ‘Nan’'],
      childPossessives: ['his', "the baby's", '{names}', 'x'],
      childFocus: [
        "{child}'s own words", // "he's": one word across the seam
        '{child}{childs} views', // two macros with nothing between
        'x{child} said', // a word before the macro
        'spoke with {child}',
        '{childs} {child} wishes',
        '{child}',
        'asked about {childs} day*',
      ],
      reflection: ['reflect*'],
      reviewsPrevious: ['previous actions'],
      actionCues: ['to do'],
      timescales: ['by {date}'],
    };
    const got = trieOf(json);
    expect(got).toEqual(textTrie(json));
    // The seam cases did change the words: "he's", "hehis", "xhe" are words of the trie.
    expect(got.vocabulary).toEqual(expect.arrayContaining(["he's", 'hehis', 'xhe', 'their', 'nan']));
  });
});
