/**
 * Round 34 (issue 22): child focus judged by sentence. The model sums a record's words, so on a long
 * record a name with a thin fact in one sentence and an adult's or agency's account in others add up
 * to child focus the later writers do not see. The rule, set by the model's builder
 * (CONFIG.focusSentence) and written into the model file, keeps child focus on a record of
 * `minSentences` sentences or more only when at least one sentence's own child-focus words (each
 * once, with its bigrams and the sentence's own classes) weigh `floor` or more. The committed model
 * has { minSentences: 8, floor: 1.0 }, fixed before its one blind measure (docs/supervision-accuracy.md,
 * rounds 34 and 34b); a model file without one skips all of this.
 */
import { COMBOS_OF } from './supervisionSentence.js';
import type { WordInfo } from './supervisionWords.js';

export interface SentenceRule {
  minSentences: number;
  floor: number;
}

/** The child-focus column's weights, by word number, bigram number and sentence feature (SupervisionModel). */
export interface FocusWeights {
  readonly words: Float64Array;
  readonly bigrams: Float64Array;
  readonly sentences: Float64Array;
}

/** Weighs one sentence alone by a model's child-focus weights; `bigramOf(a, b)`: the bigram's number or -1. */
export class SentenceWeigher {
  private readonly seen: Int32Array;
  private readonly bigramSeen: Int32Array;
  private stamp = 0;

  constructor(
    readonly rule: SentenceRule,
    private readonly weights: FocusWeights,
    private readonly bigramOf: (a: number, b: number) => number,
  ) {
    this.seen = new Int32Array(weights.words.length);
    this.bigramSeen = new Int32Array(weights.bigrams.length);
  }

  /** The weight of tokens [from, to), a sentence holding the classes `classes`: its words and bigrams each once, and its own sentence features. */
  weigh(feats: Int32Array, from: number, to: number, classes: number): number {
    const w = this.weights,
      seen = this.seen,
      bseen = this.bigramSeen,
      stamp = ++this.stamp;
    let s = 0,
      prev = -1;
    for (let k = from; k < to; k++) {
      const f = feats[k]!;
      if (f >= 0 && seen[f] !== stamp) {
        seen[f] = stamp;
        s += w.words[f]!;
      }
      const b = prev >= 0 && f >= 0 ? this.bigramOf(prev, f) : -1;
      if (b >= 0 && bseen[b] !== stamp) {
        bseen[b] = stamp;
        s += w.bigrams[b]!;
      }
      prev = f;
    }
    // One sentence with each combination of classes it holds ("<hedge+reason>"; supervisionSentence).
    for (let c = COMBOS_OF[classes]!; c !== 0; c &= c - 1) s += w.sentences[2 * (31 - Math.clz32(c & -c))]!;
    return s;
  }
}

/** A scorer's record as the rule reads it: how many sentences, and the one that weighed most alone. */
export class SentenceFocus {
  private count = 0;
  private best = -Infinity;
  private from = 0;
  private to = 0;
  /** Whether the rule took child focus from the record read last. */
  thinned = false;

  constructor(private readonly weigher: SentenceWeigher) {}

  newRecord(): void {
    this.count = 0;
    this.best = -Infinity;
    this.thinned = false;
  }

  /** A sentence read: tokens [from, to) holding the classes `classes`. */
  sentence(feats: Int32Array, from: number, to: number, classes: number): void {
    if (to <= from) return;
    this.count++;
    const s = this.weigher.weigh(feats, from, to, classes);
    if (s > this.best) {
      this.best = s;
      this.from = from;
      this.to = to;
    }
  }

  /** Whether the rule takes child focus from the record read (and notes that it did). */
  takesAway(): boolean {
    const rule = this.weigher.rule;
    this.thinned = this.count >= rule.minSentences && this.best < rule.floor;
    return this.thinned;
  }

  /** The words of the sentence that weighed most alone, for the explanation. */
  nearest(toks: readonly WordInfo[]): string {
    return toks
      .slice(this.from, this.to)
      .map((t) => (t.word === '\u0001date' ? '[date]' : t.word))
      .join(' ');
  }
}
