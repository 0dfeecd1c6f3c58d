/**
 * Phrase matching with negation for the supervision-text scorer: which phrase sets have a mention in one
 * sentence that is not negated. A matcher holds the reusable span buffers: no allocation per sentence.
 */
import type { CompiledLexicon } from './supervisionLexicon.js';
import { PHRASE_SETS, SET_BIT, slotBit, type WordSteps } from './supervisionTrie.js';
import type { WordInfo } from './supervisionWords.js';
import { adultByContext, KIND, startsWithin } from './supervisionMatchWords.js';
import {
  adultReports,
  afterStageLabel,
  dangerStatement,
  familyVerb,
  onLeave,
  namesAdultOnly,
  opensItem,
  othersView,
  writerLabel,
} from './supervisionMatchWho.js';
import { followsHeldInEither, heldBy } from './supervisionMatchHolder.js';

const NEGATED_AFTER = PHRASE_SETS.indexOf('negatedAfter');
// negatedAfter phrases ("to be completed", "not captured") undo a mention of the child, a
// reflection or a review, but never an action cue or a timescale: "direct work to be completed by
// Friday" is an action.
const AFTER_APPLIES = SET_BIT.childFocus | SET_BIT.reflection | SET_BIT.reasoned | SET_BIT.reviewsPrevious;
const PENDING_BEFORE = PHRASE_SETS.indexOf('pendingBefore'),
  WORKER_RECORD = PHRASE_SETS.indexOf('workerRecord');
const CHILD_FOCUS = PHRASE_SETS.indexOf('childFocus');
const REFLECTION = PHRASE_SETS.indexOf('reflection'),
  REASONED = PHRASE_SETS.indexOf('reasoned');
const AGE = slotBit('n'),
  NAMES = slotBit('name') | slotBit('names');
export class PhraseMatcher {
  // Spans found in the current sentence, per phrase set (start and end token): `used` has the
  // bits of the sets with spans so far, and a set's count is reset when it is first used.
  readonly spanStarts: number[][] = PHRASE_SETS.map(() => []); // every phrase's span per set (read by supervisionStanding)
  readonly spanEnds: number[][] = PHRASE_SETS.map(() => []);
  readonly spanCount = new Int32Array(PHRASE_SETS.length);
  private used = 0;
  private toks: readonly WordInfo[] = [];
  /** The mention that made each phrase set count in the last sentence matched: [start, end) tokens. */
  readonly hitStart = new Int32Array(PHRASE_SETS.length);
  readonly hitEnd = new Int32Array(PHRASE_SETS.length);
  readonly workerAt = (): number => this.spanStarts[WORKER_RECORD]![0]!; // the last sentence's first workerRecord phrase
  /**
   * Whether the last sentence's child focus rests only on mentions that open with a name or a
   * pronoun, which in a record about the worker stand for the worker (SupervisionScorer).
   */
  personalOnly = false;
  /** The MARK bits of the last sentence's words together (read by the scorer's checks). */
  marks = 0;
  /** Per record, for the scorer's model: the sets mentioned (bits), and those with a mention undone (bits << 16). */
  evidence = 0;
  // Per record (reset by newRecord): the sentence before the one being matched, as token
  // [prevFrom, prevTo); the names shown to be adults' ("Kelly (mum)", "Ms Khan") in tokens before
  // `scanned`. Both are worked out only when a mention needs them, so most sentences pay nothing.
  /** The sentence before the last one matched, as tokens [prevFrom, prevTo) (read by the scorer). */
  prevFrom = 0;
  prevTo = 0;
  private curFrom = 0;
  private curTo = 0;
  private scanned = 0;
  /** startStamp[k] === stamp when token k opens a sentence of this record. */
  private startStamp = new Int32Array(512);
  private stamp = 1;
  private readonly adultNames = new Set<string>();
  private readonly adultNameAt = (k: number, to: number): boolean => this.isAdultName(k, to);
  private readonly prepositionObject = (from: number, k: number): boolean => this.objectOfPreposition(from, k);
  /** The supervisee's name in a record about the worker (supervisee), once found; null until then. */
  private first: string | null = null;

  /** The lexicon's trie as numbers, walked node by node number. */
  private readonly trie: WordSteps;

  constructor(private readonly lex: CompiledLexicon) {
    this.trie = lex.wordSteps;
  }

  /** Records a span [start, end) for every phrase set in `sets` (bits). */
  private addSpans(sets: number, start: number, end: number): void {
    // Only the sets' own bits, lowest first.
    for (let rest = sets; rest !== 0; rest &= rest - 1) {
      const bit = rest & -rest,
        k = 31 - Math.clz32(bit);
      if ((this.used & bit) === 0) {
        this.used |= bit;
        this.spanCount[k] = 0;
      }
      const c = this.spanCount[k]!;
      this.spanStarts[k]![c] = start;
      this.spanEnds[k]![c] = end;
      this.spanCount[k] = c + 1;
    }
  }

  /**
   * Follows the trie from node number `node` (in `this.trie`), reached by a phrase starting at
   * `start` with tokens up to `at`; records every phrase ending before `to`.
   */
  private walk(node: number, start: number, at: number, to: number): void {
    const ends = this.trie.ends[node]!;
    if (ends !== 0) this.addSpans(ends, start, at);
    if (at < to) this.step(node, start, at, to);
  }

  /** walk's steps onward from node number `node` by token `at` (< `to`). */
  private step(node: number, start: number, at: number, to: number): void {
    const t = this.toks[at]!,
      trie = this.trie;
    if ((trie.wordMask[node]! & t.idBit) !== 0) {
      const next = trie.next(node, t.id);
      if (next >= 0) this.walk(next, start, at + 1, to);
    }
    for (let q = trie.prefixFrom[node]!, end = trie.prefixFrom[node + 1]!; q < end; q++)
      if (t.word.startsWith(trie.prefix[q]!)) this.walk(trie.prefixNext[q]!, start, at + 1, to);
    if ((trie.slotMask[node]! & t.slots) === 0) return;
    for (let q = trie.slotFrom[node]!, end = trie.slotFrom[node + 1]!; q < end; q++)
      if ((t.slots & trie.slotBit[q]!) !== 0) this.walk(trie.slotNext[q]!, start, at + 1, to);
  }

  /**
   * Which phrase sets (as bits) have a mention in tokens [from, to) — one sentence — that is not
   * negated. Overlapping matches of one set form a single mention judged from its first word, so
   * "without discussing the child's wishes and feelings" is negated as a whole rather than rescued
   * by its tail. A mention is negated when (SPEC §4.7) a negation word is among the
   * `negationWindow` words before it; beyond SPEC, also when a `negatedAfter` phrase starts within
   * the window after it ("previous actions not reviewed"), or when it follows a negated mention of
   * the same set within the window ("did not reflect on the impact") — the negation still governs
   * the clause there.
   */
  hits(toks: readonly WordInfo[], from: number, to: number): number {
    this.toks = toks;
    this.used = 0;
    this.personalOnly = false;
    // Spans arrive in order of their start word, so they need no sort to be merged (the order of
    // spans sharing a start word does not change the mention they make, nor do repeats).
    let marks = 0;
    for (let i = from; i < to; i++) {
      const t = toks[i]!;
      marks |= t.marks;
      // The word's one-word phrases, then its roots' steps onward, only when the next word can
      // take one (most words' roots lead nowhere from the word after them).
      if (t.rootEnds !== 0) this.addSpans(t.rootEnds, i, i + 1);
      if (i + 1 === to) break;
      const u = toks[i + 1]!;
      if ((t.nextWords & u.idBit) === 0 && (t.nextSlots & u.slots) === 0 && !t.nextPrefixes) continue;
      const roots = t.roots;
      for (let q = 0; q < roots.length; q++) this.step(roots[q]!, i, i + 1, to);
    }
    this.marks = marks;
    if (from !== this.curFrom) {
      this.prevFrom = this.curFrom;
      this.prevTo = this.curTo;
    }
    this.curFrom = from;
    this.curTo = to;
    if (from >= this.startStamp.length) {
      const grown = new Int32Array(Math.max(from + 1, this.startStamp.length * 2));
      grown.set(this.startStamp);
      this.startStamp = grown;
    }
    this.startStamp[from] = this.stamp;
    if (this.used === 0) return 0;
    this.evidence |= this.used;
    const win = this.lex.negationWindow;
    const after = this.spanStarts[NEGATED_AFTER]!,
      nAfter = (this.used & SET_BIT.negatedAfter) !== 0 ? this.spanCount[NEGATED_AFTER]! : 0;
    const pending = this.spanEnds[PENDING_BEFORE]!,
      nPending = (this.used & SET_BIT.pendingBefore) !== 0 ? this.spanCount[PENDING_BEFORE]! : 0;
    let hits = 0;
    for (let k = 0; k < NEGATED_AFTER; k++) {
      if ((this.used & (1 << k)) === 0) continue;
      const ss = this.spanStarts[k]!,
        es = this.spanEnds[k]!,
        n = this.spanCount[k]!;
      let prevEnd = -Infinity,
        prevNegated = false,
        j = 0;
      while (j < n) {
        // One mention: this span and every later one starting inside it.
        const s = ss[j]!;
        let e = es[j]!;
        for (j++; j < n && ss[j]! < e; j++) e = Math.max(e, es[j]!);
        const negated =
          this.negatedBefore(from, s) ||
          ((AFTER_APPLIES & (1 << k)) !== 0 &&
            (startsWithin(after, nAfter, s, e + this.lex.negatedAfterWindow) ||
              startsWithin(pending, nPending, s - win, s + 1))) ||
          (prevNegated && s - prevEnd < win) ||
          (k === REFLECTION && this.followsNegatedReasoned(from, s, win));
        // "Dad told the conference he wants more contact", "Ms Khan said": the adult's words;
        // "Mum reflected on her childhood", "Tyler is worried about mum": not analysis of practice.
        const someoneElses =
          (k === CHILD_FOCUS &&
            (this.adultsSubject(from, s) ||
              (s > from && toks[s - 1]!.adultsOwn) ||
              familyVerb(toks, from, s, NAMES))) ||
          ((k === REFLECTION || k === REASONED) &&
            (heldBy(this.toks, from, s) || othersView(toks, from, s) || this.followsHeld(from, s, win))) ||
          (k === REFLECTION && dangerStatement(toks, s, e, to, NAMES));
        if (!negated && !someoneElses) {
          const personal = k === CHILD_FOCUS && this.personal(s, to);
          if ((hits & (1 << k)) === 0) {
            hits |= 1 << k;
            this.hitStart[k] = s;
            this.hitEnd[k] = e;
            // Only child focus sets it: a reflection in the same sentence ("We explored why: she
            // said ...") must not make a worker's words the child's.
            if (k === CHILD_FOCUS) this.personalOnly = personal;
          } else if (!personal) this.personalOnly = false;
          // A child-focus mention by name or pronoun: look on for one by role ("the young person").
          if (!personal) break;
          continue;
        }
        this.evidence |= 1 << (k + 16); // negated, or an adult's or a family's words
        // Only a negation carries on to the next mention; someone else's words do not.
        if (negated) {
          prevEnd = e;
          prevNegated = true;
        }
      }
    }
    // A phrase that makes the record one about the worker counts wherever it stands.
    return hits | (this.used & SET_BIT.workerRecord);
  }

  /**
   * Whether a reflection at `s` follows within `win` words a negated reasoned mention, which still
   * governs the clause: "We did not reflect on the impact of the DA" (reflect on is reasoned, impact
   * of a reflection: two sets, one negated clause).
   */
  private followsNegatedReasoned(from: number, s: number, win: number): boolean {
    if ((this.used & SET_BIT.reasoned) === 0) return false;
    const ss = this.spanStarts[REASONED]!,
      es = this.spanEnds[REASONED]!;
    for (let j = 0; j < this.spanCount[REASONED]!; j++)
      if (ss[j]! < s && s - es[j]! < win && this.negatedBefore(from, ss[j]!)) return true;
    return false;
  }

  /** Whether a reflection at `s` follows one the family or the child holds (followsHeldIn), reasoned or not. */
  private followsHeld(from: number, s: number, win: number): boolean {
    const { used, spanStarts: ss, spanEnds: es, spanCount: n } = this; // no closure a call (garbage: issue 22's speed)
    return followsHeldInEither(this.toks, from, s, win, used, ss, es, n, REASONED, REFLECTION);
  }

  /** Whether the mention at `start` opens with a name or a pronoun — not a name with an age ("Jade (6) told her"), which is a child's. */
  personal(start: number, to: number): boolean {
    const t = this.toks[start]!;
    if ((t.kinds & KIND.pronoun) !== 0) return true;
    return (
      (t.slots & NAMES) !== 0 &&
      !(start + 1 < to && (this.toks[start + 1]!.slots & AGE) !== 0) &&
      (this.supervisee(start) ?? t.name) === t.name
    );
  }

  /**
   * The supervisee's name, lower-cased, in a record about the worker: its first name that does not
   * open a sentence ("Personal supervision, Marta.", "Supervision with Aisha", "Discussed Priya's
   * TOIL"), since a capitalised word opening one may be any word ("Offered EAP."). Another name doing
   * what a child does is a case example the worker brought ("Case example she brought - Tommy seemed
   * withdrawn"), which mentions a child's experience (SPEC §4.7). Null when there is none yet: every
   * name is then the worker's, as before. A name labelling a thing ("the Harris case") is skipped.
   */
  private supervisee(upTo: number): string | null {
    // Found once per record; searched only up to the mention (the buffer beyond the current
    // sentence may hold an earlier record's words), so a miss is searched again later.
    if (this.first !== null) return this.first;
    const st = this.startStamp,
      stamp = this.stamp;
    for (let k = 0; k <= upTo; k++) {
      const t = this.toks[k]!;
      if ((t.slots & NAMES) === 0 || (k < st.length && st[k] === stamp)) continue;
      if (k < upTo && (this.toks[k + 1]!.kinds & KIND.attributive) !== 0) continue;
      if (opensItem(this.toks, k, AGE, NAMES)) continue;
      return (this.first = t.name);
    }
    return null;
  }

  /**
   * Whether the mention at `start` opens with a name that an adult's title or role just before it
   * makes an adult's ("Mrs Patel said", "carer Jane said"), or with a pronoun that an adult named
   * earlier in the sentence (lexicon `adults`) governs.
   */
  private adultsSubject(from: number, start: number): boolean {
    if ((this.toks[start]!.slots & NAMES) !== 0)
      return this.isAdultName(start, start + 1) || this.reported(from, start);
    // "Mum feels the children are happy", "Dad says the boys miss him", "Mum reports baby is
    // feeding well": a child's role after a parent's or carer's report is their account, as a name
    // is. A professional's report stays what was seen ("HV reports the baby's weight has dropped").
    if ((this.toks[start]!.kinds & KIND.pronoun) === 0) return this.reported(from, start);
    // "Reflection: she felt she lost the visit": a reflective model's label over the worker's own part (s22-acc).
    if (afterStageLabel(this.toks, from, start)) return true;
    for (let k = from; k < start; k++) {
      const t = this.toks[k]!;
      if (t.adult && (this.objectOfPreposition(from, k) || this.practitionerSeeing(k, start))) continue;
      if (t.adult || ((t.slots & NAMES) !== 0 && this.isAdultName(k, start))) return true;
    }
    // "Mum was tearful. She said she is struggling.": a pronoun opening a sentence is the adult's
    // that opened the one before, when that one named no child.
    // "She said she felt judged": a later pronoun follows the opening one, unless a name comes between.
    return (
      (start === from || ((this.toks[from]!.kinds & KIND.pronoun) !== 0 && !this.namesBetween(from + 1, start))) &&
      this.opensWithAdult(this.prevFrom, this.prevTo)
    );
  }

  /**
   * Whether the adult at `k` is the worker or supervisor seeing or asking the child ("SW observed on
   * visit he covered his ears", "When SW asked him, he said"): the pronoun after is the child's.
   */
  private practitionerSeeing(k: number, start: number): boolean {
    return (
      k + 1 < start && (this.toks[k]!.kinds & KIND.practitioner) !== 0 && (this.toks[k + 1]!.kinds & KIND.seeing) !== 0
    );
  }

  /** Whether any token in [from, to) is a name. */
  private namesBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if ((this.toks[k]!.slots & NAMES) !== 0) return true;
    return false;
  }

  /**
   * Whether the adult at `k` is the object of a preposition ("seen with his mum - he seemed tired",
   * "asked about her dad she signed 'finish'"): not who a later pronoun stands for.
   */
  private objectOfPreposition(from: number, k: number): boolean {
    let j = k - 1;
    if (j >= from && (this.toks[j]!.kinds & KIND.possessivePronoun) !== 0) j--;
    return j >= from && (this.toks[j]!.kinds & KIND.preposition) !== 0;
  }

  /**
   * Whether an adult reports what follows earlier in the sentence ("Mum reports Poppy sleeps well",
   * "the carer said Jayden is settled"): a parent's or carer's account (adultReports).
   */
  private reported(from: number, start: number): boolean {
    for (let k = from; k + 1 < start; k++) if (adultReports(this.toks, k, start)) return true;
    return false;
  }

  /** Starts a record: no sentence before, no adults' names known. */
  newRecord(): void {
    this.prevFrom = this.prevTo = this.curFrom = this.curTo = this.scanned = this.evidence = 0;
    this.stamp++;
    this.first = null;
    if (this.adultNames.size !== 0) this.adultNames.clear();
  }

  /** Whether the name at token `k` is one the record has shown to be an adult's, in tokens before `upTo`. */
  private isAdultName(k: number, upTo: number): boolean {
    const t = this.toks;
    // Names next to an adult's title or role in the same sentence: "Ms Khan", "Kelly (mum)", "dad Ayo".
    const st = this.startStamp,
      stamp = this.stamp;
    for (; this.scanned < upTo; this.scanned++) {
      const j = this.scanned;
      if ((t[j]!.slots & NAMES) === 0) continue;
      // Not a child's name with 's after a label naming who wrote ("TM: Hamza's words 'I don't want to go home'").
      const left =
        j > 0 &&
        st[j] !== stamp &&
        ((t[j - 1]!.adult && !writerLabel(t, j, st[j - 1] === stamp)) || adultByContext(t, j));
      // Not a possessive before a role: "Holly's nan" is Holly's nan, Holly still a child.
      // "Kerry back from leave": only staff take leave, so the name is the worker's (round 10).
      const right =
        (j + 1 < this.curTo && st[j + 1] !== stamp && t[j + 1]!.adult && (t[j]!.kinds & KIND.possessive) === 0) ||
        onLeave(t, j, this.curTo);
      if (left || right) this.adultNames.add(t[j]!.name);
    }
    return this.adultNames.size !== 0 && this.adultNames.has(t[k]!.name);
  }

  /**
   * Whether the sentence in tokens [from, to) opens with an adult ("Mum ...", "The foster carer
   * ...", "Kelly (mum) ...") and names no child, or names one elsewhere and no child (namesAdultOnly,
   * round 12: "I asked SW why."): what a pronoun opening the next sentence refers to.
   */
  private opensWithAdult(from: number, to: number): boolean {
    if (to <= from) return false;
    const t = this.toks;
    const w = t[from]!.word;
    const opener = from + 1 < to && (w === 'the' || w === 'her' || w === 'his') ? from + 1 : from;
    if (!(t[opener]!.adult || ((t[opener]!.slots & NAMES) !== 0 && this.isAdultName(opener, to))))
      return namesAdultOnly(t, from, to, NAMES, this.adultNameAt, this.prepositionObject);
    for (let k = opener + 1; k < to; k++) if ((t[k]!.slots & NAMES) !== 0 && !this.isAdultName(k, to)) return false;
    return true;
  }

  /** SPEC §4.7: a negation word among the `negationWindow` words before the phrase, in the same sentence. */
  private negatedBefore(from: number, start: number): boolean {
    for (let k = Math.max(from, start - this.lex.negationWindow); k < start; k++)
      if (this.toks[k]!.negation) return true;
    return false;
  }
}
