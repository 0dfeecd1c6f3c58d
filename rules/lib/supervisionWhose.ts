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
import type { PhraseMatcher } from './supervisionMatch.js';
import { EV } from './supervisionModel.js';
import { unbornIn } from './supervisionCues.js';
import type { SupervisionModel } from './supervisionModel.js';
import { StaffCues } from './supervisionStaff.js';
import { marginOf, Standing } from './supervisionStanding.js';
import { PHRASE_SETS, SET_BIT, slotBit } from './supervisionTrie.js';
import type { WordInfo } from './supervisionWords.js';

/** The word class whose words, in a record's first sentence, say the record is about the worker. */
export const WORKER_OPENINGS = 'worker';
const NAMES = slotBit('name') | slotBit('names'),
  AGE = slotBit('n');
const CHILD_FOCUS = PHRASE_SETS.indexOf('childFocus'),
  HEADED = 1 << EV['heading:childFocus']!;
/** A name given with an age ("Jade (6)") is a child's, never the worker's. */
const aged = (toks: readonly WordInfo[], k: number, to: number): boolean =>
  k + 1 < to && (toks[k + 1]!.slots & AGE) !== 0;

/** What the explanation says of a record whose child focus the model alone decided. */
export interface Why {
  /** The opening word that made the record the worker's (round 22). */
  worker?: string;
  /** Round 23: every child-focus cue a bare name or pronoun (supervisionStanding). */
  bare?: boolean;
  /** Round 24: every cue the child's voice named as a topic, or a child's-voice heading with no quotation in the record. */
  alone?: 'topic' | 'heading';
  /** Round 34: child focus taken away because no one sentence conveys it alone; the words of the one that weighed most. */
  thin?: string;
  /** Round 43: child focus taken away because every cue names the worker or supervisor of the heading (supervisionStaff): the name. */
  staff?: string;
}

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
  /** Round 23: whether the record's child-focus cues name the child's own account or only a name or pronoun. */
  private readonly standing: Standing;
  private readonly staff = new StaffCues(); // round 43: cues resting on the heading's staff names

  constructor(lex: CompiledLexicon) {
    this.openingBit = lex.wordClasses.find((c) => c.name === WORKER_OPENINGS)?.bit ?? 0;
    this.standing = new Standing(lex);
  }

  /** The record's text, kept (not copied) for Standing's look for a quotation, read only where a heading decides. */
  private text: string | null = null;

  newRecord(text: string | null): void {
    this.text = text;
    this.sentences = this.nNames = 0;
    this.openingAt = -1;
    this.caseExample = false;
    this.standing.newRecord();
    this.staff.newRecord(text);
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
   * A sentence's child-focus finding, tokens [from, to), its cue where the matcher `m` found it;
   * `cue`: the scorer's child-focus bit, or its bit for a cue resting only on the record's first
   * name or a pronoun (PhraseMatcher.personalOnly), or 0 for none. Standing reads every cue. A cue
   * not resting so, on a record about the worker, with a name there that the first sentence
   * did not give, is a case example, a child the worker brought ("Ruby seemed frightened of the
   * dog", "Jade (6) told Priya she is scared"): stronger evidence than "the children said" or the
   * worker's own name, and the lexicon's finding stands.
   */
  childSentence(toks: readonly WordInfo[], from: number, to: number, m: PhraseMatcher, cue: number): void {
    if (cue === 0) return;
    const personal = cue !== SET_BIT.childFocus;
    this.standing.cue(toks, m.spanStarts[CHILD_FOCUS]!, m.spanEnds[CHILD_FOCUS]!, m.spanCount[CHILD_FOCUS]!);
    this.staff.cue(toks, m.hitStart[CHILD_FOCUS]!, to);
    if (personal || this.openingAt < 0 || this.caseExample) return;
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

  /**
   * The scorer's criteria bits `judged` of the record read (`tokens`, evidence `ev`), child focus taken away where the
   * record has none whatever its cues: it is about an unborn baby (round 17, supervisionCues), or (round 43,
   * supervisionStaff) every cue names the worker or supervisor of its heading and the model (null: none), the
   * lexicon's finding set aside, does not find child focus by itself. Says why in `ex`.
   */
  focusOff(
    judged: number,
    tokens: Parameters<typeof unbornIn>[0],
    model: SupervisionModel | null,
    ev: number,
    ex: { staff?: string; unborn?: string } | null,
  ): number {
    if ((judged & SET_BIT.childFocus) === 0) return judged;
    if (unbornIn(tokens, ex)) return judged ^ SET_BIT.childFocus;
    const name = this.staff.rests((ev & HEADED) !== 0);
    if (name === null || (model !== null && model.focusAlone(ev) > marginOf('childFocus', tokens.n))) return judged;
    if (ex !== null) ex.staff = name;
    return judged ^ SET_BIT.childFocus;
  }

  /** Round 39: whether the record read opens as one about the worker, a case example in it or not. */
  workerOpening(): boolean {
    return this.openingAt >= 0;
  }

  /** Whether the record read is about the worker, its child focus resting on no case example: the model alone decides it. */
  aboutWorker(): boolean {
    return this.openingAt >= 0 && !this.caseExample;
  }

  /**
   * Whether the model alone decides the record's child focus, of `words` tokens: it is about the
   * worker, or (round 23, Standing) every cue is a bare name or pronoun; `ev`: its evidence (the
   * model's bits), which says whether text under a child's-voice heading was credited.
   */
  modelAlone(words: number, ev: number): boolean {
    return this.aboutWorker() || this.standing.modelDecides(words, (ev & HEADED) !== 0, this.text);
  }

  /**
   * For the explanation ("Why:"), with the record's tokens: the opening word that made the record
   * the worker's, when aboutWorker (`worker`); else whether every cue was a bare name or pronoun (`bare`).
   */
  why(toks: readonly WordInfo[], words: number, ev: number): Why {
    if (this.aboutWorker()) return { worker: toks[this.openingAt]!.raw };
    const alone = this.standing.alone(words, (ev & HEADED) !== 0, this.text);
    return alone === null ? {} : alone === 'bare' ? { bare: true } : { alone };
  }
}
