/**
 * Scoring supervision records (SPEC §4.7): does a record speak to the child's experience, reflect
 * on practice, set actions with timescales, review the last actions, or copy the previous record?
 * A scorer is made per lexicon and holds every buffer it reuses (word table, tokens, spans, key
 * set), so there is no shared state between scorers; scoring is synchronous and not re-entrant.
 */
import { KeySet, overlap, type Shingles, shinglesOf, type TextScores, COPY_THRESHOLD } from './supervisionCopy.js';
import type { CompiledLexicon } from './supervisionLexicon.js';
import type { KeyTarget } from './supervisionKeyStore.js';
import { Rows } from './supervisionRows.js';
import { notTheWorkersGround } from './supervisionAccount.js';
import { INFERRING, lastReviewed, reframes } from './supervisionCues.js';
import { statusItem } from './supervisionReview.js';
import { reportedDone } from './supervisionOnTime.js';
import { PhraseMatcher } from './supervisionMatch.js';
import { EV, type ModelCriterion, SupervisionModel, type Weighing } from './supervisionModel.js';
import { defaultModelFile, type ModelFile, type ModelInput, type WordInput } from './supervisionModelData.js';
import { deadlineAt, liveTimescale, pastCue } from './supervisionAgreed.js';
import type { Day } from '../../src/model/day.js';
import type { RecordTexts } from './supervisionFollowUp.js';
import { restoreNames } from './supervisionMatchNames.js';
import { addSentence, classesAlone } from './supervisionSentence.js';
import { SentenceFocus } from './supervisionFocusSentence.js';
import { givesReasonIn } from './supervisionReason.js';
import { type HeadingCredit, readColumn, type SentenceJudge, Tokens } from './supervisionTokens.js';
import { PHRASE_SETS, SET_BIT } from './supervisionTrie.js';
import { MARK, WordTable } from './supervisionWords.js';
import { Whose, type Why } from './supervisionWhose.js';

export interface RecordScore {
  childFocus: boolean;
  reflection: boolean;
  /** At least one action with a timescale. */
  actions: boolean;
  reviewsPrevious: boolean;
  /** Jaccard similarity of word 3-shingles with the previous record; null when there is none. */
  similarity: number | null;
  copied: boolean;
  /** The record's word 3-shingles, to pass as `previous` when scoring the child's next record. */
  shingles: Shingles;
}

/** Bits of `TextScores.bits`: the criteria a row's text meets, and whether it was scored at all. */
export const TEXT_BITS = { childFocus: 1, reflection: 2, actions: 4, reviewsPrevious: 8, scored: 128 } as const;
export const EXPLAINED = ['childFocus', 'reflection', 'actions', 'reviewsPrevious'] as const;
/** For each criterion, the words (as the scorer read them) that made it present; empty when none did. */
export type Explanation = Record<(typeof EXPLAINED)[number], string[]> & { unborn?: string } & Why;

const CHILD_FOCUS_BIT = SET_BIT.childFocus,
  REFLECTION_BIT = SET_BIT.reflection,
  REVIEWS_BIT = SET_BIT.reviewsPrevious;
const CUE_BIT = SET_BIT.actionCues,
  TIMESCALE_BIT = SET_BIT.timescales;
const ACTION_BIT = 1 << PHRASE_SETS.length; // not a phrase set: a sentence with a timescale that counts as an action
/** Not a phrase set: child focus resting only on a name or a pronoun, which a record about the worker does not count. */
const PERSONAL_BIT = 1 << (PHRASE_SETS.length + 1);
const WORKER_BIT = SET_BIT.workerRecord,
  REASONED_BIT = SET_BIT.reasoned;
const MODEL_BITS = {
  childFocus: CHILD_FOCUS_BIT,
  reflection: REFLECTION_BIT,
  actions: ACTION_BIT,
  reviewsPrevious: REVIEWS_BIT,
} as const;
/** The record's evidence bits from the matcher's (sets mentioned, sets undone << 16) and the lexicon's judgements. */
function evidenceOf(matched: number, found: number): number {
  const n = PHRASE_SETS.length,
    sets = (1 << n) - 1;
  return (
    (matched & sets) |
    (((matched >>> 16) & sets) << n) |
    ((found & CHILD_FOCUS_BIT) !== 0 ? 1 << EV['lexicon:childFocus']! : 0) |
    ((found & REFLECTION_BIT) !== 0 ? 1 << EV['lexicon:reflection']! : 0) |
    ((found & ACTION_BIT) !== 0 ? 1 << EV['lexicon:actions']! : 0) |
    ((found & REVIEWS_BIT) !== 0 ? 1 << EV['lexicon:reviewsPrevious']! : 0) |
    ((found & PERSONAL_BIT) !== 0 ? 1 << EV['lexicon:personalOnly']! : 0)
  );
}
/** The evidence bit of text credited under each kind of heading (no key string built per heading). */
const HEADING_EV = {
  childFocus: 1 << EV['heading:childFocus']!,
  reflection: 1 << EV['heading:reflection']!,
  reviewsPrevious: 1 << EV['heading:reviewsPrevious']!,
} as const;
const INDEX = Object.fromEntries(PHRASE_SETS.map((s, i) => [s, i])) as Readonly<
  Record<(typeof PHRASE_SETS)[number], number>
>;

export class SupervisionScorer {
  private readonly table: WordTable;
  private readonly tokens = new Tokens();
  private readonly matcher: PhraseMatcher;
  private readonly keySet = new KeySet();
  private readonly judge: SentenceJudge;
  private readonly credit: HeadingCredit;
  /** Where a label that asks for a reason ("Analysis: this is ... so ...") opened a sentence earlier on this line, or -1. */
  private labelFrom = -1;
  /** Set only while explaining one record: the words found per criterion. */
  private explanation: Explanation | null = null;
  /** While explaining: where in the child-focus list the words of PERSONAL_BIT sentences are. */
  private personalAt: number[] = [];
  /** The record's evidence for the model (supervisionModel EVIDENCE bits), gathered as it is read. */
  private ev = 0;
  private readonly model: SupervisionModel | null;
  /** The record's sentence combinations seen once and twice (supervisionSentence addSentence). */
  private readonly sentences = new Int32Array(2);
  private readonly whose: Whose; // whose experience the record is about (round 22, supervisionWhose)
  private readonly focus: SentenceFocus | null; // round 34: the model's sentence rule of child focus, or null
  private readonly others: ReadonlySet<string>; // round 40: another party's work (lexicon `others`, supervisionAgreed)

  /** `model`: the project's (data/supervision-model.json) unless given; null for the lexicon alone. */
  constructor(
    private readonly lex: CompiledLexicon,
    model: ModelFile | null = defaultModelFile(),
  ) {
    // A council's own child-focus phrases stand (CompiledLexicon.addsChildFocus): the model only adds.
    this.model =
      model === null ? null : new SupervisionModel(model, MODEL_BITS, lex.addsChildFocus ? ['childFocus'] : []);
    this.focus = this.model?.focusWeigher ? new SentenceFocus(this.model.focusWeigher, lex) : null;
    // A word's sentence classes are read once, as the word table describes it; the tokeniser ORs them.
    const words = this.model ?? classesAlone();
    this.table = new WordTable(lex, (info) => words.featureOf(info), words.classOf);
    this.matcher = new PhraseMatcher(lex);
    this.whose = new Whose(lex);
    this.others = lex.wordClasses.find((c) => c.name === 'others')?.words ?? new Set();
    this.judge = (from, to, inActions, endsLine, formula) => {
      const found = this.judgeSentence(from, to, inActions, formula);
      if (endsLine) this.labelFrom = -1;
      return found;
    };
    this.credit = (kind, heading) => {
      if (this.explanation !== null) this.explanation[kind].push(`text under the heading "${heading}"`);
      this.ev |= HEADING_EV[kind];
      return kind === 'childFocus' ? CHILD_FOCUS_BIT : kind === 'reflection' ? REFLECTION_BIT : REVIEWS_BIT;
    };
  }

  /** The criteria bits of the sentence in tokens [from, to). */
  private judgeSentence(from: number, to: number, inActions: boolean, formula: boolean): number {
    const hits = this.matcher.hits(this.tokens.toks, from, to);
    addSentence(this.sentences, this.tokens.classes);
    this.focus?.sentence(from, to, this.tokens.classes);
    this.whose.sentence(this.tokens.toks, from, to, hits, this.matcher.workerAt);
    let found = hits & (CHILD_FOCUS_BIT | REFLECTION_BIT | REVIEWS_BIT);
    // A worry weighed: reflection when the sentence gives a reason (explained by the worry's words).
    // The reason may be the sentence before, when that one is an inference ("So contact has
    // resumed, despite mum's account. Risk has increased."): a change of risk with its ground. Not
    // any reason word before: a child's quoted "because" is not the worker's ground for a score.
    const prev = this.matcher.prevFrom;
    if (
      (found & REFLECTION_BIT) === 0 &&
      (hits & REASONED_BIT) !== 0 &&
      (this.givesReason(from, to, this.matcher.hitStart[INDEX.reasoned]!) ||
        (this.matcher.prevTo > prev && INFERRING.has(this.tokens.toks[prev]!.word))) &&
      !notTheWorkersGround(this.lex, this.tokens, this.matcher, from, to, (found & CHILD_FOCUS_BIT) !== 0)
    ) {
      found |= REFLECTION_BIT;
      this.ev |= 1 << EV['cue:reasonedWithReason']!;
      this.matcher.hitStart[INDEX.reflection] = this.matcher.hitStart[INDEX.reasoned]!;
      this.matcher.hitEnd[INDEX.reflection] = this.matcher.hitEnd[INDEX.reasoned]!;
    } else if ((found & REFLECTION_BIT) === 0 && (hits & REASONED_BIT) !== 0) {
      // Only a one-word reflection heading used as a label mid-line ("... Analysis: this is ...").
      const m = this.matcher;
      if (
        m.hitStart[INDEX.reasoned] === from &&
        m.hitEnd[INDEX.reasoned] === from + 1 &&
        this.lex.reflectionLabels.has(this.tokens.toks[from]!.word)
      )
        this.labelFrom = from;
    } else if (
      (found & REFLECTION_BIT) === 0 &&
      this.labelFrom >= 0 &&
      (found & CHILD_FOCUS_BIT) === 0 &&
      this.givesReason(from, to)
    ) {
      // A later sentence on the label's line gives its reason; one about the child ("Poppy said
      // she likes him because ...") is the child's account, not the worker's ground.
      found |= REFLECTION_BIT;
      this.matcher.hitStart[INDEX.reflection] = this.labelFrom;
      this.matcher.hitEnd[INDEX.reflection] = this.labelFrom + 1;
    }
    const toks = this.tokens.toks,
      m = this.matcher;
    // A date passed at the record's own date, or that date (round 26), or a date of work done (round 33): not live.
    const timed = (hits & TIMESCALE_BIT) !== 0 && liveTimescale(this.tokens, from, to, m.hitStart, m.hitEnd);
    const imperative =
      timed && !inActions && this.lex.imperatives.has(toks[from]!.word) && !this.pastTense(from + 1, to);
    // "Actions agreed on 3 March: referral made", "plan agreed at the review 21/1": a cue dating the past, not a task.
    const cued =
      (hits & CUE_BIT) !== 0 &&
      !pastCue(toks, from, m.hitStart, m.hitEnd, (hits & REVIEWS_BIT) !== 0, timed, to, this.others);
    // "ICPC within 15 working days": a deadline is a task even without a cue, unless it is past.
    const deadline =
      timed && !cued && deadlineAt(this.lex, toks, from, to, m.hitStart, m.hitEnd) && !this.pastTense(from, to);
    if (timed && (inActions || imperative || cued || deadline)) found |= ACTION_BIT;
    // The actions column, and an action's words from its cue on, say what is to be done, not what
    // was heard or weighed: "SW to see Tyler alone by Friday and record what he says".
    const taskFrom =
      inActions || ((found & ACTION_BIT) !== 0 && imperative)
        ? from
        : (found & ACTION_BIT) === 0
          ? to
          : cued
            ? m.hitStart[INDEX.actionCues]!
            : m.hitStart[INDEX.timescales]!;
    if ((found & CHILD_FOCUS_BIT) !== 0 && this.matcher.hitStart[INDEX.childFocus]! >= taskFrom) {
      found &= ~CHILD_FOCUS_BIT;
      this.ev |= 1 << EV['cue:childFocusInTask']!;
    }
    if ((found & REFLECTION_BIT) !== 0 && this.matcher.hitStart[INDEX.reflection]! >= taskFrom) {
      found &= ~REFLECTION_BIT;
      this.ev |= 1 << EV['cue:reflectionInTask']!;
    }
    if ((found & (REFLECTION_BIT | ACTION_BIT)) === 0 && !inActions) {
      const end = reframes(this.tokens.toks, from, to);
      if (end > 0) {
        found |= REFLECTION_BIT;
        this.ev |= 1 << EV['cue:reframes']!;
        m.hitStart[INDEX.reflection] = from;
        m.hitEnd[INDEX.reflection] = end;
      }
    }
    if ((found & REVIEWS_BIT) === 0 && !inActions) {
      let at = (this.matcher.marks & MARK.last) === 0 ? -1 : lastReviewed(toks, from, to);
      // Two items running, each closed by its status: the last actions listed without a heading.
      if (at < 0 && statusItem(toks, from, to) && m.prevTo > m.prevFrom && statusItem(toks, m.prevFrom, m.prevTo))
        at = m.prevFrom;
      if (at >= 0) {
        found |= REVIEWS_BIT;
        this.ev |= 1 << EV['cue:lastWithOutcome']!;
        m.hitStart[INDEX.reviewsPrevious] = at;
        m.hitEnd[INDEX.reviewsPrevious] = at + 2;
      }
    }
    // A Signs of Safety danger statement or safety goal states the worry or the goal to a formula; it does not weigh it.
    if (formula) found &= ~REFLECTION_BIT;
    if ((found & CHILD_FOCUS_BIT) !== 0 && this.matcher.personalOnly) found ^= CHILD_FOCUS_BIT | PERSONAL_BIT;
    found |= hits & WORKER_BIT;
    // Round 39: the child's own words with content (supervisionFocusSentence OwnWords).
    if ((found & (CHILD_FOCUS_BIT | PERSONAL_BIT)) !== 0) this.focus?.own(toks, m, from, to);
    if (this.explanation !== null && found !== 0) this.note(found, cued && !inActions && !imperative);
    this.whose.childSentence(toks, from, to, m, found & (CHILD_FOCUS_BIT | PERSONAL_BIT));
    return found;
  }

  /** Whether tokens [from, to) hold a word that gives a reason (supervisionReason givesReasonIn). */
  private givesReason(from: number, to: number, mention = -1): boolean {
    return givesReasonIn(this.lex, this.matcher.marks, this.tokens.toks, from, to, mention);
  }

  /** Whether tokens [from, to) hold a word that marks a past event ("completed", "held"). */
  private pastTense(from: number, to: number): boolean {
    if ((this.matcher.marks & MARK.past) === 0) return false;
    for (let k = from; k < to; k++) if ((this.tokens.toks[k]!.marks & MARK.past) !== 0) return true;
    return false;
  }

  /** Adds the words behind a sentence's hits to the explanation. */
  private note(found: number, showCue: boolean): void {
    const ex = this.explanation!;
    const words = (set: number): string => {
      const m = this.matcher;
      return this.tokens.toks
        .slice(m.hitStart[set], m.hitEnd[set])
        .map((t) => (t.word === '\u0001date' ? '[date]' : t.word))
        .join(' ');
    };
    if (found & CHILD_FOCUS_BIT) ex.childFocus.push(words(INDEX.childFocus));
    if (found & PERSONAL_BIT) this.personalAt.push(ex.childFocus.push(words(INDEX.childFocus)) - 1);
    if (found & REFLECTION_BIT) ex.reflection.push(words(INDEX.reflection));
    if (found & REVIEWS_BIT) ex.reviewsPrevious.push(words(INDEX.reviewsPrevious));
    if (found & ACTION_BIT) {
      ex.actions.push(showCue ? `${words(INDEX.actionCues)} … ${words(INDEX.timescales)}` : words(INDEX.timescales));
    }
  }

  /** Tokenises a record's text and actions; returns the criteria bits found. `date`: the row's (StaleDates). */
  private read(recordText: string | null, actions: string | null, date: Day | null = null): number {
    this.tokens.n = 0;
    this.labelFrom = -1;
    this.ev = 0;
    this.sentences[0] = this.sentences[1] = 0;
    this.focus?.newRecord();
    this.matcher.newRecord();
    this.whose.newRecord(recordText);
    const text = this.tokens.stale.newRecord(recordText ? restoreNames(this.lex, recordText) : '', actions, date);
    this.tokens.newRecord(text, actions ?? '');
    let found = 0;
    if (text) found |= readColumn(this.lex, this.table, this.tokens, text, false, this.judge, this.credit);
    if (actions) found |= readColumn(this.lex, this.table, this.tokens, actions, true, this.judge, this.credit);
    // In a record about the worker ("ASYE supervision"), a name or a pronoun is the worker's.
    if ((found & PERSONAL_BIT) !== 0 && (found & WORKER_BIT) === 0) found |= CHILD_FOCUS_BIT;
    this.ev |= evidenceOf(this.matcher.evidence, found);
    const m = this.model,
      alone = this.noFloor();
    let judged = m === null ? found : m.judge(this.tokens.feats, this.tokens.n, this.ev, found, this.sentences, alone);
    // Round 34: on a long record, child focus needs one sentence that conveys it by its own words.
    if ((judged & CHILD_FOCUS_BIT) !== 0 && this.focus?.takesAway(this.tokens.feats)) judged ^= CHILD_FOCUS_BIT;
    // Rounds 39 and 42: the child's own words with content stand, the child sure or the model's sum over a bound (not in a worker's record).
    if (this.focus?.stands((found & alone) !== 0, m, this.tokens.n, this.whose.workerOpening(), this.ev) === true)
      judged |= CHILD_FOCUS_BIT;
    // Rounds 17 and 43: a record about an unborn baby, or whose cues name only the staff of its heading (supervisionWhose).
    judged = this.whose.focusOff(judged, this.tokens, m, this.ev, this.explanation);
    // An earlier item ticked off ("CMH 9/12 – done", round 15; "filed 26/2 (on time)", round 35; with a status word) or done as agreed (round 47; the lexicon's markers, round 50), after the model.
    if ((judged & REVIEWS_BIT) !== 0) return judged;
    return reportedDone(recordText, this.explanation, this.tokens.status, this.lex) ? judged | REVIEWS_BIT : judged;
  }
  /** Rounds 22-23: the model alone decides child focus on a record about the worker or whose cues are bare names (supervisionWhose). */
  private noFloor(): number {
    return this.whose.modelAlone(this.tokens.n, this.ev) ? CHILD_FOCUS_BIT : 0;
  }
  /** What the model reads of a record (bench/buildSupervisionModel.ts): the lexicon's evidence bits and the words. */
  modelInput(recordText: string | null, actions: string | null): ModelInput {
    this.read(recordText, actions);
    const words: WordInput[] = [];
    for (let k = 0; k < this.tokens.n; k++)
      words.push({ word: this.tokens.toks[k]!.word, slots: this.tokens.toks[k]!.slots });
    return { evidence: this.ev, words, sentences: [...this.sentences] };
  }

  /** For the explanation: per criterion the model judges, its verdict and the features that weighed, heaviest first. */
  weigh(recordText: string | null, actions: string | null, date: Day | null = null): Map<ModelCriterion, Weighing> {
    if (this.model === null) return new Map();
    this.read(recordText, actions, date);
    return this.model.weigh(this.tokens.feats, this.tokens.n, this.ev, this.sentences, this.noFloor());
  }

  /** Scores one record; `previous`: the child's previous record's shingles, or null; `date`: the row's, if known (StaleDates). The same text, date and lexicon always give the same score. */
  scoreRecord(
    recordText: string | null,
    actions: string | null,
    previous: Shingles | null = null,
    copyThreshold = COPY_THRESHOLD,
    date: Day | null = null,
  ): RecordScore {
    const found = this.read(recordText, actions, date);
    const shingles = shinglesOf(this.keySet, this.tokens.hashes, this.tokens.n);
    // The record's shingles are still in the key set, so the previous record's are looked up there.
    const similarity = previous === null ? null : overlap(this.keySet, shingles, previous);
    return {
      childFocus: (found & CHILD_FOCUS_BIT) !== 0,
      reflection: (found & REFLECTION_BIT) !== 0,
      actions: (found & ACTION_BIT) !== 0,
      reviewsPrevious: (found & REVIEWS_BIT) !== 0,
      similarity,
      copied: similarity !== null && similarity >= copyThreshold,
      shingles,
    };
  }

  /** Which words made each criterion present in a record dated `date` (each criterion's list is empty when none did). */
  explain(recordText: string | null, actions: string | null, date: Day | null = null): Explanation {
    const ex: Explanation = { childFocus: [], reflection: [], actions: [], reviewsPrevious: [] };
    this.explanation = ex;
    this.personalAt = [];
    try {
      const found = this.read(recordText, actions, date);
      if ((found & WORKER_BIT) !== 0) ex.childFocus = ex.childFocus.filter((_, i) => !this.personalAt.includes(i));
      if (this.model !== null && this.focus?.held !== true)
        Object.assign(ex, this.whose.why(this.tokens.toks, this.tokens.n, this.ev));
      if (this.focus?.thinned === true) ex.thin = this.focus.nearest(this.tokens.toks); // round 34: the nearest sentence
    } finally {
      this.explanation = null;
    }
    return ex;
  }

  /**
   * Criteria (exactly scoreRecord's) and word 3-shingles of `n` rows, by row position, in flat typed arrays a worker
   * hands over without copying. `textOf(i)`: row i's text and actions (and date, when known), or null (not scored:
   * bits 0, no keys). Row i's keys: keys[start[i] .. start[i + 1]), written to `into` (KeyTurns, for batches) or a
   * store of their own. `status`: 1 where the text may hold a status (Tokens.status); `inter`: per row, how many of
   * its keys row i - 1 has, or -1 (Rows).
   */
  scoreTexts(
    n: number,
    textOf: (i: number) => RecordTexts | null,
    into?: KeyTarget,
    status = new Uint8Array(n),
    inter?: Int32Array,
  ): TextScores {
    const rows = new Rows(n, into, inter, this.keySet);
    let lastStatus = 0;
    for (let i = 0; i < n; i++) {
      const text = textOf(i);
      status[i] = lastStatus; // a row settled by the last read row's text takes its status
      if (rows.settled(i, text) || text === null) continue;
      const found = this.read(text[0], text[1], text[2] ?? null);
      status[i] = lastStatus = this.tokens.status ? 1 : 0;
      const bits =
        TEXT_BITS.scored |
        ((found & CHILD_FOCUS_BIT) !== 0 ? TEXT_BITS.childFocus : 0) |
        ((found & REFLECTION_BIT) !== 0 ? TEXT_BITS.reflection : 0) |
        ((found & ACTION_BIT) !== 0 ? TEXT_BITS.actions : 0) |
        ((found & REVIEWS_BIT) !== 0 ? TEXT_BITS.reviewsPrevious : 0);
      rows.read(i, text, bits, this.keySet, this.tokens.hashes, this.tokens.n, this.tokens.stale.usedDate);
    }
    return rows.done();
  }
}
