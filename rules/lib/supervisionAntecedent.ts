/**
 * Round 46 (issue 22): whom a pronoun opening a child-focus cue stands for. Round 39's own-words rule
 * skips "she said ..." because a pronoun may be anyone's; but a practice supervisor reads "CHILD SEEN
 * ALONE, SAID SHE IS HAPPY AT SCHOOL", "Seen Ava alone in her room - she said she misses her nan" and
 * "the baby was observed ... she smiled" as the child's. The pronoun stands for the nearest person
 * named before it in its sentence: the child by role (the lexicon's `childrole` word class: "child",
 * "baby", "yp"; "young person"), someone seen alone (the `alone` word class after a word of seeing, or
 * a person just before it: "CHILD SEEN ALONE", "saw Ava alone"), a name, or an adult ("mum", the
 * worker, "Sarah (mother)", the school: the lexicon's `adults`, the `tasked` word class, "I", "we").
 * An adult after a preposition ("seen with mum", "told SW") is an object, not the speaker; another
 * pronoun is passed over ("her mum" is mum). A council adds its own words to the two classes.
 */
import type { CompiledLexicon } from './supervisionLexicon.js';
import { KIND } from './supervisionMatchWords.js';
import { slotBit } from './supervisionTrie.js';
import type { WordInfo } from './supervisionWords.js';

/** The word class naming the child by role, and the one saying someone was seen apart from the adults. */
export const CHILD_ROLE = 'childrole',
  ALONE = 'alone';
/** What a pronoun stands for when it is not a name's token: nobody known, or the child by role (or seen alone). */
export const NOBODY = -2,
  ROLE = -1;

const NAMES = slotBit('name') | slotBit('names'),
  AGE = slotBit('n'),
  ADULT_KINDS = KIND.practitioner | KIND.ownVoice;
/** Words of seeing before "alone" ("seen alone", "spoke to her alone"): the one seen is the child. */
const SEEING: ReadonlySet<string> = new Set(['seen', 'saw', 'see', 'spoke', 'spoken', 'met', 'visited', 'observed']);
/** "young person", "young people": a child's role in two words ("the person" alone may be anyone). */
const YOUNG: ReadonlySet<string> = new Set(['person', 'people']);
/** Words after a role word that make it name a service or a category, not a child ("child protection", "child in need"). */
const SERVICE: ReadonlySet<string> = new Set([
  'protection',
  'in',
  'care',
  'minder',
  'minding',
  'sexual',
  'criminal',
  'exploitation',
  'abuse',
  'arrangements',
  'centre',
  'clinic',
  'group',
  'seat',
]);
/** Words between a preposition and the role it governs ("with a child", "of the two boys"). */
const DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'each',
  'both',
  'two',
  'three',
  'other',
]);
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', 'their']);
/** A role word naming more than one child ("the children", "both girls", "the twins"). */
const plural = (w: string): boolean => w.endsWith('s') || w === 'children' || w === 'people';
/** How far before "alone" the one seen alone is looked for ("seen Ava alone", "CHILD SEEN ALONE"). */
const ALONE_WINDOW = 4;

export class Antecedents {
  private readonly roleBit: number;
  private readonly aloneBit: number;
  private readonly tasked: number;
  /** Whether the name `of` returned last is given as the child's by the sentence itself (an age, seen alone). */
  childsName = false;

  constructor(lex: CompiledLexicon) {
    const bit = (name: string): number => lex.wordClasses.find((c) => c.name === name)?.bit ?? 0;
    this.roleBit = bit(CHILD_ROLE);
    this.aloneBit = bit(ALONE);
    this.tasked = bit('tasked');
  }

  /**
   * Whom the pronoun at token `at` stands for, in its sentence from `from`: ROLE (the child by role, or
   * seen alone), the token number of a name (`childsName` says whether the sentence gives it as the
   * child's: an age, seen alone), or NOBODY (an adult, or no one named before it).
   */
  of(toks: readonly WordInfo[], from: number, at: number): number {
    this.childsName = false;
    const one = !PLURAL_PRONOUNS.has(toks[at]!.word);
    for (let k = at - 1; k >= from; k--) {
      const t = toks[k]!;
      if ((t.kinds & KIND.pronoun) !== 0) continue;
      const adult = this.adult(t);
      if (adult || this.role(toks, from, k)) {
        // An object is not who speaks next ("seen with mum, she said"); nor is "the children" a "she"
        // ("Renata says the children are fine and she does not want ...").
        if (this.object(toks, from, k) || (!adult && one && plural(t.word))) continue;
        return adult ? NOBODY : ROLE;
      }
      if ((t.slots & NAMES) !== 0) {
        this.childsName = k + 1 < toks.length && (toks[k + 1]!.slots & AGE) !== 0;
        return k;
      }
      if ((t.slots & this.aloneBit) !== 0) {
        const seen = this.seenAlone(toks, from, k);
        if (seen !== null) return seen;
      }
    }
    return NOBODY;
  }

  /** An adult ("mum", the worker, "I", the school), wherever it stands. */
  private adult(t: WordInfo): boolean {
    return t.adult || t.adultsOwn || (t.kinds & ADULT_KINDS) !== 0 || (t.slots & this.tasked) !== 0;
  }

  /** The child by role ("child", "yp", "young person"), not a service named by one ("child protection"). */
  private role(toks: readonly WordInfo[], from: number, k: number): boolean {
    const t = toks[k]!;
    if (YOUNG.has(t.word)) return k > from && toks[k - 1]!.word === 'young';
    return (t.slots & this.roleBit) !== 0 && !SERVICE.has(toks[k + 1]!.word);
  }

  /** Whether the word at `k` is an object, after a preposition ("with mum", "told SW", "in front of the child"). */
  private object(toks: readonly WordInfo[], from: number, k: number): boolean {
    let j = YOUNG.has(toks[k]!.word) ? k - 2 : k - 1;
    while (j >= from && DETERMINERS.has(toks[j]!.word)) j--;
    return j >= from && (toks[j]!.kinds & KIND.preposition) !== 0;
  }

  /**
   * Who was seen alone, "alone" at `k`: the nearest person named just before it ("seen Ava alone",
   * "CHILD SEEN ALONE", "saw her alone", "spoke to the child alone"; "Mum seen alone", "spoke to mum
   * alone": NOBODY), else the child when a word of seeing is there ("Seen alone at school, she said
   * ..."); null when neither ("lives alone").
   */
  private seenAlone(toks: readonly WordInfo[], from: number, k: number): number | null {
    let seeing = false;
    for (let j = k - 1; j >= Math.max(from, k - ALONE_WINDOW); j--) {
      const t = toks[j]!;
      if (this.adult(t)) return NOBODY;
      if ((t.kinds & KIND.pronoun) !== 0 || this.role(toks, from, j)) return ROLE;
      if ((t.slots & NAMES) !== 0) {
        this.childsName = true;
        return j;
      }
      seeing ||= SEEING.has(t.word);
    }
    return seeing ? ROLE : null;
  }
}
