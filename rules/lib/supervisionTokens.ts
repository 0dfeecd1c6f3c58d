/**
 * Tokenising a record for the supervision-text scorer, in one hand-written pass over the
 * normalised text: tokens are [A-Za-z0-9]+ with 'letters suffixes, or a marked date (the pattern of
 * `textWords`, which lower-cases; here each distinct spelling is interned once with its case folded). Sentences end at . ! ? ; before a space or the line's end, at •, and at every
 * line break; each is judged as it ends. After an actions heading at the start of a line, the rest
 * of the column is read as the actions column would be (the heading's own words are not tokens).
 */
import { bareText, type CompiledLexicon } from './supervisionLexicon.js';
import {
  FNV_OFFSET,
  FNV_PRIME,
  type HashSet32,
  PACK_MASK,
  wordPacks,
  type WordInfo,
  type WordTable,
} from './supervisionWords.js';
import { lineEnd, textUnder } from './supervisionFields.js';
import { DATE_TOKEN, normalise } from './supervisionDates.js';
// JavaScript's \s, which the sentence rule "[.!?;] followed by a space" was written with.
import { isSpace } from './supervisionDateScan.js';
import { opensAccountText, visitOnly } from './supervisionAccount.js';
import { pointsElsewhere } from './supervisionPointer.js';
import { absent, afterFirstSentence, givesReason, opensWithTask, someoneElsesOrTask } from './supervisionUnder.js';
import { wordEnd } from './supervisionUnder.js';
import { reviewsUnder } from './supervisionReview.js';
import { statusIn } from './supervisionStatus.js';
import { StaleDates } from './supervisionStale.js';
import { openingWord } from './supervisionKnown.js';
import { headingAt } from './supervisionNamedHeading.js';

/** The tokens of the record being scored: a growable buffer reused from record to record. */
export class Tokens {
  readonly toks: WordInfo[] = [];
  /**
   * Each token's WordInfo.hash as int32: the shingles only XOR it (ToInt32), so the keys are the
   * uint32 hash's, and an int32 field is held in the word's object, not boxed beside it.
   */
  hashes = new Int32Array(512);
  /** Each token's number in the scorer's model (WordInfo.feature), in a typed array for its loop. */
  feats = new Int32Array(512);
  /** Where each date token is in its column's normalised text (supervisionStale); other tokens' entries are stale. */
  dateAt = new Int32Array(512);
  /** The column being read, as given and normalised, and whether it is the record's text (not the actions column). */
  raw = '';
  source = '';
  inText = true;
  /** The record's text and actions columns as read (round 40: a known word opening a sentence, supervisionKnown). */
  columns: [string, string] = ['', ''];
  /** The record's dates, read only for a timescale that may be stale (round 26). */
  readonly stale = new StaleDates();
  n = 0;
  /**
   * The sentence classes (WordInfo.classes) of the tokens since the current sentence began, ORed as
   * each is pushed: the model's sentence features cost one OR a token and no second pass. readColumn
   * clears it wherever a sentence starts.
   */
  classes = 0;
  /**
   * Whether a word pushed, or a heading read past, could end a status of supervisionFollowUp: a
   * superset of its STATUS matches, so a record without one needs no scan for status clauses.
   * The scorer clears it for each record; the actions column leaves it as it was.
   */
  status = false;

  /** A new record: its two columns as read, and no status word yet. */
  newRecord(text: string, actions: string): void {
    this.columns[0] = text;
    this.columns[1] = actions;
    this.status = false;
  }

  push(info: WordInfo): void {
    if (this.n === this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
      (this.feats = new Int32Array(grown.length)).set(this.feats);
      (this.dateAt = new Int32Array(grown.length)).set(this.dateAt);
    }
    this.hashes[this.n] = info.hash;
    this.feats[this.n] = info.feature;
    this.classes |= info.classes;
    if (info.status) this.status = true;
    this.toks[this.n++] = info;
  }
}

/** Judges the sentence in tokens [from, to), `endsLine` or not, under a formulaHeadings heading or not (`formula`: never reflection). */
export type SentenceJudge = (
  from: number,
  to: number,
  inActions: boolean,
  endsLine: boolean,
  formula: boolean,
) => number;
/** The criteria bits a heading of `kind` gives when something is written under it (`heading` as written). */
export type HeadingCredit = (kind: 'childFocus' | 'reviewsPrevious' | 'reflection', heading: string) => number;

const DATE_PACKS = wordPacks(DATE_TOKEN, 0, DATE_TOKEN.length);
/** Character classes: a word character ([A-Za-z0-9]), and a letter. */
const WORD_CHAR = 1,
  LETTER = 2;
// One entry for every UTF-16 code unit, so a character's class is one load with no range test
// (every character of every record passes through here). Only ASCII letters and digits are word
// characters; BULLET is mayHead's class, set below.
const CHAR_CLASS = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) CHAR_CLASS[c] = WORD_CHAR;
for (let c = 97; c <= 122; c++) CHAR_CLASS[c] = CHAR_CLASS[c - 32] = WORD_CHAR | LETTER;
const isWordChar = (c: number): boolean => (CHAR_CLASS[c]! & WORD_CHAR) !== 0;
const isLetter = (c: number): boolean => (CHAR_CLASS[c]! & LETTER) !== 0;

/** Tokenises one column of a record onto `out`, judging each sentence as it ends; returns the criteria bits found. */
export function readColumn(
  lex: CompiledLexicon,
  table: WordTable,
  out: Tokens,
  text: string,
  actionText: boolean,
  judge: SentenceJudge,
  credit: HeadingCredit,
): number {
  const s = normalise(text);
  const len = s.length;
  out.raw = text;
  out.source = s;
  out.inText = !actionText;
  // Tokens.status is of the record's text: followUp reads no actions.
  const statusBefore = out.status;
  let inActions = actionText;
  let found = 0,
    sentStart = out.n,
    lineTok = out.n,
    lineStart = true,
    muted = false,
    formula = false,
    // midLineCredit's colon test, kept between sentences: the next ':' at or after some point (-1:
    // none in the rest of the text) and the line break that ends the current line.
    colonAt = -2,
    breakAt = -1,
    i = 0;
  out.classes = 0;
  while (i < len) {
    if (lineStart) {
      lineStart = false;
      lineTok = out.n;
      // Round 41: a heading of the lexicon's, or a child's-voice heading with the child's name (headingAt).
      const h = actionText || !lex.heading ? null : headingAt(lex, s, i, (o) => mayHead(o, s, i));
      if (h) {
        // The heading's words are no tokens: look for a status in them here (rare: headings are few).
        if (!out.status && statusIn(s, i, i + h[0].length)) out.status = true;
        i += h[0].length;
        // Groups in HEADING_KINDS order: actions, childFocus, reviewsPrevious, reflection, other
        // (counts for nothing), reasoned (reflection when it gives a reason).
        if (h[1] !== undefined) inActions = true;
        // Another heading ends the actions above it ("What needs to happen - ..." then "Scale -
        // 4. I think ..."): what follows is read again as the record's text.
        else inActions = actionText;
        // A statement written to a formula ("Danger statement: ...") is its first sentence; a
        // sentence after it may weigh it ("We think this is likelier at weekends because ...").
        if (h[7] !== undefined) formula = true;
        else if (h[8] !== undefined) {
          if (saysSomething(lex, textUnder(lex, s, i), RATIONALE_WORDS)) found |= credit('reflection', h[8]);
        } else if (h[1] === undefined && h[5] === undefined) {
          const kind = h[2] !== undefined ? 'childFocus' : h[3] !== undefined ? 'reviewsPrevious' : 'reflection';
          const under = textUnder(lex, s, i);
          const counts =
            h[6] !== undefined
              ? saysSomething(lex, under, 1) && givesReason(lex, under)
              : kind === 'childFocus'
                ? saysSomething(lex, under, 1) &&
                  !someoneElsesOrTask(lex, under) &&
                  !absent(lex, under) &&
                  !visitOnly(under) &&
                  !pointsElsewhere(lex, under)
                : kind === 'reflection'
                  ? // Under "Analysis:" a fact or a plan restated ("Family have engaged with the
                    // plan.") is not analysis: the text must run on and give a reason.
                    // "Analysis: Consider whether ..." is a task set, not analysis made.
                    // Nor is someone's feeling or report with its cause ("Reflection: SW felt
                    // alarmed but stayed calm"), unless a later sentence weighs it.
                    saysSomething(lex, under, lex.reflectionHeadingWords) &&
                    givesReason(lex, under) &&
                    !opensWithTask(lex, under) &&
                    !(opensAccountText(lex, under) && !givesReason(lex, afterFirstSentence(under)))
                  : reviewsUnder(h[3]!, under, saysSomething(lex, under, 1));
          if (counts) found |= credit(kind, (h[2] ?? h[3] ?? h[4] ?? h[6])!);
          // "Previous actions: see last supervision": a pointer elsewhere says nothing, so its
          // words ("last supervision") are not judged either (they still count for copying).
          // Round 30: so is the child's name before a pointer ("Reuben observed - see nursery report").
          else muted = isEmptyText(lex, under) || (kind === 'childFocus' && pointsElsewhere(lex, under));
        }
        continue;
      }
    }
    const c = s.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (isWordChar(c)) {
      // The word's last eight characters, seven bits each (`lo` the last four, `hi` the four before:
      // every token character is ASCII), as they are read: the table finds the word on them, and a
      // word of up to eight characters is them, so find compares no characters for it.
      let hi = 0,
        lo = c;
      let j = i + 1,
        d: number;
      while (j < len && isWordChar((d = s.charCodeAt(j)))) {
        hi = ((hi << 7) | (lo >>> 21)) & PACK_MASK;
        lo = ((lo << 7) | d) & PACK_MASK;
        j++;
      }
      while (j + 1 < len && s.charCodeAt(j) === 39 && isLetter((d = s.charCodeAt(j + 1)))) {
        hi = ((hi << 14) | (lo >>> 14)) & PACK_MASK;
        lo = ((lo << 14) | (39 << 7) | d) & PACK_MASK;
        j += 2;
        while (j < len && isLetter((d = s.charCodeAt(j)))) {
          hi = ((hi << 7) | (lo >>> 21)) & PACK_MASK;
          lo = ((lo << 7) | d) & PACK_MASK;
          j++;
        }
      }
      // The packs are under 2^28: small integers, never boxed as arguments.
      const info = table.find(s, i, j, hi, lo);
      out.push(
        info.known && out.n === sentStart ? openingWord(table, info, s, i, out.columns[actionText ? 0 : 1]) : info,
      );
      i = j;
      continue;
    }
    if (c === 1 && s.startsWith('date', i + 1)) {
      out.push(table.find(s, i, i + 5, DATE_PACKS.hi, DATE_PACKS.lo));
      out.dateAt[out.n - 1] = i;
      i += 5;
      continue;
    }
    let end: boolean;
    if (c === 10 || c === 13) {
      end = true;
      lineStart = true;
      // A line that is only a label ("Previous actions reviewed:") with nothing under it on the
      // line counts for nothing: its words are kept for the copy test but not judged.
      if (out.n > sentStart && bareLabel(s, i, out.n - sentStart, lineTok === sentStart)) {
        sentStart = out.n;
        out.classes = 0;
      }
    } else if (c === 46 || c === 33 || c === 63 || c === 59) end = i + 1 === len || isSpace(s.charCodeAt(i + 1));
    else end = c === 0x2022;
    if (end && out.n > sentStart) {
      if (!muted) found |= judge(sentStart, out.n, inActions, c === 10 || c === 13, formula);
      formula = false;
      sentStart = out.n;
      out.classes = 0;
      // A review or rationale heading with its colon after a full stop on the same line ("... no
      // words yet. Previous: Portage referral - accepted, starts Jan.", "Agree NFA. Reason: single
      // incident, ..."): a record written as one paragraph still labels what became of the last
      // actions and the grounds of a decision. Looked for here, once a sentence, not in the
      // per-character path; the heading's words stay tokens, read as before.
      // Only a heading with its colon counts here, and the heading pattern never crosses a line
      // break: with no ':' before the line's end (most sentences), the pattern need not run.
      if (!actionText && !inActions && c !== 10 && c !== 13 && lex.heading !== null) {
        if (colonAt !== -1 && colonAt <= i) colonAt = s.indexOf(':', i + 1);
        if (colonAt !== -1) {
          if (breakAt <= i) breakAt = lineEnd(s, i + 1);
          if (colonAt < breakAt) found |= midLineCredit(lex, s, i + 1, credit);
        }
      }
    }
    if (c === 10 || c === 13) muted = false;
    i++;
  }
  if (out.n > sentStart && !muted && !bareLabel(s, len, out.n - sentStart, lineTok === sentStart))
    found |= judge(sentStart, out.n, inActions, true, formula);
  if (actionText) out.status = statusBefore;
  return found;
}

/**
 * A review or rationale heading with its colon at `at` (mid-line, after a full stop), as matched
 * (groups as the heading pattern's), or null. The heading pattern is anchored and takes bullets and
 * numbers first; mid-line only a heading word may open it, so a number ("Scale 6. 3 visits: ...")
 * is never taken for a bullet.
 */
function midLineHeading(lex: CompiledLexicon, s: string, at: number): RegExpExecArray | null {
  // Only a review or rationale heading counts here, and the pattern starts at the letter (no bullet
  // before it), so a first word that opens no heading of either kind cannot give group 3 or 8.
  if (!isLetter(s.charCodeAt(at)) || (lex.midLineOpeners !== null && !mayHead(lex.midLineOpeners, s, at))) return null;
  lex.heading!.lastIndex = at;
  const h = lex.heading!.exec(s);
  return h !== null && (h[3] !== undefined || h[8] !== undefined) && h[0].endsWith(':') ? h : null;
}
/**
 * The credit of a review or rationale heading with its colon opening the sentence after `at`
 * (midLineHeading; only these kinds and only with a colon: mid-line, "Previous" or "Follow up"
 * without one is prose, and the other kinds have their own cues), or 0.
 */
function midLineCredit(lex: CompiledLexicon, s: string, at: number, credit: HeadingCredit): number {
  while (at < s.length && s.charCodeAt(at) === 32) at++;
  const h = midLineHeading(lex, s, at);
  if (h === null) return 0;
  const under = textUnder(lex, s, at + h[0].length);
  if (h[3] !== undefined)
    return reviewsUnder(h[3], under, saysSomething(lex, under, 1)) ? credit('reviewsPrevious', h[3]) : 0;
  return saysSomething(lex, under, RATIONALE_WORDS) ? credit('reflection', h[8]!) : 0;
}
/** Words a rationale heading's text needs to count: "Reasons: as above" or "Reason: YP in custody" (why a task waits) does not. */
const RATIONALE_WORDS = 4;

/**
 * Whether a heading can start the line at `at`: its first word after the heading pattern's bullets
 * and numbers (white space but a line break, - * • · > # digits . )), lower-cased, is one a heading
 * opens with (lexicon headingOpeners). Most lines are not headings and skip the pattern.
 */
function mayHead(openers: HashSet32, s: string, at: number): boolean {
  let k = at;
  while (k < s.length && isBullet(s.charCodeAt(k))) k++;
  let h = FNV_OFFSET,
    j = k;
  for (; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (!isWordChar(c) && c !== 39) break;
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
  }
  return j > k && openers.has(h);
}
/** The heading pattern's bullets and numbering, but digits: - * • · > # . ) */
const BULLETS: readonly number[] = [0x2d, 0x2a, 0x2022, 0xb7, 0x3e, 0x23, 0x2e, 0x29];
/** CHAR_CLASS bit: what the heading pattern takes before a heading (white space but a line break, a bullet, a digit). */
const BULLET = 4;
/** The only code units the test below can hold for: up to the space, JavaScript's other white space, bullets, digits. */
const MAY_BULLET: readonly number[] = [
  ...Array.from({ length: 33 }, (_, c) => c),
  0xa0,
  0x1680,
  ...Array.from({ length: 11 }, (_, i) => 0x2000 + i),
  0x2028,
  0x2029,
  0x202f,
  0x205f,
  0x3000,
  0xfeff,
  ...BULLETS,
  ...Array.from({ length: 10 }, (_, i) => 48 + i),
];
// Not a test of all 65,536 code units: run once at every start, before any code is optimised, that
// cost 5-15 ms of each CLI run, text scored or not.
for (const c of MAY_BULLET)
  if ((isSpace(c) && c !== 10 && c !== 13) || BULLETS.includes(c) || (c >= 48 && c <= 57)) CHAR_CLASS[c]! |= BULLET;
const isBullet = (c: number): boolean => (CHAR_CLASS[c]! & BULLET) !== 0;
/** @internal For tests: whether the heading pattern takes `c` before a heading. */
export const takesBeforeHeading = isBullet;

/** Whether the line ending at `eol`, `words` words from its start (`wholeLine`), is only a label: at most five words and a colon. */
function bareLabel(s: string, eol: number, words: number, wholeLine: boolean): boolean {
  if (!wholeLine || words > 5) return false;
  let k = eol - 1;
  while (k >= 0 && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k--;
  return k >= 0 && s.charCodeAt(k) === 58;
}

/** Whether text under a heading says something: at least `minWords` words, not an empty text ("N/A", "see above"), not opening with a negation ("Not seen"). */
/** Whether text is one of the lexicon's empty texts ("N/A", "see last supervision"), alone. */
function isEmptyText(lex: CompiledLexicon, text: string): boolean {
  return text.length <= 48 && lex.emptyText.has(bareText(text));
}

function saysSomething(lex: CompiledLexicon, text: string, minWords: number): boolean {
  // Only a short text can be an empty one ("N/A", "see previous record"), so a long one skips
  // the folding; the words are counted and the first three checked for a negation in one pass.
  // "N/A first supervision on this case since transfer", "N/A, first supervision": an explained
  // N/A still says nothing, however short.
  if (/^\W*(?:n\/a|not applicable)\b/i.test(text)) return false;
  if (text.length <= 48) {
    const bare = bareText(text);
    if (bare === '' || lex.emptyText.has(bare)) return false;
    for (const e of lex.emptyText) if (bare.startsWith(`${e} `)) return false;
  }
  let words = 0;
  // "Not seen this month" is empty; "nightlight – not done; housing – emailed" reviews each item,
  // so a negation counts only before the first dash, colon, semicolon or comma, and never in a
  // quotation that opens the text ("'I dont like the man' - Phoebe, 7": someone's own words).
  // The en and em dash escaped: the bundle is ASCII only (scripts/bundle.mjs).
  const sep = QUOTED.test(text) ? 0 : text.search(/[\u2013\u2014:;,]| - /);
  for (let i = 0, j: number, n = Math.min(text.length, 400); i < n; i = j === i ? i + 1 : j) {
    if ((j = wordEnd(text, i, n)) === i) continue;
    if (words < 3 && (sep < 0 || i < sep) && lex.negations.has(text.slice(i, j).toLowerCase())) return false;
    if (++words >= Math.max(3, minWords)) return true;
  }
  return words >= minWords;
}

/** Text that opens with a quotation mark. */
const QUOTED = /^\s*['"\u2018\u201c]/;
