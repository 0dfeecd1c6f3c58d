/**
 * Builds data/supervision-lexicon.flat.json (issue 24) from data/supervision-lexicon.json: the
 * lexicon validated, its trie's vocabulary and the trie as numbers, keyed by the hash of the
 * lexicon file's text (supervisionLexiconFlat). Run after any edit of the lexicon:
 * `npm run lexicon` (or `node dist/bench/buildLexiconFlat.js` after tsc); test/supervision-lexicon-flat.test.ts
 * fails while the committed file is not the one this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dataPath } from '../src/engine/paths.js';
import { compileLexicon, lexiconSchema } from '../rules/lib/supervisionLexicon.js';
import { FLAT_FILE, type LexiconFlat, lexiconHash } from '../rules/lib/supervisionLexiconFlat.js';
import { flattenTrie } from '../rules/lib/supervisionTrie.js';

/** The flat file's text for a lexicon file's text: one line per part, so a change shows where it is. */
export function buildFlatText(text: string): string {
  const json: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  const lex = compileLexicon(json);
  const flat: LexiconFlat = {
    description:
      'Generated from supervision-lexicon.json by `npm run lexicon` (bench/buildLexiconFlat.ts): do not edit.',
    source: lexiconHash(text),
    lexicon: lexiconSchema.parse(json),
    vocabulary: [...lex.vocabulary.keys()],
    trie: flattenTrie(lex.phrases.root).flat,
  };
  const lines = Object.entries(flat).map(([k, v]) =>
    k === 'trie'
      ? `  "trie": {\n${Object.entries(v as object)
          .map(([k2, v2]) => `    ${JSON.stringify(k2)}: ${JSON.stringify(v2)}`)
          .join(',\n')}\n  }`
      : `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
  );
  return `{\n${lines.join(',\n')}\n}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = dataPath(FLAT_FILE);
  writeFileSync(file, buildFlatText(readFileSync(dataPath('supervision-lexicon.json'), 'utf8')));
  process.stdout.write(`wrote ${file}\n`);
}
