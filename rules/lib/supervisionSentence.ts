/**
 * Sentence features for the supervision model (issue 22): a supervisor's reasoning shows less in
 * single words than in what a sentence holds together — a worry with its cause ("the worry is that
 * … because"), a hedge with an inference ("which may suggest"), a contrast with a judgement
 * ("however the risk"), a change over time with its reason ("has improved since … because"), the
 * supervisor's own "I think" / "we agreed". Each word may belong to a few small classes; a
 * sentence's classes are ORed as its words are tokenised (each word's classes kept on it in the word
 * table, one OR a token), and the record notes the combinations of classes its sentences hold. The
 * model weighs "at least one such sentence" and "at least two", by name, so its judgements stay
 * explainable ("<hedge+reason>" in the report: a sentence with a hedge and a reason).
 */

/** The word classes; each word is a lower-case token as the scorer reads it. */
export const SENTENCE_CLASSES = {
  hedge: [
    'may',
    'might',
    'could',
    'perhaps',
    'possibly',
    'possible',
    'likely',
    'unlikely',
    'probably',
    'wonder',
    'wondered',
    'suspect',
    'seems',
    'seemed',
    'appears',
    'suggests',
    'suggest',
    'suggesting',
    'unclear',
    'unsure',
    'whether',
    'think',
    'thinks',
    'thought',
    'sense',
    'hypothesis',
    'balance',
  ],
  reason: [
    'because',
    'so',
    'therefore',
    'means',
    'meaning',
    'why',
    'reason',
    'due',
    'given',
    'explains',
    'explain',
    'hence',
    'linked',
    'link',
    'cause',
    'caused',
    'result',
    'driven',
    'which',
  ],
  judgement: [
    'risk',
    'risks',
    'worry',
    'worried',
    'worrying',
    'concern',
    'concerns',
    'concerning',
    'safe',
    'unsafe',
    'safety',
    'harm',
    'vulnerable',
    'pattern',
    'significant',
    'evidence',
    'consistent',
    'inconsistent',
    'escalating',
    'protective',
    'strength',
    'impact',
  ],
  self: ['i', 'we', 'my', 'our', "i'm", "we've", "i've", "i'd", "we'd", "i'll"],
  contrast: ['however', 'although', 'but', 'whereas', 'yet', 'despite', 'though', 'whilst', 'rather', 'instead'],
  change: [
    'since',
    'improved',
    'improving',
    'deteriorated',
    'deteriorating',
    'worse',
    'better',
    'previously',
    'compared',
    'changed',
    'change',
    'anymore',
    'increased',
    'reduced',
    'sustained',
  ],
} as const satisfies Record<string, readonly string[]>;

export type SentenceClass = keyof typeof SENTENCE_CLASSES;
const CLASS_NAMES = Object.keys(SENTENCE_CLASSES) as SentenceClass[];

/** The bit of the judgement-of-risk class in a sentence's classes (Tokens.classes). */
export const JUDGEMENT_BIT = 1 << CLASS_NAMES.indexOf('judgement');

/** Each class alone, then each pair of classes, in a fixed order: what a sentence can hold. */
export const COMBOS: readonly string[] = [
  ...CLASS_NAMES,
  ...CLASS_NAMES.flatMap((a, i) => CLASS_NAMES.slice(i + 1).map((b) => `${a}+${b}`)),
];
/**
 * The model's sentence features by name: per combination, at least one sentence ("<hedge+reason>")
 * and at least two ("<<hedge+reason>>"). No digit, space or colon: those mark numbers, bigrams and
 * the lexicon's evidence in the model file.
 */
export const SENTENCE_FEATURES: readonly string[] = COMBOS.flatMap((c) => [`<${c}>`, `<<${c}>>`]);
const FEATURE_INDEX: ReadonlyMap<string, number> = new Map(SENTENCE_FEATURES.map((k, i) => [k, i]));
/** The index of a sentence feature by its name, or -1 when the key is not one. */
export const sentenceFeature = (key: string): number => FEATURE_INDEX.get(key) ?? -1;

const CLASS_LABELS: Readonly<Record<SentenceClass, string>> = {
  hedge: 'a hedge',
  reason: 'a reason',
  judgement: 'a judgement of risk',
  self: 'I/we',
  contrast: 'a contrast',
  change: 'a change over time',
};
/** How a sentence feature reads in the explanation: "[a sentence with a hedge and a reason]". */
export function describeSentenceFeature(key: string): string {
  const i = sentenceFeature(key);
  const combo = COMBOS[i >> 1]!.split('+').map((c) => CLASS_LABELS[c as SentenceClass]);
  return `[${(i & 1) === 0 ? 'a sentence' : 'two or more sentences'} with ${combo.join(' and ')}]`;
}

/** A word's class bits (0 for a word in none). */
export const CLASS_BITS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [i, name] of CLASS_NAMES.entries())
    for (const w of SENTENCE_CLASSES[name]) m.set(w, (m.get(w) ?? 0) | (1 << i));
  return m;
})();

/** For each set of classes a sentence holds, the bits of the COMBOS it holds (a table, not a loop a sentence). */
export const COMBOS_OF: Int32Array = (() => {
  const t = new Int32Array(1 << CLASS_NAMES.length);
  for (let mask = 0; mask < t.length; mask++) {
    let bits = 0;
    for (const [ci, combo] of COMBOS.entries()) {
      const need = combo.split('+').reduce((b, name) => b | (1 << CLASS_NAMES.indexOf(name as SentenceClass)), 0);
      if ((mask & need) === need) bits |= 1 << ci;
    }
    t[mask] = bits;
  }
  return t;
})();

/**
 * Adds a sentence holding the classes `mask` (its words' WordInfo.classes ORed by the tokeniser as
 * it read them, Tokens.classes) to a record's `seen`: seen[0] has the COMBOS bits of the
 * combinations in at least one sentence, seen[1] in at least two (all the model weighs, so no
 * counts are kept).
 */
export function addSentence(seen: Int32Array, mask: number): void {
  const combos = COMBOS_OF[mask]!;
  seen[1] |= seen[0]! & combos;
  seen[0] |= combos;
}

/** The sentence features of a record's `seen` (addSentence), as indexes into SENTENCE_FEATURES. */
export function sentenceFeaturesOf(seen: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let c = 0; c < COMBOS.length; c++) {
    if ((seen[0]! >>> c) & 1) out.push(2 * c);
    if ((seen[1]! >>> c) & 1) out.push(2 * c + 1);
  }
  return out;
}

/**
 * For a scorer without a model (the lexicon alone, and the model's builder, which reads records so):
 * a word's number is its place among the class words, and its classes by that number + 1.
 */
export function classesAlone(): { featureOf: (info: { word: string }) => number; classOf: Int32Array } {
  const words = new Map([...CLASS_BITS.keys()].map((w, i) => [w, i]));
  return { featureOf: (info) => words.get(info.word) ?? -1, classOf: Int32Array.from([0, ...CLASS_BITS.values()]) };
}

/**
 * The weights of a record's sentence features (`seen`, addSentence), added to `sums`, four criteria
 * side by side (`weights4`: four a feature, by SENTENCE_FEATURES; a missing criterion reads zeros).
 * Each criterion's weights are added from 0, seen[0]'s features lowest first, then seen[1]'s, and
 * that total is added to its sum: the same sums as a loop per criterion, with one walk of the bits.
 */
export function addSentenceSums(weights4: Float64Array, seen: Int32Array, sums: Float64Array): void {
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0;
  for (let half = 0; half < 2; half++)
    for (let b = seen[half]!; b !== 0; b &= b - 1) {
      const at = (2 * (31 - Math.clz32(b & -b)) + half) << 2;
      s0 += weights4[at]!;
      s1 += weights4[at + 1]!;
      s2 += weights4[at + 2]!;
      s3 += weights4[at + 3]!;
    }
  sums[0]! += s0;
  sums[1]! += s1;
  sums[2]! += s2;
  sums[3]! += s3;
}
