/**
 * Phrase matching with negation for the supervision-text scorer: which phrase sets have a mention
 * in one sentence that is not negated. A matcher object holds the reusable span buffers, so
 * matching allocates nothing per sentence.
 */
import type { CompiledLexicon } from './supervisionLexicon.js';
import { PHRASE_SETS, type PhraseTrie, SET_BIT, slotBit } from './supervisionTrie.js';
import type { WordInfo } from './supervisionWords.js';

const NEGATED_AFTER = PHRASE_SETS.indexOf('negatedAfter');
// negatedAfter phrases ("to be completed", "not captured") undo a mention of the child, a
// reflection or a review, but never an action cue or a timescale: "direct work to be completed by
// Friday" is an action.
const AFTER_APPLIES = SET_BIT.childFocus | SET_BIT.reflection | SET_BIT.reasoned | SET_BIT.reviewsPrevious;
const PENDING_BEFORE = PHRASE_SETS.indexOf('pendingBefore');
const CHILD_FOCUS = PHRASE_SETS.indexOf('childFocus');
const REFLECTION = PHRASE_SETS.indexOf('reflection'),
  REASONED = PHRASE_SETS.indexOf('reasoned');
const NAME = slotBit('name'),
  NAMES = slotBit('name') | slotBit('names');
/** Words between a holder and the worry or reflection they hold: "Tyler is worried about". */
const LINKS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'feels', 'felt', 'seems', 'seemed', 'became']);
/** Pronouns that name the child only when no adult is the sentence's subject before them. */
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'his', 'her', 'their', 'him', 'them']);

export class PhraseMatcher {
  // Spans found in the current sentence, per phrase set (start and end token): `used` has the
  // bits of the sets with spans so far, and a set's count is reset when it is first used.
  private readonly spanStarts: number[][] = PHRASE_SETS.map(() => []);
  private readonly spanEnds: number[][] = PHRASE_SETS.map(() => []);
  private readonly spanCount = new Int32Array(PHRASE_SETS.length);
  private used = 0;
  private toks: readonly WordInfo[] = [];
  /** The mention that made each phrase set count in the last sentence matched: [start, end) tokens. */
  readonly hitStart = new Int32Array(PHRASE_SETS.length);
  readonly hitEnd = new Int32Array(PHRASE_SETS.length);
  /**
   * Whether the last sentence's child focus rests only on mentions that open with a name or a
   * pronoun, which in a record about the worker stand for the worker (SupervisionScorer).
   */
  personalOnly = false;
  /** Whether the sentence before opened with an adult and named no child; the scorer clears it for each record. */
  prevAdult = false;
  /** Whether the sentence being matched follows one that opened with an adult (prevAdult as it was). */
  private afterAdult = false;

  constructor(private readonly lex: CompiledLexicon) {}

  /** Records a span [start, end) for every phrase set in `sets` (bits). */
  private addSpans(sets: number, start: number, end: number): void {
    for (let k = 0; k < PHRASE_SETS.length; k++) {
      const bit = 1 << k;
      if ((sets & bit) === 0) continue;
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

  /** Follows the trie from `node`, reached by a phrase starting at `start` with tokens up to `at`; records every phrase ending before `to`. */
  private walk(node: PhraseTrie, start: number, at: number, to: number): void {
    if (node.ends !== 0) this.addSpans(node.ends, start, at);
    if (at >= to) return;
    const t = this.toks[at]!;
    if (node.words.size !== 0) {
      const next = node.words.get(t.word);
      if (next) this.walk(next, start, at + 1, to);
    }
    for (const e of node.prefixes) if (t.word.startsWith(e.prefix)) this.walk(e.node, start, at + 1, to);
    for (const e of node.slots) if ((t.slots & e.bit) !== 0) this.walk(e.node, start, at + 1, to);
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
    // Spans arrive in order of their start word, so they need no sort to be merged.
    for (let i = from; i < to; i++) {
      const roots = toks[i]!.roots;
      for (let q = 0; q < roots.length; q++) this.walk(roots[q]!, i, i + 1, to);
    }
    this.afterAdult = this.prevAdult;
    this.noteSubject(from, to);
    if (this.used === 0) return 0;
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
          (prevNegated && s - prevEnd < win);
        // "Dad told the conference he wants more contact", "Ms Khan said": the adult's words;
        // "Mum reflected on her childhood", "Tyler is worried about mum": not analysis of practice.
        const someoneElses =
          (k === CHILD_FOCUS && this.adultsSubject(from, s)) ||
          ((k === REFLECTION || k === REASONED) && this.heldBy(from, s));
        if (!negated && !someoneElses) {
          const personal = k === CHILD_FOCUS && this.personal(s);
          if ((hits & (1 << k)) === 0) {
            hits |= 1 << k;
            this.hitStart[k] = s;
            this.hitEnd[k] = e;
            this.personalOnly = personal;
          } else if (!personal) this.personalOnly = false;
          // A child-focus mention by name or pronoun: look on for one by role ("the young person").
          if (!personal) break;
          continue;
        }
        prevEnd = e;
        prevNegated = true;
      }
    }
    // A phrase that makes the record one about the worker counts wherever it stands.
    return hits | (this.used & SET_BIT.workerRecord);
  }

  /** Whether the mention at `start` opens with a name or a pronoun. */
  private personal(start: number): boolean {
    const t = this.toks[start]!;
    return (t.slots & NAMES) !== 0 || PRONOUNS.has(t.word);
  }

  /**
   * Whether the mention at `start` opens with a name that an adult's title or role just before it
   * makes an adult's ("Mrs Patel said", "carer Jane said"), or with a pronoun that an adult named
   * earlier in the sentence (lexicon `adults`) governs.
   */
  private adultsSubject(from: number, start: number): boolean {
    if ((this.toks[start]!.slots & NAMES) !== 0) return start > from && this.lex.adults.has(this.toks[start - 1]!.word);
    if (!PRONOUNS.has(this.toks[start]!.word)) return false;
    for (let k = from; k < start; k++) if (this.lex.adults.has(this.toks[k]!.word)) return true;
    // "Mum was tearful. She said she is struggling.": a pronoun opening a sentence is the adult's
    // that opened the one before, when that one named no child.
    return start === from && this.afterAdult;
  }

  /**
   * Notes whether the sentence in tokens [from, to) opens with an adult ("Mum ...", "The foster
   * carer ...") and names no child (no name): what a pronoun opening the next sentence refers to.
   */
  private noteSubject(from: number, to: number): void {
    const t = this.toks;
    const opener =
      from + 1 < to && (t[from]!.word === 'the' || t[from]!.word === 'her' || t[from]!.word === 'his')
        ? from + 1
        : from;
    let adult = this.lex.adults.has(t[opener]!.word);
    for (let k = opener + 1; adult && k < to; k++) if ((t[k]!.slots & NAMES) !== 0) adult = false;
    this.prevAdult = adult;
  }

  /**
   * Whether a reflection mention at `start` is held by the child (a name) or one of the family
   * (lexicon `family`) just before it, directly or through a linking verb: "Mum reflected on",
   * "Tyler is worried about". A mention that opens with the linking verb ("is rising") is not.
   */
  private heldBy(from: number, start: number): boolean {
    if (LINKS.has(this.toks[start]!.word)) return false;
    let k = start - 1;
    if (k > from && LINKS.has(this.toks[k]!.word)) k--;
    if (k < from) return false;
    const t = this.toks[k]!;
    return this.lex.family.has(t.word) || (t.slots & NAME) !== 0;
  }

  /** SPEC §4.7: a negation word among the `negationWindow` words before the phrase, in the same sentence. */
  private negatedBefore(from: number, start: number): boolean {
    for (let k = Math.max(from, start - this.lex.negationWindow); k < start; k++)
      if (this.toks[k]!.negation) return true;
    return false;
  }
}

/** Whether any of the first `n` of `starts` is in [lo, hiExclusive). */
function startsWithin(starts: readonly number[], n: number, lo: number, hiExclusive: number): boolean {
  for (let i = 0; i < n; i++) if (starts[i]! >= lo && starts[i]! < hiExclusive) return true;
  return false;
}
