/**
 * The returns carry no referral, assessment, section 47 or plan ids, so the reader makes them
 * from what identifies the record: kind + child + date (SPEC §6.3). The same file always gives the
 * same ids, so baselines and suppressions line up from run to run and year to year (a plan present
 * in two years' returns gets the same id in both, which is how the years are merged).
 */
import { toIso } from '../../model/day.js';
import { isoDay, isValueError, parseDate } from '../values.js';
import { NO_DAY } from './types.js';

export type RecordKind = 'REF' | 'ASM' | 'S47' | 'CIN' | 'CP' | 'CLA';

/**
 * Answers by date text: a return repeats a few thousand dates over hundreds of thousands of
 * records. Capped so a file of endless distinct junk cannot grow it without bound.
 */
const isoByText = new Map<string, string | null>();

/** ISO date of a return's date text, or null when it is blank or not a date. */
export function isoDate(raw: string): string | null {
  // Already YYYY-MM-DD, a real date in the plausible years (as a census writes every date): the
  // ISO date is the text itself, found without a look-up in the map of every date text.
  if (raw.length === 10 && isoDay(raw) !== undefined) return raw;
  let iso = isoByText.get(raw);
  if (iso === undefined) {
    const d = parseDate(raw);
    iso = typeof d === 'number' && !isValueError(d) ? toIso(d) : null;
    if (isoByText.size < 50_000) isoByText.set(raw, iso);
  }
  return iso;
}

/**
 * Ids within one return file: `CP-<child>-<yyyy-mm-dd>`; a second record of the same kind, child
 * and date gets `~2`, `~3` in file order; a record whose date is unreadable is named by its line.
 *
 * Two different children never make the same base (it ends in the date, or `line` and digits, after
 * the child), so a base can only repeat within one child's records. A return lists each child's
 * records together: they are compared with the few the child already has, and a child greater than
 * the one before (a census lists its children in id order) is new without a look-up; once one is
 * not, children are looked up in a set. A child met again after another (a hand-made file), or one
 * with very many records, turns on the set of every base made, as before: the same ids either way.
 */
export class IdMaker {
  /** Every base made, once a child has come back or run long; null until then. */
  private seen: Set<string> | null = null;
  /** Only those made more than once (few). */
  private readonly repeats = new Map<string, number>();
  /**
   * Children whose records have been named, the child named last and its bases so far. A census
   * lists its children in id order: while each child is greater than the one before, none can
   * have come before and they are only listed; the set of them is made the first time one is not
   * (a set of every child was a tenth of a census's naming).
   */
  private children: Set<string> | null = null;
  private readonly childList: string[] = [];
  private child: string | undefined;
  /**
   * The child's bases so far, the first `localCount`, each as its kind and what follows the child
   * (the lists are reused from child to child: a list per child was most of what ids allocated).
   * Within one child a base is its kind and that tail, so two are compared by those two short
   * strings (a date the scanner shares is the same string), never by the base: comparing made
   * bases made V8 join each one's two parts into a new string at once.
   */
  private readonly localKinds: RecordKind[] = [];
  private readonly localTails: string[] = [];
  private localCount = 0;
  /** Every base made while `seen` is null, to fill it if it is needed (none kept when `made` is given). */
  private all: string[] = [];

  /**
   * `made`: every id this maker has handed out that its caller has kept so far (the census's
   * record keys, cinRecords.ts): the bases are among them, so they need not be kept a second
   * time (a list of every base was 3% of a census's reading). An id with `~n` in it can never
   * be a base (a base ends in a date or `line` and digits), so the extra ones change nothing.
   */
  constructor(private readonly made?: () => Iterable<string>) {}

  /** `day`: rawDate's day when the census scanner knew it (so rawDate is an ISO date), else NO_DAY. */
  make(kind: RecordKind, child: string, rawDate: string, line: number, day = NO_DAY): string {
    const tail = day !== NO_DAY ? rawDate : (isoDate(rawDate) ?? `line${line}`);
    const base = this.prefix(kind, child) + tail;
    let seen = this.seen;
    if (seen === null) {
      if (child !== this.child) {
        if (this.metBefore(child)) seen = this.everyBase();
        else {
          this.child = child;
          this.localCount = 0;
        }
      }
      if (seen === null) {
        const kinds = this.localKinds;
        const tails = this.localTails;
        const n = this.localCount;
        let i = 0;
        while (i < n && (kinds[i] !== kind || tails[i] !== tail)) i++;
        if (i === n) {
          if (!this.made) this.all.push(base);
          kinds[n] = kind;
          tails[n] = tail;
          if ((this.localCount = n + 1) > LOCAL_LIMIT) this.everyBase();
          return base;
        }
        return this.repeat(base);
      }
    }
    const before = seen.size;
    if (seen.add(base).size > before) return base;
    return this.repeat(base);
  }

  /**
   * `<kind>-<child>-` of the child named last, one string per kind (a child has several records).
   * Held in a field per kind, found by a switch: a look-up keyed by the kind's name, six names at
   * one site, went through V8's generic property cache at every id. Each is the kind's `<kind>-`
   * joined to the child's `<child>-`, made once per child: `${kind}-${child}-` made two strings per
   * kind (the kind and child, then that and the dash), a sixth of what making the ids allocated.
   */
  private prefix(kind: RecordKind, child: string): string {
    if (child !== this.prefixChild) {
      this.prefixChild = child;
      this.childDash = `${child}-`;
      this.pREF = this.pASM = this.pS47 = this.pCIN = this.pCP = this.pCLA = '';
    }
    switch (kind) {
      case 'REF':
        return this.pREF || (this.pREF = 'REF-' + this.childDash);
      case 'ASM':
        return this.pASM || (this.pASM = 'ASM-' + this.childDash);
      case 'S47':
        return this.pS47 || (this.pS47 = 'S47-' + this.childDash);
      case 'CIN':
        return this.pCIN || (this.pCIN = 'CIN-' + this.childDash);
      case 'CP':
        return this.pCP || (this.pCP = 'CP-' + this.childDash);
      case 'CLA':
        return this.pCLA || (this.pCLA = 'CLA-' + this.childDash);
    }
  }
  private prefixChild: string | undefined;
  /** `<child>-` of the child named last. */
  private childDash = '';
  private pREF = '';
  private pASM = '';
  private pS47 = '';
  private pCIN = '';
  private pCP = '';
  private pCLA = '';

  /** Whether `child` has been named before; else it is noted as named. */
  private metBefore(child: string): boolean {
    let set = this.children;
    if (set === null) {
      const prev = this.child;
      if (prev === undefined || child > prev) {
        this.childList.push(child);
        return false;
      }
      set = this.children = new Set(this.childList);
      this.childList.length = 0;
    }
    if (set.has(child)) return true;
    set.add(child);
    return false;
  }

  private everyBase(): Set<string> {
    // The child being named's bases are in `local`: its records are kept only once all are named.
    const local: string[] = [];
    for (let i = 0; i < this.localCount; i++)
      local.push(this.prefix(this.localKinds[i]!, this.child!) + this.localTails[i]!);
    this.seen = this.made ? new Set([...this.made(), ...local]) : new Set(this.all);
    this.all = [];
    return this.seen;
  }

  private repeat(base: string): string {
    const n = (this.repeats.get(base) ?? 1) + 1;
    this.repeats.set(base, n);
    return `${base}~${n}`;
  }
}

/** Records of one child compared one by one; more than this and the set of every base is used. */
const LOCAL_LIMIT = 64;
