/**
 * Who holds a worry or a reflection the phrase matcher (supervisionMatch.ts) found: the child or the
 * family (theirs, not analysis of practice), another agency, or the practitioners themselves. Kept
 * apart so the matcher stays small (round 10, s22-acc).
 */
import { KIND, PRACTITIONERS } from './supervisionMatchWords.js';
import { slotBit } from './supervisionTrie.js';
import { MARK, type WordInfo } from './supervisionWords.js';

const AGE = slotBit('n'),
  NAME = slotBit('name'),
  NAMES = slotBit('name') | slotBit('names');
/** Words before a role that opens a sentence ("The carer", "Her mum"). */
const THE_HIS_HER: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their']);

/** Whether tokens [from, to) hold the practitioners' own voice ("we", "I", "SW"). */
export function ownVoiceIn(toks: readonly WordInfo[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((toks[k]!.kinds & (KIND.ownVoice | KIND.practitioner)) !== 0) return true;
  return false;
}

/**
 * Whether a reflection mention at `start` is held by the child (a name) or one of the family
 * (lexicon `family`) just before it, directly or through a linking verb: "Mum reflected on",
 * "Tyler is worried about". A mention that opens with the linking verb ("is rising") is not.
 */
export function heldBy(toks: readonly WordInfo[], from: number, start: number): boolean {
  const m = toks[start]!;
  // "... the carer because we assumed": a mention that opens with a reason or with the
  // practitioners' own voice is theirs whoever stands before it.
  if ((m.kinds & KIND.ownVoice) !== 0 || (m.marks & MARK.reason) !== 0) return false;
  // A mention may open with the linking verb ("are worried that"): the holder is before it and any auxiliaries.
  let k = start - 1;
  // "Mum acknowledged the concerns and reflected that": the sentence's subject holds both verbs,
  // when it opens with one of the family and the practitioners' voice does not come between (round 10).
  if (k > from && toks[k]!.word === 'and' && !ownVoiceIn(toks, from, k)) {
    const o = from + 1 < k && THE_HIS_HER.has(toks[from]!.word) ? from + 1 : from;
    if ((toks[o]!.kinds & KIND.family) !== 0) return true;
  }
  if ((m.kinds & KIND.link) === 0 && k > from && (toks[k]!.kinds & KIND.link) !== 0) k--;
  for (let n = 0; n < 3 && k > from && (toks[k]!.kinds & KIND.auxiliary) !== 0; n++) k--;
  // "Emma (12) reflected that": the child's age between the name and the mention (round 10).
  if (k > from && (toks[k]!.slots & AGE) !== 0 && (toks[k - 1]!.slots & NAMES) !== 0) k--;
  if (k < from) return false;
  const t = toks[k]!;
  if (t.adultsOwn) return !PRACTITIONERS.has(t.word.slice(0, -2)); // "the Guardian's analysis", not "SW's"
  // A pronoun or a child's role holds the worry too ("He is worried about money when he turns
  // 18", "the children are worried about"): a worry the child voices is child focus, not the
  // supervisor's analysis. "I am worried" and "we are worried" stay reflection.
  // Another agency's worry ("Police are worried that") is theirs to report, not the supervisor's
  // analysis; the practitioners' own ("SW is worried that") stays reflection.
  return (
    (t.kinds & (KIND.family | KIND.childHolder)) !== 0 ||
    (t.slots & NAME) !== 0 ||
    (t.adult && (t.kinds & KIND.practitioner) === 0)
  );
}

/**
 * Whether a reflection at `s` follows one the family or the child holds, among the spans
 * [starts[j], ends[j]) of one phrase set, which still governs it: within `win` words ("Mum
 * reflected on the impact of her drinking": the impact she weighed is hers too), or anywhere in the
 * clause a held "that" opens ("The IRO reflected that the plan is drifting"). Not when the later
 * mention opens with the practitioners' own voice or a reason ("Mum reflected on it and we
 * considered whether"), nor past their voice in between (round 10).
 */
export function followsHeldIn(
  toks: readonly WordInfo[],
  from: number,
  s: number,
  win: number,
  starts: readonly number[],
  ends: readonly number[],
  n: number,
): boolean {
  const m = toks[s]!;
  if ((m.kinds & (KIND.ownVoice | KIND.practitioner)) !== 0 || (m.marks & MARK.reason) !== 0) return false;
  for (let j = 0; j < n && starts[j]! < s; j++) {
    const e = ends[j]!;
    if (e > s) continue;
    const near = s - e < win || (toks[e - 1]!.word === 'that' && !ownVoiceIn(toks, e, s));
    if (near && heldBy(toks, from, starts[j]!)) return true;
  }
  return false;
}

/**
 * followsHeldIn for set `a`, then set `b`, each only when it has spans (`used`, as PhraseMatcher
 * keeps its spans): a function, not a closure made at every call (about 15 MB of garbage over the
 * speed bench's 100,000 records, issue 22).
 */
export function followsHeldInEither(
  toks: readonly WordInfo[],
  from: number,
  s: number,
  win: number,
  used: number,
  starts: readonly (readonly number[])[],
  ends: readonly (readonly number[])[],
  counts: Int32Array,
  a: number,
  b: number,
): boolean {
  for (let set = a, k = 0; k < 2; set = b, k++)
    if ((used & (1 << set)) !== 0 && followsHeldIn(toks, from, s, win, starts[set]!, ends[set]!, counts[set]!))
      return true;
  return false;
}
