/**
 * The supervision scorer's statistical model (issue 22): per criterion a logistic regression over
 * the lexicon's evidence (which phrase sets were mentioned, undone, judged; headings; structural
 * cues) and the record's words. Its weights are built by `npm run model`
 * (bench/buildSupervisionModel.ts) from the project's corpora into data/supervision-model.json;
 * nothing is learnt at run time and nothing leaves the machine. A judgement is the sign of the
 * bias plus the weights of the features present, so the words that weighed most can be named.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../../src/engine/paths.js';
import { DATE_TOKEN } from './supervisionDates.js';
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

export interface CriterionWeights {
  bias: number;
  /** By evidence name, word key ("<name>", "<num>", "<date>" for the folded kinds) or "word word" bigram. */
  weights: Record<string, number>;
}
export interface CriterionModel {
  /** Whether the model may take away what the lexicon found (else it can only add what the lexicon missed). */
  vetoes: boolean;
  lexiconAbsent: CriterionWeights;
  lexiconPresent: CriterionWeights;
}
export interface ModelFile {
  description: string;
  /** How the weights were chosen (regularisation, minimum document frequency), for the reader. */
  training: Record<string, unknown>;
  /** Per criterion modelled, the weights for a record where the lexicon found it absent, and present. */
  criteria: Partial<Record<ModelCriterion, CriterionModel>>;
}

const NAMES = slotBit('name') | slotBit('names');
const DIGIT = /\d/;

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

/** One weight column: a criterion's regression for one verdict of the lexicon. */
interface Column {
  readonly bias: number;
  readonly evidence: Float64Array;
}

/** One feature that weighed in a judgement, for the explanation. */
export interface Weighed {
  key: string;
  weight: number;
}

const SIDES = ['lexiconAbsent', 'lexiconPresent'] as const;

/**
 * A model ready to judge. Word weights are kept by number (words × columns, a column per criterion
 * and verdict of the lexicon), and each distinct word's number is looked up once (WordInfo.feature).
 */
export class SupervisionModel {
  private readonly vocab = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly words: Float64Array;
  private readonly bigrams = new Map<number, number>();
  private readonly bigramWeights: Float64Array;
  /** Whether a word opens some bigram, so most words skip the bigram lookup. */
  private readonly opens: Uint8Array;
  private readonly criteria: ModelCriterion[];
  /** The scorer's bit of each criterion modelled, and its lexicon:… evidence bit. */
  private readonly bits: number[];
  private readonly lexiconBits: number[];
  private readonly vetoes: boolean[];
  private readonly columns: Column[] = [];
  /** Per word and bigram number, the record it was last counted in (each counts once a record). */
  private readonly seen: Int32Array;
  private readonly bigramSeen: Int32Array;
  private record = 0;
  /** Per criterion, the column judging the current record, its bias and evidence, and its words' weights. */
  private readonly col: Int32Array;
  private readonly sums: Float64Array;
  private readonly wordSums: Float64Array;

  constructor(file: ModelFile, bits: Readonly<Record<ModelCriterion, number>>) {
    this.criteria = MODEL_CRITERIA.filter((c) => file.criteria[c] !== undefined);
    this.bits = this.criteria.map((c) => bits[c]);
    this.lexiconBits = this.criteria.map((c) => 1 << EV[`lexicon:${c}`]!);
    this.vetoes = this.criteria.map((c) => file.criteria[c]!.vetoes);
    const sides = this.criteria.flatMap((c) => SIDES.map((side) => file.criteria[c]![side]));
    const nc = sides.length;
    const pairs: [string, string, number, number][] = [];
    const wordOf = (k: string): number => {
      let i = this.vocab.get(k);
      if (i === undefined) this.vocab.set(k, (i = this.keys.push(k) - 1));
      return i;
    };
    for (const [ci, side] of sides.entries())
      for (const [k, w] of Object.entries(side.weights)) {
        const sp = k.indexOf(' ');
        if (k in EV) continue;
        if (sp < 0) wordOf(k);
        else pairs.push([k.slice(0, sp), k.slice(sp + 1), ci, w]);
      }
    for (const [a, b] of pairs) (wordOf(a), wordOf(b));
    const nw = this.keys.length;
    this.words = new Float64Array(nw * nc);
    this.opens = new Uint8Array(nw);
    this.seen = new Int32Array(nw);
    for (const [ci, side] of sides.entries()) {
      const evidence = new Float64Array(EVIDENCE.length);
      for (const [k, w] of Object.entries(side.weights)) {
        if (k in EV) evidence[EV[k]!] = w;
        else if (!k.includes(' ')) this.words[this.vocab.get(k)! * nc + ci] = w;
      }
      this.columns.push({ bias: side.bias, evidence });
    }
    for (const [a, b] of pairs) {
      const id = this.vocab.get(a)! * nw + this.vocab.get(b)!;
      if (!this.bigrams.has(id)) this.bigrams.set(id, this.bigrams.size);
      this.opens[this.vocab.get(a)!] = 1;
    }
    this.bigramWeights = new Float64Array(this.bigrams.size * nc);
    this.bigramSeen = new Int32Array(this.bigrams.size);
    for (const [a, b, ci, w] of pairs)
      this.bigramWeights[this.bigrams.get(this.vocab.get(a)! * nw + this.vocab.get(b)!)! * nc + ci] = w;
    this.col = new Int32Array(this.criteria.length);
    this.sums = new Float64Array(this.criteria.length);
    this.wordSums = new Float64Array(this.criteria.length);
  }

  /** The word's number in the model, or -1: worked out once per distinct word (WordInfo.feature). */
  private featureOf(t: WordInfo): number {
    if (t.feature === -2) t.feature = this.vocab.get(wordKey(t, (w) => this.vocab.has(w))) ?? -1;
    return t.feature;
  }

  /** Sums per criterion, each in the column of the lexicon's verdict (in `ev`); `each` sees every feature counted. */
  private sum(toks: readonly WordInfo[], n: number, ev: number, each?: Each): void {
    const nc = this.columns.length,
      sums = this.wordSums,
      col = this.col;
    for (let ci = 0; ci < this.criteria.length; ci++) {
      const c = (col[ci] = 2 * ci + ((ev & this.lexiconBits[ci]!) !== 0 ? 1 : 0));
      const column = this.columns[c]!;
      let s = column.bias;
      for (let rest = ev; rest !== 0; rest &= rest - 1) {
        const e = 31 - Math.clz32(rest & -rest);
        s += column.evidence[e]!;
        if (each) each(ci, EVIDENCE[e]!, column.evidence[e]!);
      }
      this.sums[ci] = s;
      sums[ci] = 0;
    }
    const rec = ++this.record,
      seen = this.seen,
      words = this.words,
      nw = this.keys.length;
    let prev = -1;
    for (let k = 0; k < n; k++) {
      const f = this.featureOf(toks[k]!);
      if (f >= 0) {
        if (seen[f] !== rec) {
          seen[f] = rec;
          for (let ci = 0; ci < sums.length; ci++) {
            sums[ci] += words[f * nc + col[ci]!]!;
            if (each) each(ci, this.keys[f]!, words[f * nc + col[ci]!]!);
          }
        }
        if (prev >= 0 && this.opens[prev] === 1) {
          const b = this.bigrams.get(prev * nw + f);
          if (b !== undefined && this.bigramSeen[b] !== rec) {
            this.bigramSeen[b] = rec;
            for (let ci = 0; ci < sums.length; ci++) {
              sums[ci] += this.bigramWeights[b * nc + col[ci]!]!;
              if (each) each(ci, bigramKey(this.keys[prev]!, this.keys[f]!), this.bigramWeights[b * nc + col[ci]!]!);
            }
          }
        }
      }
      prev = f;
    }
  }

  /**
   * Whether criterion `ci` is present: the sign of bias + Σ weights; but what the lexicon found is
   * taken away only by a model that may (`vetoes`, where held-out corpora showed it helps) and
   * only when the record's words weigh against it. The model learnt from whole records, where the
   * words of a longer one lean towards each criterion, so on a record of a line or two it would
   * doubt the lexicon for want of words, not for words that argue against it ("The baby's weight
   * has dropped." is child focus however short).
   */
  private present(ci: number, ev: number): boolean {
    const words = this.wordSums[ci]!;
    return this.sums[ci]! + words > 0 || ((ev & this.lexiconBits[ci]!) !== 0 && (!this.vetoes[ci] || words >= 0));
  }

  /** The scorer's criteria bits for tokens [0, n) with evidence `ev`: each modelled criterion as the model judges it. */
  judge(toks: readonly WordInfo[], n: number, ev: number, found: number): number {
    this.sum(toks, n, ev);
    let out = found;
    for (let ci = 0; ci < this.criteria.length; ci++)
      out = this.present(ci, ev) ? out | this.bits[ci]! : out & ~this.bits[ci]!;
    return out;
  }

  /**
   * For the explanation: per modelled criterion, whether the lexicon and the model found it, and
   * the features of the record that weighed, heaviest first (ties by key: the same on every run).
   */
  weigh(toks: readonly WordInfo[], n: number, ev: number): Map<ModelCriterion, Weighing> {
    const weighed = this.criteria.map((): Weighed[] => []);
    this.sum(toks, n, ev, (ci, key, weight) => {
      if (weight !== 0) weighed[ci]!.push({ key, weight });
    });
    const out = new Map<ModelCriterion, Weighing>();
    for (const [ci, c] of this.criteria.entries()) {
      weighed[ci]!.sort(
        (a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
      );
      out.set(c, { lexicon: (ev & this.lexiconBits[ci]!) !== 0, present: this.present(ci, ev), weighed: weighed[ci]! });
    }
    return out;
  }
}

type Each = (criterion: number, key: string, weight: number) => void;
/** How the model judged one criterion of a record. */
export interface Weighing {
  /** The lexicon's verdict (which column weighed), and the model's. */
  lexicon: boolean;
  present: boolean;
  weighed: Weighed[];
}

let defaultFile: ModelFile | null | undefined;

/** The project's model (data/supervision-model.json), read once; null when the file is absent. */
export function defaultModelFile(): ModelFile | null {
  if (defaultFile === undefined) {
    try {
      defaultFile = JSON.parse(readFileSync(dataPath('supervision-model.json'), 'utf8')) as ModelFile;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      defaultFile = null;
    }
  }
  return defaultFile;
}
