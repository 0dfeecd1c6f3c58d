/**
 * Issue 22, round 40: a capitalised ordinary word that opens a sentence ("Feed observed by SW",
 * "Closure agreed", "Swap feels the cleanest") is that word, not a child's name, unless the record
 * also writes it capitalised mid-sentence (a child called Hope: "Mum and Hope walked to school").
 * The lexicon's `knownWords` say which words are ordinary (WordInfo.known). The tokeniser asks here
 * for every such token opening a sentence, for the scorer and the model's builder alike, so the
 * model is trained on the tokens it later scores.
 */
import { type WordInfo, type WordTable, wordPacks } from './supervisionWords.js';

/** A character that, as the last before a word (spaces aside), puts the word mid-sentence. */
const MID = /[A-Za-z0-9,:(/&]/;
const WORD = /[A-Za-z0-9]/;

/** Whether `text` writes `word` (as written, capitalised) mid-sentence anywhere but at `skip`. */
export function writtenMidSentence(text: string, word: string, skip: number): boolean {
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
    const e = k + word.length;
    if (k === skip || (e < text.length && WORD.test(text[e]!)) || (k > 0 && WORD.test(text[k - 1]!))) continue;
    let p = k - 1;
    while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
    if (p >= 0 && MID.test(text[p]!)) return true;
  }
  return false;
}

/**
 * The word a token opening a sentence at `at` of column `s` is read as: for a known word (WordInfo.known)
 * written capitalised nowhere mid-sentence in the column or the record's `other` column, its
 * lower-case form's WordInfo (no name); else the token's own.
 */
export function openingWord(table: WordTable, info: WordInfo, s: string, at: number, other: string): WordInfo {
  if (writtenMidSentence(s, info.raw, at) || writtenMidSentence(other, info.raw, -1)) return info;
  const w = info.word,
    p = wordPacks(w, 0, w.length);
  return table.find(w, 0, w.length, p.hi, p.lo);
}
