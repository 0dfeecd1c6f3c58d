/**
 * A task of the previous record reported done in its own verb (issue 22, round 28): "SW to ask
 * Rowan about contact" then "SW asked Rowan 2/12"; "Hannah to see Sophie-Jade at school by 5/3"
 * then "Hannah saw Sophie-Jade at school 5/3"; "Jordan to update NRM" then "NRM was updated 20/1".
 * supervisionFollowUp's items leave out names (every record names the child) and need a status
 * word; here the task's own verb in the past, with the word it was done to in the same clause, says
 * what became of that very task, as a practice supervisor reads the two records together. Read only
 * on a record with a status word (followUp's status clauses), as the rule's status mark allows.
 */

/** Past forms of the irregular verbs tasks are written with; a regular verb takes -ed (pastForms). */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  see: ['saw', 'seen'],
  meet: ['met'],
  speak: ['spoke', 'spoken'],
  ring: ['rang', 'rung'],
  send: ['sent'],
  write: ['wrote', 'written'],
  tell: ['told'],
  do: ['did', 'done'],
  go: ['went', 'gone'],
  take: ['took', 'taken'],
  get: ['got'],
  give: ['gave', 'given'],
  bring: ['brought'],
  find: ['found'],
  hold: ['held'],
  make: ['made'],
  pay: ['paid'],
  show: ['showed', 'shown'],
  buy: ['bought'],
  teach: ['taught'],
  keep: ['kept'],
};
/** The past forms of a task's verb: irregular, or -d, -ied, -ed and the last consonant doubled ("referred"). */
export function pastForms(verb: string): readonly string[] {
  const irregular = IRREGULAR[verb];
  if (irregular !== undefined) return irregular;
  if (verb.endsWith('e')) return [`${verb}d`];
  if (/[^aeiou]y$/.test(verb)) return [`${verb.slice(0, -1)}ied`];
  return /[aeiou][bdgklmnprt]$/.test(verb) ? [`${verb}ed`, `${verb}${verb.at(-1)!}ed`] : [`${verb}ed`];
}

/**
 * "to VERB [a determiner or a preposition] OBJECT" in the previous record: someone to do something
 * to someone or something. "to be ..." is no verb of a task here ("to be confirmed").
 */
const TASK_VERB =
  /\bto\s+(?!be\b)([a-z]{2,})\s+(?:(?:the|a|an|his|her|their|with|to|about|at|on|for)\s+)?([A-Za-z][A-Za-z'-]{2,})/g;
/** Objects that say nothing of which task it was: pronouns and small words. */
const NO_OBJECT: ReadonlySet<string> = new Set(
  'and the her him his them their this that these those its our your you she they with for who what how when'.split(
    ' ',
  ),
);

/** The words that make a "to VERB" after them a wish, not a task. */
const WISH = /\b(?:like|likes|liked|love|loves|want|wants|wanted|wish|wishes|hope|hopes)\s+$/i;
/** Whether `lower` holds one of the `past` forms followed by a pronoun for a child ("saw her", "met him"). */
function pronounAfter(lower: string, past: readonly string[]): boolean {
  for (const p of past)
    if (hasWord(lower, `${p} her`) || hasWord(lower, `${p} him`) || hasWord(lower, `${p} them`)) return true;
  return false;
}

/** Whether `word` is written in `lower` as a whole word. */
function hasWord(lower: string, word: string): boolean {
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    const before = lower.charCodeAt(at - 1),
      after = lower.charCodeAt(at + word.length);
    if (!(before >= 97 && before <= 122) && !(after >= 97 && after <= 122)) return true;
  }
  return false;
}

/**
 * The clause of the record (`clausesOf()`, split only when the previous record has a task's verb)
 * that reports a task of `before` (the previous record's text and actions) done in the task's own
 * verb, with the verb's object, or null. `taskOrCarried(clause)`: whether the clause sets a task
 * itself (a new one, not a report) or is the previous record's, carried over unchanged.
 */
export function doneInItsVerb(
  before: string,
  clausesOf: () => readonly string[],
  taskOrCarried: (clause: string) => boolean,
): { clause: string; item: string } | null {
  let clauses: readonly string[] | null = null,
    lowers: readonly string[] = [];
  TASK_VERB.lastIndex = 0;
  for (let m = TASK_VERB.exec(before); m !== null; m = TASK_VERB.exec(before)) {
    const object = m[2]!.toLowerCase();
    // Round 40: a wish is no task ("she would like to see her sister more").
    if (NO_OBJECT.has(object) || WISH.test(before.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (clauses === null) {
      clauses = clausesOf();
      lowers = clauses.map((c) => c.toLowerCase());
    }
    const past = pastForms(m[1]!);
    for (let k = 0; k < clauses.length; k++) {
      const lower = lowers[k]!;
      // Round 40: a child the task named, then a pronoun after the verb ("Hannah to see Sophie-Jade", "Hannah saw her 5/3").
      const named = /^[A-Z]/.test(m[2]!);
      if (!(hasWord(lower, object) ? past.some((p) => hasWord(lower, p)) : named && pronounAfter(lower, past)))
        continue;
      if (taskOrCarried(clauses[k]!)) continue;
      return { clause: clauses[k]!, item: object };
    }
  }
  return null;
}
