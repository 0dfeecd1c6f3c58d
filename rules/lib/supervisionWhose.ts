/**
 * Whose experience a record is about (issue 22, round 22). Supervision of the worker's own
 * development (ASYE or NQSW supervision, a student's placement, the worker's wellbeing) reports
 * what the worker said and felt; a child appears, if at all, as a case example. There "she said"
 * or "he felt" is the worker, and the lexicon's child-focus cues ("{name} said", "felt") fire on the
 * worker's words. The judgement rests on the record's opening, not on names or pronouns: a record
 * whose first sentence names the worker's development (a `workerRecord` phrase: "ASYE month 6 -
 * Jade", "NQSW supervision") or holds a word of the lexicon's `worker` word class is about the
 * worker. On such a record the lexicon's child-focus cue is not enough by itself: the model,
 * which weighs the whole record's words, decides (SupervisionModel.judge, `noFloor`).
 *
 * Kept apart from the scorer, which is at its size limit; the scorer calls `sentence` once a
 * sentence (a bit test on the first sentence only) and `aboutWorker` once a record.
 */
import type { CompiledLexicon } from './supervisionLexicon.js';
import { SET_BIT, slotBit } from './supervisionTrie.js';
import type { WordInfo } from './supervisionWords.js';

/** The word class whose words, in a record's first sentence, say the record is about the worker. */
export const WORKER_OPENINGS = 'worker';
const NAMES = slotBit('name') | slotBit('names'),
  AGE = slotBit('n');
/** A name given with an age ("Jade (6)") is a child's, never the worker's. */
const aged = (toks: readonly WordInfo[], k: number, to: number): boolean =>
  k + 1 < to && (toks[k + 1]!.slots & AGE) !== 0;

export class Whose {
  /** The slot bit of the lexicon's `worker` word class (0 when the lexicon has none). */
  private readonly openingBit: number;
  private sentences = 0;
  /** Where the first sentence's word that says the record is about the worker stands, or -1. */
  private openingAt = -1;
  /** The worker's names (their words' hashes: no string kept a record), and whether a child-focus sentence named someone else. */
  private readonly names = new Int32Array(8);
  private nNames = 0;
  private caseExample = false;

  constructor(lex: CompiledLexicon) {
    this.openingBit = lex.wordClasses.find((c) => c.name === WORKER_OPENINGS)?.bit ?? 0;
  }

  newRecord(): void {
    this.sentences = this.nNames = 0;
    this.openingAt = -1;
    this.caseExample = false;
  }

  /**
   * Reads one sentence, tokens [from, to): the record's first says whether it is about the worker.
   * `hits`: the phrase sets the matcher found in it; `workerAt`: where its `workerRecord` phrase
   * starts (read only then). The worker's names are the first sentence's, or the second's when the
   * first names no one ("ASYE. Sasha, month 2."); read only on a record about the worker.
   */
  sentence(toks: readonly WordInfo[], from: number, to: number, hits: number, workerAt: () => number): void {
    const s = this.sentences++;
    if (s === 0) {
      if ((hits & SET_BIT.workerRecord) !== 0) this.openingAt = workerAt();
      else if (this.openingBit !== 0)
        for (let k = from; k < to && this.openingAt < 0; k++)
          if ((toks[k]!.slots & this.openingBit) !== 0) this.openingAt = k;
      if (this.openingAt < 0) return;
    } else if (s !== 1 || this.openingAt < 0 || this.nNames !== 0) return;
    for (let k = from; k < to && this.nNames < this.names.length; k++)
      if ((toks[k]!.slots & NAMES) !== 0 && !aged(toks, k, to)) this.names[this.nNames++] = toks[k]!.hash;
  }

  /**
   * A sentence the lexicon found child focus in, tokens [from, to): on a record about the worker,
   * a name there that the first sentence did not give is a case example, a child the worker brought
   * ("Ruby seemed frightened of the dog", "Jade (6) told Priya she is scared"): stronger evidence
   * than "the children said" or the worker's own name, and the lexicon's finding stands.
   */
  childSentence(toks: readonly WordInfo[], from: number, to: number): void {
    if (this.openingAt < 0 || this.caseExample) return;
    for (let k = from; k < to; k++)
      if ((toks[k]!.slots & NAMES) !== 0 && (aged(toks, k, to) || !this.workers(toks[k]!.hash))) {
        this.caseExample = true;
        return;
      }
  }

  private workers(hash: number): boolean {
    for (let i = 0; i < this.nNames; i++) if (this.names[i] === hash) return true;
    return false;
  }

  /** Whether the record read is about the worker, its child focus resting on no case example: the model alone decides it. */
  aboutWorker(): boolean {
    return this.openingAt >= 0 && !this.caseExample;
  }

  /** For the explanation ("Why:"), with the record's tokens: the opening word that made the record the worker's, when aboutWorker. */
  why(toks: readonly WordInfo[]): string | undefined {
    return this.aboutWorker() ? toks[this.openingAt]!.raw : undefined;
  }
}
