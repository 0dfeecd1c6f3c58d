/**
 * Issue 22, round 41: the lexicon's `knownWords` are built by bench/buildKnownWords.ts from the
 * project's development corpora (KNOWN_BEFORE), so the shipped list is what the builder writes, and
 * each of the builder's conditions is checked on a small corpus with a near miss. A council that
 * extends the list in its own lexicon file is not checked here: only the project's shipped lexicon.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildLexiconText,
  KNOWN_BEFORE,
  KNOWN_CRITERIA,
  knownCorpora,
  type KnownCorpus,
  knownWords,
  LEXICON_FILE,
  recordText,
} from '../bench/buildKnownWords.js';

describe('the shipped knownWords', () => {
  const corpora = knownCorpora();
  const shipped = readFileSync(LEXICON_FILE, 'utf8');

  it('are what `node dist/bench/buildKnownWords.js` writes into the lexicon file, byte for byte', () => {
    expect(buildLexiconText(shipped, corpora)).toBe(shipped);
    expect((JSON.parse(shipped) as { knownWords: string[] }).knownWords).toHaveLength(5095);
  }, 120_000);

  it('are counted on the development material named by KNOWN_BEFORE only', () => {
    expect(KNOWN_BEFORE).toBe('outside90');
    const names = corpora.map((c) => c.name);
    expect(names.slice(0, 4)).toEqual(['style-dev', 'corpus', 'outside', 'outside2']);
    expect(names).toHaveLength(2 + 89);
    expect(names.at(-1)).toBe('outside89');
    expect(corpora[0]!.texts).toHaveLength(225);
    expect(corpora[1]!.texts).toHaveLength(68);
  }, 120_000);

  it('would fail for a list built from other sets, or one word added by hand', () => {
    // One set fewer gives another list, so the check above tells which sets built the shipped one.
    expect(buildLexiconText(shipped, corpora.slice(0, -1))).not.toBe(shipped);
    const lex = JSON.parse(shipped) as { knownWords: string[] };
    lex.knownWords = [...lex.knownWords, 'zzzword'].sort();
    const edited = `${JSON.stringify(lex, null, 2)}\n`;
    expect(buildLexiconText(edited, corpora)).toBe(shipped);
    expect(edited).not.toBe(shipped);
  }, 120_000);
});

describe('the builder on a small known corpus', () => {
  /** One corpus per list of record texts. */
  const corpora = (lines: string[][]): KnownCorpus[] => lines.map((texts, k) => ({ name: `c${k}`, texts }));
  const build = (lines: string[][], notNames: string[] = []): string[] => knownWords(corpora(lines), new Set(notNames));

  it('keeps a word in lower case in four records of two corpora', () => {
    expect(
      build([
        ['the feed went well', 'a feed at six'],
        ['one feed', 'feed chart kept'],
      ]),
    ).toContain('feed');
  });
  it('needs four records: three are a near miss, and a record counts once however often it writes the word', () => {
    expect(build([['the feed went well', 'a feed at six'], ['one feed']])).not.toContain('feed');
    expect(build([['feed feed feed', 'feed and feed'], ['feed']])).not.toContain('feed');
  });
  it('needs two corpora: four records in one are a near miss', () => {
    expect(build([['feed one', 'feed two', 'feed three', 'feed four'], []])).not.toContain('feed');
    expect(build([['feed one', 'feed two', 'feed three'], ['feed four']])).toContain('feed');
  });
  it('needs three letters: a two-letter word is a near miss', () => {
    const w = build([
      ['go on', 'go up'],
      ['go by', 'go in'],
    ]);
    expect(w).not.toContain('go');
    expect(KNOWN_CRITERIA.minLetters).toBe(3);
  });
  it('leaves out notNames', () => {
    const lines = [
      ['mum came', 'mum said'],
      ['mum left', 'mum rang'],
    ];
    expect(build(lines)).toContain('mum');
    expect(
      build(
        lines,
        ['Mum'].map((n) => n.toLowerCase()),
      ),
    ).not.toContain('mum');
  });
  it('leaves out a word written capitalised mid-sentence in half as many records as in lower case', () => {
    const lower = [
      ['hope it helps', 'we hope so'],
      ['in hope', 'hope is there'],
    ];
    // One record of four with "Hope" mid-sentence: fewer than half, so known.
    expect(build([...lower, ['Mum and Hope walked']])).toContain('hope');
    // Two of four: the near miss, no longer fewer than half.
    expect(build([...lower, ['Mum and Hope walked', 'SW saw Hope']])).not.toContain('hope');
  });
  it('counts a capital opening a sentence (after a stop, a new line or a quote) as no capital', () => {
    const lower = [
      ['hope it helps', 'we hope so'],
      ['in hope', 'hope is there'],
    ];
    expect(build([...lower, ['Fine. Hope said no', 'Hope came', "line\nHope here. 'Hope'"]])).toContain('hope');
  });
  it('reads a digit after a capitalised word as the word written capitalised (the committed reading)', () => {
    const lower = [
      ['catch up', 'to catch it'],
      ['a catch', 'catch them'],
    ];
    expect(build([...lower, ['done by Catch22', 'referral to Catch22']])).not.toContain('catch');
    expect(build([...lower, ['done by Catch', 'Catch-up. Fine']])).toContain('catch');
  });
  it('reads a word beside a straight apostrophe as no word, and joins text and actions so the actions open a sentence', () => {
    expect(
      build([
        ["don't", "don't"],
        ["don't", "don't"],
      ]),
    ).toEqual([]);
    expect(recordText({ recordText: 'Seen at home.', actions: 'Feed chart by Friday' })).toBe(
      'Seen at home. \n Feed chart by Friday',
    );
    expect(recordText({ recordText: null, actions: 'Feed chart' })).toBe('Feed chart');
  });
});
