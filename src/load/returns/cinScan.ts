/**
 * The CIN census's own scanner: the plainest XML (elements with plain attributes, text without
 * references, white space, an XML declaration, a BOM, CRLF line ends), read character by character
 * in one pass that also counts lines, straight into the record builder (cinRecords.ts; the
 * workforce census's reader, workforceCensus.ts, is driven the same way). No event
 * objects, no text kept for elements the builder does not read (only a leaf's own text is sliced),
 * element names matched in place and shared. The generic reader (xmlStream.ts: xmlFast.ts, then
 * saxes) went through a general element tree and was most of a census's reading time.
 *
 * It never decides that a document is malformed: anything outside that subset — an attribute with a
 * reference or a line break in it, a comment, a reference, text beside child elements, a mismatched tag, a disallowed character, … —
 * throws Fallback, and the census is read again from the start by the generic reader, which
 * words every refusal (file, line, column) and refuses DOCTYPEs (XML bombs). So both give the
 * same records (test/returns-cin-scan.test.ts).
 */
import { type FileHandle, open } from 'node:fs/promises';
import { InputError } from '../csvFile.js';
import { DECLARATION, Fallback } from './xmlFast.js';
import { MAX_TEXT } from './xmlStream.js';
import { attributes, decode, isNameStart, lineEnds, NAME_BYTES, stringArray } from './cinScanBytes.js';
import { LeafTexts, nameArray, type ScanName, scanName, ScanNames } from './cinScanTexts.js';
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

const fallback = (): never => {
  throw new Fallback();
};

/** Longer text without markup than this is not a census: the generic reader words it. */
const MAX_CARRY = 1 << 20;

/**
 * Bytes read at a time. The census is scanned as bytes (no string made of the document, only of
 * the values kept): decoding it to strings first was a fifth of what a load allocated.
 */
const CHUNK = 1024 * 1024;

/**
 * A part of a census read on its own (cinSplit.ts): bytes `start` to `end` (exclusive), cut at a
 * `<Child>` start tag. A part from 0 must end inside `<Message><Children>` between children; a
 * part from a cut starts there, its lines counted from 1 (the caller adds the first part's).
 */
export interface CensusPart {
  start: number;
  end: number;
}

/**
 * Reads the census at `path` into `out`, in chunks cut after a `>` (never inside markup or a UTF-8
 * sequence). The few bytes after a chunk's last `>` are read with the next chunk's head, not
 * joined to the whole chunk (a copy of every byte read). Gives the line of the byte after the
 * last read.
 */
export async function scanCinCensus(
  path: string,
  file: string,
  out: ScanSink,
  maxBytes = Infinity,
  chunk = CHUNK,
  part?: CensusPart,
): Promise<number> {
  const scan = new CinScan(out);
  let bytes = 0;
  let carry: Buffer | null = null;
  let first = true;
  if (part && part.start > 0) {
    scan.inChildren();
    first = false;
  }
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    // Two buffers read into in turn, not a new one per chunk (as a read stream makes): each fresh
    // megabyte cost its page faults and the collector's note of external memory, a tenth of a
    // census's reading. Two, because the bytes after a chunk's last `>` (carry) are read with the
    // next chunk, so the buffer they are in is written again only after that.
    const buffers = [Buffer.allocUnsafeSlow(chunk), Buffer.allocUnsafeSlow(chunk)];
    let turn = 0;
    let pos = part ? part.start : 0;
    const end = part && Number.isFinite(part.end) ? part.end : Infinity;
    while (pos < end) {
      const into = buffers[(turn ^= 1)]!;
      const { bytesRead } = await handle.read(into, 0, Math.min(into.length, end - pos), pos);
      if (bytesRead === 0) break;
      pos += bytesRead;
      const raw = bytesRead === into.length ? into : into.subarray(0, bytesRead);
      bytes += raw.length;
      if (bytes > maxBytes) throw new InputError(`${file}: larger than the limit of ${maxBytes} bytes`);
      let b: Buffer = raw;
      if (carry !== null) {
        const gt = first ? -1 : raw.indexOf(62);
        if (gt === -1) b = Buffer.concat([carry, raw]);
        else {
          scan.write(Buffer.concat([carry, raw.subarray(0, gt + 1)]));
          b = raw.subarray(gt + 1);
        }
        carry = null;
      }
      if (first) {
        if (b.length < 3) {
          // Kept apart from the buffers, which are read into again.
          carry = Buffer.from(b);
          continue;
        }
        // A BOM is skipped (only at the start, as the generic reader does).
        if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
        first = false;
      }
      const cut = b.lastIndexOf(62) + 1;
      if (cut > 0) scan.write(cut === b.length ? b : b.subarray(0, cut));
      carry = cut < b.length ? b.subarray(cut) : null;
      if (carry !== null && carry.length > MAX_CARRY) fallback();
    }
    if (part && Number.isFinite(part.end)) scan.stop(carry ?? Buffer.alloc(0));
    else scan.end(carry ?? Buffer.alloc(0));
    return scan.lineAt;
  } catch (e) {
    if (e instanceof InputError || e instanceof Fallback) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== undefined) throw new InputError(`${file}: cannot be read (${code})`);
    throw e;
  } finally {
    await handle?.close();
  }
}

/**
 * Leaf texts shared by every file read (a slot holds exactly its bytes' text, whatever the file):
 * the years of one folder repeat their dates, and the tables were made afresh for every file.
 */
const LEAF_TEXTS = new LeafTexts();

class CinScan {
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
    for (;;) {
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
        // The generic reader's limit is on the text as written, white space included (here in
        // bytes, never fewer than its characters: a longer text only goes to the generic reader).
        if (lt - pos > MAX_TEXT) fallback();
        if (wide) value = decode(b, i, last + 1, true);
        else {
          value = this.texts.at(b, i, last + 1);
          day = this.texts.day;
        }
        // JavaScript's trim also takes Unicode spaces off, as the generic reader's does.
        if (b[i]! > 127 || b[last]! > 127) value = value.trim();
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
        for (let k = 0; k < len; k++) if (b[lt + 2 + k] !== bytes[k]) fallback();
        let tl = 0;
        for (; j < n; j++) {
          c = b[j]!;
          if (c === 62) break;
          if (c === 10) tl++;
          else if (c !== 32 && c !== 9) fallback();
        }
        if (j === n) break;
        line = at + tl;
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
