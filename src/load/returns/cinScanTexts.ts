/**
 * The strings the census scanner (cinScan.ts) makes from its bytes, each shared: element names and
 * the leaf texts that repeat (dates, short codes). Each is found in a fixed table of slots from a
 * number made of its bytes, never by making a string to look it up; a Map's look-up was the
 * scanner's costliest line. A text or name with no slot of its own is made afresh: the same
 * string, only not shared. Each table is under the size V8 allocates apart (128 KB), which cost
 * more per file than it saved.
 */

import { isoDay } from '../values.js';
import { NO_DAY } from './types.js';

/** Slots for dates and for codes: a census has a few thousand distinct dates and fewer codes. */
const DATE_BITS = 14;
const CODE_BITS = 11;
/** Slots of the element names a census shares (it has about sixty), and the most tried per name. */
const NAME_BITS = 9;
const NAME_PROBES = 8;
/** Longer names are not shared (their key would not be a small integer). */
const NAME_MAX = 4096;

/**
 * The text of ASCII bytes `from` to `to`. Up to eight made in JavaScript: Buffer's toString goes
 * through its encoding look-up and a call into C++, about five times the cost for a short text
 * (a census's child ids and `false` flags, about two a child).
 */
export function ascii(b: Buffer, from: number, to: number): string {
  const f = from;
  switch (to - from) {
    case 5:
      // `false`, a census's ReferralNFA (one a referral): one shared string, not a new one each.
      if (b[f] === 102 && b[f + 1] === 97 && b[f + 2] === 108 && b[f + 3] === 115 && b[f + 4] === 101) return 'false';
      return String.fromCharCode(b[f]!, b[f + 1]!, b[f + 2]!, b[f + 3]!, b[f + 4]!);
    case 6:
      return String.fromCharCode(b[f]!, b[f + 1]!, b[f + 2]!, b[f + 3]!, b[f + 4]!, b[f + 5]!);
    case 7:
      return String.fromCharCode(b[f]!, b[f + 1]!, b[f + 2]!, b[f + 3]!, b[f + 4]!, b[f + 5]!, b[f + 6]!);
    case 8:
      return String.fromCharCode(b[f]!, b[f + 1]!, b[f + 2]!, b[f + 3]!, b[f + 4]!, b[f + 5]!, b[f + 6]!, b[f + 7]!);
  }
  return b.toString('latin1', from, to);
}

/**
 * A leaf's ASCII text. Most are ISO dates and short codes, which repeat across a census's records:
 * each is one shared string. The builder's maps then hash each of them once (V8 keeps a string's
 * hash), and the collector has far fewer young strings to sweep. Anything else is decoded as it is.
 */
export class LeafTexts {
  // Each slot holds its key plus one (0: empty; the key of 0000-00-00 is 0) and its text.
  private readonly dateKeys = new Int32Array(1 << DATE_BITS);
  private readonly dateTexts: string[] = new Array<string>(1 << DATE_BITS);
  /** Each date slot's day (isoDay of its text), or NO_DAY when isoDay gives none. */
  private readonly dateDays = new Int32Array(1 << DATE_BITS);
  /**
   * The day of the text at() gave last when it is a date isoDay reads (what the loader's date
   * parser answers first), else NO_DAY (not such a date, or not known here: the caller reads the
   * text).
   * Worked out once per slot, not at every record: a census repeats a few thousand dates.
   */
  day = NO_DAY;
  private readonly codeKeys = new Int32Array(1 << CODE_BITS);
  private readonly codeTexts: string[] = new Array<string>(1 << CODE_BITS);

  /** The text of the ASCII bytes from `from` to `to`. */
  at(b: Buffer, from: number, to: number): string {
    const n = to - from;
    let key = 0;
    let keys: Int32Array;
    let texts: string[];
    let bits: number;
    this.day = NO_DAY;
    if (n === 10 && b[from + 4] === 45 && b[from + 7] === 45) {
      // YYYY-MM-DD: its eight digits as one number below 10^8 (a small integer to V8).
      for (let k = from; k < to; k++) {
        if (k === from + 4 || k === from + 7) continue;
        const d = b[k]! - 48;
        if (d < 0 || d > 9) return ascii(b, from, to);
        key = key * 10 + d;
      }
      return this.dated(b, from, key);
    } else if (n <= 4) {
      // Up to four ASCII characters, seven bits each after a leading 1 (so "0" and "00" differ).
      key = 1;
      for (let k = from; k < to; k++) key = key * 128 + b[k]!;
      keys = this.codeKeys;
      texts = this.codeTexts;
      bits = CODE_BITS;
    } else return ascii(b, from, to);
    // The key is the text (exact), so a slot holding it holds this very text.
    const slot = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
    if (keys[slot] === key + 1) return texts[slot]!;
    const s = b.toString('latin1', from, to);
    keys[slot] = key + 1;
    texts[slot] = s;
    return s;
  }

  /**
   * The text of the ten bytes at `from` when they are a date spelt YYYY-MM-DD with ASCII digits
   * (as at() would give it, its day in `day`), else ''. The digits are checked and read as three
   * words of the view (`dv`, over `b`) instead of byte by byte: most of a census's leaves are such
   * dates. A word's bytes are all digits when each high half is 3 and each low half stays under
   * 16 with 6 added (so is at most 9); no byte carries into the next.
   */
  date(dv: DataView, b: Buffer, from: number): string {
    this.day = NO_DAY;
    if (b[from + 4] !== 45 || b[from + 7] !== 45) return '';
    const y = dv.getInt32(from, true);
    const md = dv.getUint16(from + 5, true) | (dv.getUint16(from + 8, true) << 16);
    if (
      (y & 0xf0f0f0f0) !== 0x30303030 ||
      ((y + 0x06060606) & 0xf0f0f0f0) !== 0x30303030 ||
      (md & 0xf0f0f0f0) !== 0x30303030 ||
      ((md + 0x06060606) & 0xf0f0f0f0) !== 0x30303030
    )
      return '';
    // The same key as at()'s: the eight digits as one number.
    const key =
      (y & 15) * 10_000_000 +
      ((y >> 8) & 15) * 1_000_000 +
      ((y >> 16) & 15) * 100_000 +
      ((y >> 24) & 15) * 10_000 +
      (md & 15) * 1000 +
      ((md >> 8) & 15) * 100 +
      ((md >> 16) & 15) * 10 +
      ((md >> 24) & 15);
    return this.dated(b, from, key);
  }

  /** The date text of the ten bytes at `from`, whose eight digits make `key`: shared, its day in `day`. */
  private dated(b: Buffer, from: number, key: number): string {
    const days = this.dateDays;
    const slot = Math.imul(key, 0x9e3779b1) >>> (32 - DATE_BITS);
    if (this.dateKeys[slot] === key + 1) {
      this.day = days[slot]!;
      return this.dateTexts[slot]!;
    }
    const s = b.toString('latin1', from, from + 10);
    this.dateKeys[slot] = key + 1;
    this.dateTexts[slot] = s;
    this.day = days[slot] = isoDay(s) ?? NO_DAY;
    return s;
  }
}

/**
 * An element name as the scanner shares it: its string, its bytes (start and end tags are matched
 * against them), and the names whose start tags came next last time, after this one's start tag
 * and after its end tag. A census repeats one layout child after child, so the next start tag is
 * nearly always the one that followed last time: matched against those bytes in one pass, instead
 * of stepping over the name's bytes and then finding it in the table (cinScan.ts).
 */
export interface ScanName {
  readonly name: string;
  readonly bytes: Uint8Array;
  afterOpen: ScanName | null;
  afterClose: ScanName | null;
  /** The bytes of this name's end tag, `</name>`, as words (`words`). */
  readonly end: Int32Array;
  /**
   * What came after this name's start tag and after its end tag, the last two different times it
   * was white space and one plain tag (cinScan.ts), the one last matched first: matched as words,
   * one compare per four bytes. Two, because a census's optional elements make two layouts
   * alternate after some tags (`</ReferralSource>` then `<Assessments>` or `<ReferralNFA>`): with
   * one, each change of layout was learnt afresh, 27,520 times in the 50,000-child census's
   * 378,838 stretches between tags; with two, 65 times.
   */
  segOpen: Segment | null;
  segOpen2: Segment | null;
  segClose: Segment | null;
  segClose2: Segment | null;
  /**
   * Segments learnt before those two, tried only when both miss (`SEGMENTS_KEPT` at most, most
   * recent first). Some tags have more than two layouts after them (`</Assessments>` then
   * `<Assessments>`, `<Section47>`, `<CINPlanDates>` or `<ReferralNFA>`): with two kept, one
   * stretch in a hundred was read byte by byte and learnt again (4,100 a literal-case load, each
   * a new Segment and its words: 1.6 MB of the 28 MB a load allocated).
   */
  readonly moreOpen: Segment[];
  readonly moreClose: Segment[];
}

/** Segments kept per tag beyond the two tried first (ScanName.moreOpen, moreClose). */
export const SEGMENTS_KEPT = 6;

/**
 * White space and then one plain tag (`<name>` or `</name>`, nothing else inside), as the census
 * wrote it between two tags last time: indentation and the next tag are the same child after
 * child, so the scanner compares the bytes a word at a time instead of reading them one by one.
 */
export interface Segment {
  /** The bytes as little-endian words (`words`). */
  readonly words: Int32Array;
  /** How many bytes (at least four). */
  readonly len: number;
  /** Line ends among them. */
  readonly lines: number;
  /** The tag's name, and whether it is a start tag. */
  readonly next: ScanName;
  readonly open: boolean;
}

/**
 * Bytes (four or more) as little-endian 32-bit words: every whole word from the start, then the
 * last four bytes (overlapping the word before), so a compare is one read a word (`sameWords`).
 * `from` and `to`: the bytes of `bytes` to take (the scanner learns a few thousand stretches a
 * census: no Buffer view is made of each only to be read once).
 */
export function words(bytes: Uint8Array, from = 0, to = bytes.length): Int32Array {
  const len = to - from;
  // Only the empty name that shapes a list (nameArray) is shorter; its words are never compared.
  if (len < 4) return new Int32Array(1);
  const w = new Int32Array((len + 3) >> 2);
  const at = (i: number) =>
    bytes[from + i]! | (bytes[from + i + 1]! << 8) | (bytes[from + i + 2]! << 16) | (bytes[from + i + 3]! << 24);
  for (let k = 0; k < w.length - 1; k++) w[k] = at(4 * k);
  w[w.length - 1] = at(len - 4);
  return w;
}

/**
 * Whether the `len` bytes at `at` of the view are those `w` holds (`words`). The caller makes
 * sure they are in the view. A DataView's 32-bit read is one load once compiled: about a third
 * of the time of comparing the same bytes one by one.
 */
export function sameWords(dv: DataView, at: number, w: Int32Array, len: number): boolean {
  const m = w.length - 1;
  for (let k = 0; k < m; k++) if (dv.getInt32(at + 4 * k, true) !== w[k]) return false;
  return dv.getInt32(at + len - 4, true) === w[m];
}

export function scanName(name: string, bytes: Uint8Array): ScanName {
  const end = new Uint8Array(bytes.length + 3);
  end[0] = 60;
  end[1] = 47;
  end.set(bytes, 2);
  end[bytes.length + 2] = 62;
  return {
    name,
    bytes,
    afterOpen: null,
    afterClose: null,
    end: words(end),
    segOpen: null,
    segOpen2: null,
    segClose: null,
    segClose2: null,
    moreOpen: [],
    moreClose: [],
  };
}

/**
 * Element names, one string each, matched in place against a copy of their bytes: each in a slot
 * found from its length and first and last bytes, tried in turn from there.
 */
export class ScanNames {
  /** Each slot's key (0: empty) and name. */
  private readonly keys = new Int32Array(1 << NAME_BITS);
  private readonly names: ScanName[] = new Array<ScanName>(1 << NAME_BITS);
  /** Whether the name at() gave last is not one it had shared before. */
  fresh = false;

  /** The name spelt by the bytes from `from` to `to` (name characters: ASCII). */
  at(b: Buffer, from: number, to: number): ScanName {
    // Name bytes are ASCII, so the key is exact on length and both ends.
    const len = to - from;
    const key = len * 65536 + b[from]! * 256 + b[to - 1]!;
    const keys = this.keys;
    const mask = keys.length - 1;
    let slot = len > NAME_MAX ? -1 : Math.imul(key, 0x9e3779b1) >>> (32 - NAME_BITS);
    let free = -1;
    this.fresh = true;
    for (let probe = 0; slot !== -1 && probe < NAME_PROBES; probe++, slot = (slot + 1) & mask) {
      const k2 = keys[slot]!;
      if (k2 === 0) {
        free = slot;
        break;
      }
      if (k2 !== key) continue;
      const named = this.names[slot]!;
      const bytes = named.bytes;
      let k = 1;
      while (k < len - 1 && b[from + k] === bytes[k]) k++;
      if (k >= len - 1) {
        this.fresh = false;
        return named;
      }
    }
    // Made an internalised string (as property names are), so the builder's comparisons with
    // its element names are pointer comparisons.
    const named = scanName(
      Object.keys({ [b.toString('latin1', from, to)]: 0 })[0]!,
      new Uint8Array(b.subarray(from, to)),
    );
    // A document of endless distinct names only loses the sharing (no free slot near its own).
    if (free !== -1) {
      keys[free] = key;
      this.names[free] = named;
    }
    return named;
  }
}

/** An empty list V8 holds names in (a new `[]` holds small integers until one is pushed). */
export function nameArray(): ScanName[] {
  const a = [scanName('', new Uint8Array(0))];
  a.pop();
  return a;
}
