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
import { SET_BIT } from './supervisionTrie.js';
import type { WordInfo } from './supervisionWords.js';

/** The word class whose words, in a record's first sentence, say the record is about the worker. */
export const WORKER_OPENINGS = 'worker';

export class Whose {
  /** The slot bit of the lexicon's `worker` word class (0 when the lexicon has none). */
  private readonly openingBit: number;
  private sentences = 0;
  /** The word of the first sentence that says the record is about the worker, or null. */
  private opening: string | null = null;

  constructor(lex: CompiledLexicon) {
    this.openingBit = lex.wordClasses.find((c) => c.name === WORKER_OPENINGS)?.bit ?? 0;
  }

  newRecord(): void {
    this.sentences = 0;
    this.opening = null;
  }

  /**
   * Reads one sentence, tokens [from, to): only the record's first counts. `hits`: the phrase sets
   * the matcher found in it; `workerAt`: where its `workerRecord` phrase starts (read only then).
   */
  sentence(toks: readonly WordInfo[], from: number, to: number, hits: number, workerAt: () => number): void {
    if (this.sentences++ !== 0) return;
    if ((hits & SET_BIT.workerRecord) !== 0) {
      this.opening = toks[workerAt()]!.raw;
      return;
    }
    const bit = this.openingBit;
    if (bit !== 0)
      for (let k = from; k < to; k++)
        if ((toks[k]!.slots & bit) !== 0) {
          this.opening = toks[k]!.raw;
          return;
        }
  }

  /** Whether the record read is about the worker. */
  aboutWorker(): boolean {
    return this.opening !== null;
  }

  /** For the explanation ("Why:"): the opening word that made the record the worker's, or undefined. */
  why(): string | undefined {
    return this.opening ?? undefined;
  }
}
