/**
 * The supervision scorer's statistical model (issue 22): per criterion a logistic regression over
 * the lexicon's evidence (which phrase sets were mentioned, undone, judged; headings; structural
 * cues) and the record's words. Its weights are built by `npm run model`
 * (bench/buildSupervisionModel.ts) from the project's corpora into data/supervision-model.json;
 * nothing is learnt at run time and nothing leaves the machine. A judgement is the sign of the
 * bias plus the weights of the features present, so the words that weighed most can be named.
 */
import { DATE_TOKEN } from './supervisionDates.js';
import {
  addSentenceSums,
  CLASS_BITS,
  SENTENCE_FEATURES,
  sentenceFeature,
  sentenceFeaturesOf,
} from './supervisionSentence.js';
import { marginOf } from './supervisionStanding.js';
import { SentenceWeigher } from './supervisionFocusSentence.js';
import type { ModelFile } from './supervisionModelData.js';
import { PHRASE_SETS, slotBit } from './supervisionTrie.js';
import type { WordInfo } from './supervisionWords.js';

/** The criteria a model may judge; copying stays the contract's Jaccard rule. */
export const MODEL_CRITERIA = ['childFocus', 'reflection', 'actions', 'reviewsPrevious'] as const;
export type ModelCriterion = (typeof MODEL_CRITERIA)[number];

/**
 * The lexicon's evidence about a record, one bit each (SupervisionScorer gathers them): each
 * phrase set mentioned, each with a mention undone (negated, or an adult's words), the lexicon's
 * judgements, and the structural cues and headings behind them. A council's own phrases join
 * their set, so they weigh as that set does.
 */
export const EVIDENCE: readonly string[] = [
  ...PHRASE_SETS.map((s) => `mention:${s}`),
  ...PHRASE_SETS.map((s) => `undone:${s}`),
  ...MODEL_CRITERIA.map((c) => `lexicon:${c}`),
  'lexicon:personalOnly',
  'heading:childFocus',
  'heading:reflection',
  'heading:reviewsPrevious',
  'cue:reasonedWithReason',
  'cue:reframes',
  'cue:lastWithOutcome',
  'cue:childFocusInTask',
  'cue:reflectionInTask',
];
/** Bit positions in the evidence number. */
export const EV = Object.fromEntries(EVIDENCE.map((e, i) => [e, i])) as Readonly<Record<string, number>>;

// The model file's shapes and reading (supervisionModelData), where they were before, for the importers.
export {
  type CriterionModel,
  type CriterionWeights,
  defaultModelFile,
  type ModelFile,
} from './supervisionModelData.js';

const NAMES = slotBit('name') | slotBit('names');
const DIGIT = /\d/;
const LF = EV['lexicon:childFocus']!,
  PO = EV['lexicon:personalOnly']!;

/**
 * The key a word is counted under. A date, a number or a name is folded to one key, so one
 * child's name or one date cannot carry weight; a capitalised word is a name only when its
 * lower-case form is not a known word (`known`): "Discussed" opening a sentence is "discussed".
 */
export function wordKey(info: Pick<WordInfo, 'word' | 'slots'>, known: (w: string) => boolean): string {
  const w = info.word;
  if (w === DATE_TOKEN) return '<date>';
  if (DIGIT.test(w)) return '<num>';
  if ((info.slots & NAMES) === 0 || known(w)) return w;
  return '<name>';
}

/** Pairs of neighbouring keys, as the model's bigrams are written. */
export const bigramKey = (a: string, b: string): string => `${a} ${b}`;

/** One criterion's weights, by evidence bit, word number and bigram number. */
interface Column {
  readonly bias: number;
  readonly evidence: Float64Array;
  /** By word number, and by bigram number. */
  readonly words: Float64Array;
  readonly bigrams: Float64Array;
  readonly sentences: Float64Array; // by SENTENCE_FEATURES (supervisionSentence)
}

/** One feature that weighed in a judgement, for the explanation. */
export interface Weighed {
  key: string;
  weight: number;
}

/**
 * A model ready to judge. Word weights are kept by number (words × columns, a column per criterion
 * and verdict of the lexicon), and each distinct word's number is looked up once (WordInfo.feature).
 */
export class SupervisionModel {
  private readonly vocab = new Map<string, number>();
  private readonly keys: string[] = [];
  /**
   * Bigrams by (first word's number × words + second's), in open addressing over typed arrays: a
   * bigram is looked up at most tokens, where a Map's lookup cost as much as the rest of the model.
   */
  private readonly bigramKeys: Int32Array;
  private readonly bigramSlots: Int32Array;
  private readonly bigramMask: number;
  /**
   * Per word, bit (w & 31) set for each word w that follows it in some bigram: a pair whose bit is
   * clear is no bigram, so most pairs skip the lookup.
   */
  private readonly opens: Int32Array;
  private readonly criteria: ModelCriterion[];
  /** The scorer's bit of each criterion modelled, and its lexicon:… evidence bit. */
  private readonly bits: number[];
  private readonly lexiconBits: number[];
  private readonly vetoes: boolean[];
  private readonly columns: Column[] = [];
  /** Word and bigram weights, four a word (one per criterion a model can judge), for the scoring loop. */
  private readonly words4: Float64Array;
  private readonly bigrams4: Float64Array;
  /** Sentence-feature weights so too: a record's features are walked once for all criteria. */
  private readonly sentences4: Float64Array;
  /** Per word and bigram number, the record it was last counted in (each counts once a record). */
  private readonly seen: Int32Array;
  private readonly bigramSeen: Int32Array;
  private record = 0;
  /** Per criterion, the current record's bias and evidence, and its words' weights. */
  private readonly sums: Float64Array;
  /** Round 34: what weighs a sentence alone for the model's sentence rule of child focus, or null (supervisionFocusSentence). */
  readonly focusWeigher: SentenceWeigher | null = null;
  private readonly wordSums: Float64Array;
  /** Round 42: the child-focus sum (bias, evidence, words) of the record judged last (supervisionFocusSentence `bound`). */
  focusSum = 0;
  private readonly focusAt: number; // child focus's index in `criteria` (-1: not in the file), found once, not a record
  readonly classOf: Int32Array; // per word number + 1, its sentence classes (supervisionSentence; 0: none)

  /** `noVetoes`: criteria whose lexicon findings it may not take away here (a council's own phrases). */
  constructor(file: ModelFile, bits: Readonly<Record<ModelCriterion, number>>, noVetoes: ModelCriterion[] = []) {
    this.criteria = MODEL_CRITERIA.filter((c) => file.criteria[c] !== undefined);
    this.focusAt = this.criteria.indexOf('childFocus');
    this.bits = this.criteria.map((c) => bits[c]);
    this.lexiconBits = this.criteria.map((c) => 1 << EV[`lexicon:${c}`]!);
    this.vetoes = this.criteria.map((c) => file.criteria[c]!.vetoes && !noVetoes.includes(c));
    const models = this.criteria.map((c) => file.criteria[c]!);
    const pairs: [string, string][] = [];
    const wordOf = (k: string): number => {
      let i = this.vocab.get(k);
      if (i === undefined) this.vocab.set(k, (i = this.keys.push(k) - 1));
      return i;
    };
    for (const model of models)
      for (const k of Object.keys(model.weights)) {
        const sp = k.indexOf(' ');
        if (k in EV || sentenceFeature(k) >= 0) continue;
        if (sp < 0) wordOf(k);
        else pairs.push([k.slice(0, sp), k.slice(sp + 1)]);
      }
    for (const [a, b] of pairs) {
      wordOf(a);
      wordOf(b);
    }
    // The class words always have a number, weighed or not: a sentence's classes read as the builder read them.
    for (const w of CLASS_BITS.keys()) wordOf(w);
    const nw = this.keys.length;
    this.classOf = new Int32Array(nw + 1);
    for (const [i, k] of this.keys.entries()) this.classOf[i + 1] = CLASS_BITS.get(k) ?? 0;
    this.opens = new Int32Array(nw);
    this.seen = new Int32Array(nw);
    const bigrams = new Map<number, number>();
    for (const [a, b] of pairs) {
      const id = this.vocab.get(a)! * nw + this.vocab.get(b)!;
      if (!bigrams.has(id)) bigrams.set(id, bigrams.size);
      this.opens[this.vocab.get(a)!]! |= 1 << (this.vocab.get(b)! & 31);
    }
    let size = 16;
    while (size < bigrams.size * 2) size *= 2;
    this.bigramMask = size - 1;
    this.bigramKeys = new Int32Array(size).fill(-1);
    this.bigramSlots = new Int32Array(size);
    for (const [id, b] of bigrams) {
      let h = hashOf(id) & this.bigramMask;
      while (this.bigramKeys[h] !== -1) h = (h + 1) & this.bigramMask;
      this.bigramKeys[h] = id;
      this.bigramSlots[h] = b;
    }
    // One row more than there are bigrams: all zeros, where a pair that is no bigram adds nothing.
    this.bigramSeen = new Int32Array(bigrams.size + 1);
    for (const model of models) {
      const column: Column = {
        bias: model.bias,
        evidence: new Float64Array(EVIDENCE.length),
        words: new Float64Array(nw),
        bigrams: new Float64Array(bigrams.size),
        sentences: new Float64Array(SENTENCE_FEATURES.length),
      };
      for (const [k, w] of Object.entries(model.weights)) {
        const sp = k.indexOf(' ');
        if (k in EV) column.evidence[EV[k]!] = w;
        else if (sentenceFeature(k) >= 0) column.sentences[sentenceFeature(k)] = w;
        else if (sp < 0) column.words[this.vocab.get(k)!] = w;
        else column.bigrams[bigrams.get(this.vocab.get(k.slice(0, sp))! * nw + this.vocab.get(k.slice(sp + 1))!)!] = w;
      }
      this.columns.push(column);
    }
    // The four criteria's weights side by side (a criterion not judged stays 0): one cache line a word.
    this.words4 = new Float64Array(nw * 4);
    this.bigrams4 = new Float64Array((bigrams.size + 1) * 4);
    this.sentences4 = new Float64Array(SENTENCE_FEATURES.length * 4);
    for (const [ci, column] of this.columns.entries()) {
      for (let f = 0; f < nw; f++) this.words4[f * 4 + ci] = column.words[f]!;
      for (let g = 0; g < bigrams.size; g++) this.bigrams4[g * 4 + ci] = column.bigrams[g]!;
      for (let i = 0; i < SENTENCE_FEATURES.length; i++) this.sentences4[i * 4 + ci] = column.sentences[i]!;
    }
    this.sums = new Float64Array(this.criteria.length);
    this.wordSums = new Float64Array(MODEL_CRITERIA.length);
    const rule = file.criteria.childFocus?.sentenceRule,
      at = this.criteria.indexOf('childFocus');
    const bigramOf = (a: number, b: number): number =>
      (this.opens[a]! & (1 << (b & 31))) !== 0 ? this.bigramOf(a, b) : -1;
    if (rule !== undefined && at >= 0) this.focusWeigher = new SentenceWeigher(rule, this.columns[at]!, bigramOf);
  }

  /** A word's number in the model, or -1 (the scorer's word table keeps it as WordInfo.feature). */
  featureOf(t: Pick<WordInfo, 'word' | 'slots'>): number {
    return this.vocab.get(wordKey(t, (w) => this.vocab.has(w))) ?? -1;
  }

  /** The number of the bigram (a, b) of word numbers, or -1. */
  private bigramOf(a: number, b: number): number {
    const id = a * this.keys.length + b,
      keys = this.bigramKeys;
    for (let h = hashOf(id) & this.bigramMask; ; h = (h + 1) & this.bigramMask) {
      const k = keys[h]!;
      if (k === id) return this.bigramSlots[h]!;
      if (k === -1) return -1;
    }
  }

  /** Picks each criterion's column (the lexicon's verdict is in `ev`) and starts its sums: bias and evidence. */
  private start(ev: number): void {
    for (let ci = 0; ci < this.criteria.length; ci++) {
      const column = this.columns[ci]!;
      let s = column.bias;
      for (let rest = ev; rest !== 0; rest &= rest - 1) s += column.evidence[31 - Math.clz32(rest & -rest)]!;
      this.sums[ci] = s;
    }
  }

  /**
   * Adds the weights of the words and bigrams of tokens [0, n), each once, to the criteria's word
   * sums. Unrolled for the four criteria a model can judge (a missing one reads zeros): every
   * token passes through here. Whether a word was seen before in the record is random, so a branch
   * on it was mispredicted often (a tenth of scoring, issue 22's speed): every word adds its
   * weights times 1 the first time and times 0 after, which leaves each sum exactly as adding
   * only the first time would (x + 0 is x; only the sign of a zero sum could differ, and a zero's
   * sign changes no comparison). A pair that is no bigram adds the zero row past the last bigram.
   */
  private sumWords(feats: Int32Array, n: number): void {
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0;
    const w4 = this.words4,
      b4 = this.bigrams4,
      seen = this.seen,
      opens = this.opens,
      bigramSeen = this.bigramSeen,
      keys = this.bigramKeys,
      slots = this.bigramSlots,
      mask = this.bigramMask,
      nw = this.keys.length,
      none = bigramSeen.length - 1;
    const rec = ++this.record;
    let prev = -1;
    for (let k = 0; k < n; k++) {
      const f = feats[k]!;
      if (f < 0) {
        prev = -1;
        continue;
      }
      // 1 when f is new to the record, else 0: (d | -d) has its sign bit set unless d is 0.
      const d = seen[f]! ^ rec;
      seen[f] = rec;
      const fresh = (d | -d) >>> 31,
        at = f << 2;
      s0 += w4[at]! * fresh;
      s1 += w4[at + 1]! * fresh;
      s2 += w4[at + 2]! * fresh;
      s3 += w4[at + 3]! * fresh;
      // The bigram (prev, f), probed in place (bigramOf): its key, then the slots after it.
      if (prev >= 0 && (opens[prev]! & (1 << (f & 31))) !== 0) {
        const id = prev * nw + f;
        let h = hashOf(id) & mask,
          key = keys[h]!;
        while (key !== id && key !== -1) key = keys[(h = (h + 1) & mask)]!;
        const g = key === id ? slots[h]! : none;
        const e = bigramSeen[g]! ^ rec;
        bigramSeen[g] = rec;
        const once = (e | -e) >>> 31,
          bt = g << 2;
        s0 += b4[bt]! * once;
        s1 += b4[bt + 1]! * once;
        s2 += b4[bt + 2]! * once;
        s3 += b4[bt + 3]! * once;
      }
      prev = f;
    }
    const sums = this.wordSums;
    sums[0] = s0;
    sums[1] = s1;
    sums[2] = s2;
    sums[3] = s3;
  }

  /**
   * Whether criterion `ci` is present: the sign of bias + Σ weights (for child focus on a record of `n` >= LONG_RECORD
   * tokens, over FOCUS_MARGIN: round 26, supervisionStanding; for reviews, over REVIEWS_MARGIN: round 28); but what the lexicon found is taken away only by a model
   * that may (`vetoes`, where held-out corpora showed it helps) and only when the record's words weigh against it. The
   * model learnt from whole records, where the words of a longer one lean towards each criterion, so on a record of a
   * line or two it would doubt the lexicon for want of words, not for words that argue against it ("The baby's weight
   * has dropped." is child focus however short). Where it may veto, not for a bit in `noFloor`: the model alone decides.
   */
  private present(ci: number, ev: number, noFloor: number, n: number): boolean {
    const words = this.wordSums[ci]!,
      floor = (ev & this.lexiconBits[ci]!) !== 0 && (!this.vetoes[ci] || (noFloor & this.bits[ci]!) === 0);
    const margin = marginOf(this.criteria[ci]!, n);
    return this.sums[ci]! + words > margin || (floor && (!this.vetoes[ci] || words >= 0));
  }

  /** The scorer's criteria bits for tokens [0, n), evidence `ev` and sentences seen: each modelled criterion as the model judges it; the model alone for `noFloor`'s bits. */
  judge(feats: Int32Array, n: number, ev: number, found: number, sentences: Int32Array, noFloor = 0): number {
    this.start(ev);
    this.sumWords(feats, n);
    // The record's sentence features, added to the word sums: they are the writing's, as words are.
    addSentenceSums(this.sentences4, sentences, this.wordSums);
    let out = found;
    for (let ci = 0; ci < this.criteria.length; ci++)
      out = this.present(ci, ev, noFloor, n) ? out | this.bits[ci]! : out & ~this.bits[ci]!;
    const at = this.focusAt;
    this.focusSum = at < 0 ? 0 : this.sums[at]! + this.wordSums[at]!;
    return out;
  }

  /** Round 43: the child-focus sum of the record judged last (evidence `ev`) less the lexicon's finding: the model's own. */
  focusAlone(ev: number): number {
    const e = this.columns[this.focusAt]?.evidence;
    return e === undefined ? 0 : this.focusSum - (ev & (1 << LF) ? e[LF]! : 0) - (ev & (1 << PO) ? e[PO]! : 0);
  }

  /** For the explanation: per modelled criterion, the verdicts (as judge) and the features that weighed, heaviest first (ties by key). */
  weigh(feats: Int32Array, n: number, ev: number, sentences: Int32Array, noFloor = 0): Map<ModelCriterion, Weighing> {
    this.start(ev);
    this.sumWords(feats, n);
    addSentenceSums(this.sentences4, sentences, this.wordSums);
    const weighed = this.criteria.map((_, ci): Weighed[] => {
      const column = this.columns[ci]!,
        list: Weighed[] = [];
      const done = new Set<string>();
      const add = (key: string, weight: number): void => {
        if (weight === 0 || done.has(key)) return;
        done.add(key);
        list.push({ key, weight });
      };
      for (let e = 0; e < EVIDENCE.length; e++) if ((ev & (1 << e)) !== 0) add(EVIDENCE[e]!, column.evidence[e]!);
      let prev = -1;
      for (let k = 0; k < n; k++) {
        const f = feats[k]!;
        if (f >= 0) add(this.keys[f]!, column.words[f]!);
        const b = prev >= 0 && f >= 0 ? this.bigramOf(prev, f) : -1;
        if (b >= 0) add(bigramKey(this.keys[prev]!, this.keys[f]!), column.bigrams[b]!);
        prev = f;
      }
      for (const i of sentenceFeaturesOf(sentences)) add(SENTENCE_FEATURES[i]!, column.sentences[i]!);
      return list;
    });
    const out = new Map<ModelCriterion, Weighing>();
    for (const [ci, c] of this.criteria.entries()) {
      weighed[ci]!.sort(
        (a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
      );
      const lexicon = (ev & this.lexiconBits[ci]!) !== 0;
      out.set(c, { lexicon, present: this.present(ci, ev, noFloor, n), weighed: weighed[ci]! });
    }
    return out;
  }
}

/** Fibonacci hashing of a bigram's number, for its slot. */
const hashOf = (id: number): number => Math.imul(id, 0x9e3779b1) >>> 7;
/** How the model judged one criterion of a record. */
export interface Weighing {
  /** The lexicon's verdict (which column weighed), and the model's. */
  lexicon: boolean;
  present: boolean;
  weighed: Weighed[];
}
