/**
 * The census scanner's loop (cinScan.ts reads the file and hands it pieces that end with a `>`):
 * the plain subset of XML the census is written in, byte by byte, straight into a ScanSink. Kept
 * apart from the file reading, which is not hot, so each file stays small.
 */
import { DECLARATION, Fallback } from './xmlFast.js';
import { MAX_TEXT } from './xmlStream.js';
import { attributes, decode, isNameStart, lineEnds, NAME_BYTES, stringArray } from './cinScanBytes.js';
import { LeafTexts, nameArray, sameWords, type ScanName, scanName, ScanNames } from './cinScanTexts.js';
import { learn, older, segment } from './cinScanSegments.js';
import { NO_DAY } from './types.js';

/**
 * What the scanner drives: the CIN census's record builder (cinRecords.ts) or the workforce
 * census's reader. `note` is called for a name the first time the scanner shares it (at least once
 * per distinct name, at its first element), `enter` for every element; `close` with the element's
 * own text, trimmed, its parent and whether it sits inside `<Message><Children>`, and the day
 * of that text when it is a date the scanner shares (cinScanTexts.ts), else NO_DAY.
 */
export interface ScanSink {
  note(name: string, line: number): void;
  enter(name: string, line: number): void;
  close(name: string, parent: string | undefined, inChildren: boolean, text: string, line: number, day: number): void;
}

export const fallback = (): never => {
  throw new Fallback();
};

/** Longer stretches between two tags than this are not learnt as a Segment (cinScanTexts.ts). */
const SEGMENT_MAX = 256;

/**
 * Leaf texts shared by every file read (a slot holds exactly its bytes' text, whatever the file):
 * the years of one folder repeat their dates, and the tables were made afresh for every file.
 */
const LEAF_TEXTS = new LeafTexts();

export class CinScan {
  /** Line of the next character to read. */
  private line = 1;
  private started = false;
  private rootSeen = false;
  /**
   * Made holding a string, then emptied: a new `[]` holds small integers to V8, and the first name
   * pushed onto it would deoptimise this scanner's compiled loop at every file.
   */
  private readonly stack: string[] = stringArray();
  /** Each name on the stack as shared, to match its end tag against its bytes (not the string's characters). */
  private readonly nameStack: ScanName[] = nameArray();
  /**
   * The name of the last tag read and whether it was an end tag (or an empty element): the
   * next start tag is first matched against the name that followed it last time (ScanName).
   */
  private prev: ScanName | null = null;
  private prevClosed = false;
  /** Line ends inside the last tag read by attributes(). */
  private readonly tag = { lines: 0 };
  /** Element names and leaf texts, each one shared string (cinScanTexts.ts). */
  private readonly names = new ScanNames();
  private readonly texts = LEAF_TEXTS;
  /** Whether the last markup read was a start tag (its element may have text of its own). */
  private justOpened = false;

  constructor(private readonly out: ScanSink) {}

  /** Reads a piece of the document that ends with a `>`: all its markup is complete. */
  write(raw: Buffer): void {
    const b = lineEnds(raw);
    if (this.feed(b) < b.length) fallback();
  }

  /** The line of the next byte to read. */
  get lineAt(): number {
    return this.line;
  }

  /** Reads a part cut at a child's start tag as if the document before it had been read. */
  inChildren(): void {
    this.started = this.rootSeen = true;
    for (const name of ['Message', 'Children']) {
      this.stack.push(name);
      this.nameStack.push(scanName(name, new Uint8Array(Buffer.from(name, 'latin1'))));
    }
  }

  /** Reads the rest of a first part: white space, and it must end between two children. */
  stop(raw: Buffer): void {
    const b = lineEnds(raw);
    for (let i = this.feed(b); i < b.length; i++) {
      const c = b[i]!;
      if (c === 10) this.line++;
      else if (c !== 32 && c !== 9) fallback();
    }
    const s = this.stack;
    if (s.length !== 2 || s[0] !== 'Message' || s[1] !== 'Children') fallback();
  }

  /** Reads the rest of the document: only white space may follow the root element. */
  end(raw: Buffer): void {
    const b = lineEnds(raw);
    for (let i = this.feed(b); i < b.length; i++) {
      const c = b[i]!;
      if (c !== 32 && c !== 10 && c !== 9) fallback();
    }
    if (this.stack.length !== 0 || !this.rootSeen) fallback();
  }

  private feed(b: Buffer): number {
    let from = 0;
    if (!this.started) {
      // The declaration is plain ASCII, read as text (the piece holds it whole: it ends after a `>`).
      const head = b.toString('latin1', 0, Math.min(b.length, 1024));
      if (head.startsWith('<?xml')) {
        DECLARATION.lastIndex = 0;
        if (!DECLARATION.test(head)) fallback();
        from = DECLARATION.lastIndex;
        for (let i = 0; i < from; i++) if (b[i] === 10) this.line++;
      }
      this.started = true;
    }
    return this.scan(b, from);
  }

  /**
   * Reads every complete piece of markup (with the text before it) from `from`; returns where
   * the unfinished rest starts. `this.line` moves only with what is read.
   */
  private scan(b: Buffer, from: number): number {
    const n = b.length;
    const stack = this.stack;
    const nameStack = this.nameStack;
    const out = this.out;
    let pos = from;
    let line = this.line;
    let prev = this.prev;
    let prevClosed = this.prevClosed;
    const dv = new DataView(b.buffer, b.byteOffset, n);
    for (;;) {
      // What came after the last tag last time (white space and one plain tag), compared a word
      // at a time: when these bytes are the same, they are read as the loop below would read them
      // (a start tag where it would take one, an end tag only of the element open).
      let seg = prev === null ? null : prevClosed ? prev.segClose : prev.segOpen;
      if (seg !== null && !(pos + seg.len <= n && sameWords(dv, pos, seg.words, seg.len))) {
        const other = prevClosed ? prev!.segClose2 : prev!.segOpen2;
        if (other !== null && pos + other.len <= n && sameWords(dv, pos, other.words, other.len)) {
          // The other layout: tried first next time.
          if (prevClosed) {
            prev!.segClose2 = seg;
            prev!.segClose = other;
          } else {
            prev!.segOpen2 = seg;
            prev!.segOpen = other;
          }
          seg = other;
        } else seg = older(prev!, prevClosed, dv, pos, n);
      }
      if (seg !== null) {
        const named = seg.next;
        const depth = stack.length;
        if (seg.open) {
          if (depth === 0 && this.rootSeen) fallback();
          line += seg.lines;
          stack.push(named.name);
          nameStack.push(named);
          out.enter(named.name, line);
          this.justOpened = true;
          prev = named;
          prevClosed = false;
          pos += seg.len;
          continue;
        }
        if (depth > 0 && nameStack[depth - 1] === named) {
          line += seg.lines;
          const kids = depth >= 2 && stack[1] === 'Children';
          out.close(named.name, depth >= 2 ? stack[depth - 2] : undefined, kids, '', line, NO_DAY);
          stack.pop();
          nameStack.pop();
          this.justOpened = false;
          prev = named;
          prevClosed = true;
          pos += seg.len;
          continue;
        }
      }
      // Text up to the next `<`: white space, or an element's value (then decoded, trimmed).
      let i = pos;
      let c = 0;
      let nl = 0;
      while (i < n) {
        c = b[i]!;
        if (c === 10) nl++;
        else if (c !== 32 && c !== 9) break;
        i++;
      }
      if (i === n) break;
      let value = '';
      let day = NO_DAY;
      let lt = i;
      if (c !== 60) {
        // Only the text of an element with no child elements: straight after its start tag,
        // straight before its end tag. Anything a reference or `]]>` could be in goes to the
        // generic reader, as do characters XML forbids.
        if (!this.justOpened) fallback();
        if (i + 12 <= n && b[i + 10] === 60 && b[i + 11] === 47 && (value = this.texts.date(dv, b, i)) !== '') {
          // A date (YYYY-MM-DD) straight before an end tag, most of a census's leaves: what the
          // loop below would give (ASCII digits: nothing to refuse, trim or decode), read as words.
          lt = i + 10;
          day = this.texts.day;
        } else {
          let last = i;
          let wide = false;
          for (; lt < n; lt++) {
            c = b[lt]!;
            if (c === 60) break;
            if (c === 10) nl++;
            else if (c === 38 || c === 62 || (c < 32 && c !== 9)) fallback();
            else if (c !== 32 && c !== 9) {
              last = lt;
              if (c > 127) wide = true;
            }
          }
          if (lt + 1 >= n) break;
          if (b[lt + 1] !== 47) fallback();
          if (wide) value = decode(b, i, last + 1, true);
          else {
            value = this.texts.at(b, i, last + 1);
            day = this.texts.day;
          }
          // JavaScript's trim also takes Unicode spaces off, as the generic reader's does.
          if (b[i]! > 127 || b[last]! > 127) value = value.trim();
        }
        // The generic reader's limit is on the text as written, white space included (here in
        // bytes, never fewer than its characters: a longer text only goes to the generic reader).
        if (lt - pos > MAX_TEXT) fallback();
      }
      const at = line + nl;
      const c1 = lt + 1 < n ? b[lt + 1]! : 0;
      if (c1 === 47) {
        // An end tag: the name of the element open, white space, `>`.
        const depth = stack.length;
        const top = depth > 0 ? stack[depth - 1]! : fallback();
        const named = nameStack[depth - 1]!;
        const bytes = named.bytes;
        const len = bytes.length;
        let j = lt + 2 + len;
        if (j >= n) break;
        let tl = 0;
        // `</name>` compared a word at a time; else byte by byte, with white space before `>`.
        if (!sameWords(dv, lt, named.end, len + 3)) {
          for (let k = 0; k < len; k++) if (b[lt + 2 + k] !== bytes[k]) fallback();
          for (; j < n; j++) {
            c = b[j]!;
            if (c === 62) break;
            if (c === 10) tl++;
            else if (c !== 32 && c !== 9) fallback();
          }
          if (j === n) break;
        }
        line = at + tl;
        // Learnt as the segment after the last tag when it was white space and this plain tag.
        if (
          lt === i &&
          tl === 0 &&
          prev !== null &&
          j === lt + 2 + len &&
          j + 1 - pos >= 4 &&
          j + 1 - pos <= SEGMENT_MAX
        ) {
          learn(prev, prevClosed, segment(b, pos, j + 1, nl, named, false));
        }
        // Never an index out of the stack (the root's parent): reading one deoptimises this loop.
        const kids = depth >= 2 && stack[1] === 'Children';
        out.close(top, depth >= 2 ? stack[depth - 2] : undefined, kids, value, line, day);
        stack.pop();
        nameStack.pop();
        prev = named;
        prevClosed = true;
        this.justOpened = false;
        pos = j + 1;
      } else {
        if (lt + 1 >= n) break;
        // A start tag; `!` (comment, CDATA, DOCTYPE) and `?` (processing instruction) are not here.
        // The name that followed the last tag's last time, if these bytes spell it (and end there);
        // else the name's bytes stepped over and the name found in the table.
        const guess = prev === null ? null : prevClosed ? prev.afterClose : prev.afterOpen;
        let guessed: ScanName | null = null;
        let j = lt + 1;
        if (guess !== null) {
          const gb = guess.bytes;
          const len = gb.length;
          const e = j + len;
          if (e < n) {
            let k = 0;
            while (k < len && b[j + k] === gb[k]) k++;
            if (k === len && NAME_BYTES[b[e]!] !== 1) {
              guessed = guess;
              j = e;
            }
          }
        }
        if (guessed === null) {
          if (!isNameStart(c1)) fallback();
          j = lt + 2;
          while (j < n && NAME_BYTES[b[j]!] === 1) j++;
          if (j === n) break;
        }
        const nameEnd = j;
        let tl = 0;
        c = b[j]!;
        if (c !== 62 && c !== 47) {
          // White space or attributes before the tag ends: rare (a root declaring its schema),
          // so read apart, keeping this loop small for the compiler.
          j = attributes(b, j, this.tag);
          if (j === -1) break;
          tl = this.tag.lines;
          c = b[j]!;
        }
        const empty = c === 47;
        if (empty) {
          if (j + 1 === n) break;
          if (b[j + 1] !== 62) fallback();
          j++;
        } else if (c !== 62) fallback();
        if (stack.length === 0 && this.rootSeen) fallback();
        this.rootSeen = true;
        line = at + tl;
        let named = guessed;
        if (named === null) {
          named = this.names.at(b, lt + 1, nameEnd);
          if (this.names.fresh) out.note(named.name, line);
          if (prev !== null) {
            if (prevClosed) prev.afterClose = named;
            else prev.afterOpen = named;
          }
        }
        if (lt === i && !empty && j === nameEnd && prev !== null && j + 1 - pos >= 4 && j + 1 - pos <= SEGMENT_MAX) {
          learn(prev, prevClosed, segment(b, pos, j + 1, nl, named, true));
        }
        const name = named.name;
        stack.push(name);
        nameStack.push(named);
        out.enter(name, line);
        if (empty) {
          const depth = stack.length;
          const kids = depth >= 2 && stack[1] === 'Children';
          out.close(name, depth >= 2 ? stack[depth - 2] : undefined, kids, '', line, NO_DAY);
          stack.pop();
          nameStack.pop();
        }
        prev = named;
        prevClosed = empty;
        this.justOpened = !empty;
        pos = j + 1;
      }
    }
    this.line = line;
    this.prev = prev;
    this.prevClosed = prevClosed;
    return pos;
  }
}
