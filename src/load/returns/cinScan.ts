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
import { Fallback } from './xmlFast.js';
import { CinScan, fallback, type ScanSink } from './cinScanLoop.js';

export type { ScanSink } from './cinScanLoop.js';

/** Longer text without markup than this is not a census: the generic reader words it. */
const MAX_CARRY = 1 << 20;

/**
 * Bytes read at a time. The census is scanned as bytes (no string made of the document, only of
 * the values kept): decoding it to strings first was a fifth of what a load allocated.
 */
const CHUNK = 1024 * 1024;

/**
 * The most bytes handed to the scanner's loop in one call (a chunk is scanned in pieces cut after a
 * `>`). Why: V8 records what each operation of a function meets (its feedback) only once the
 * function has run a while, partway into its first call, and optimises a loop that runs long in
 * one call on the stack (OSR). Over a whole megabyte a call, the code before and after the loop had
 * no feedback when V8 optimised the scanner: the compiled scanner was thrown away at the first
 * return or call and compiled again, the largest function of a load compiled three or four times
 * (each far longer than the warm load's own scan) while the unoptimised one ran. In short calls
 * each part of it has run, with feedback, before V8 compiles it, and it is compiled once or twice.
 */
const PIECE = 64 * 1024;

/**
 * The three buffers of the last census read with CHUNK, kept for the next one (null while a read
 * holds them: a second read at once makes its own). Fresh buffers each read cost the kernel's page
 * faults as they were first filled (768 of a load's 1,300-2,600) and told the collector of 3 MB
 * of external memory a load, which hastens its next full collection. Nothing outlives a read that
 * views them: the scanner copies every text, name and learnt stretch it keeps, and a read in
 * flight is awaited before they are given back.
 */
let spare: Buffer[] | null = null;

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
  // The read of the next chunk, started before this one is scanned (see below).
  let ahead: Promise<number> | null = null;
  let buffers: Buffer[] | null = null;
  try {
    const h = (handle = await open(path, 'r'));
    // Three buffers read into in turn, not a new one per chunk (as a read stream makes): each fresh
    // megabyte cost its page faults and the collector's note of external memory, a tenth of a
    // census's reading. Three, because the next chunk is read into one while this one is scanned
    // in another, and the bytes after the last chunk's last `>` (carry) are still in the third
    // until they are read with this chunk's head. So each read (the page cache's copy, on the
    // thread pool) runs while the scanner works instead of between two chunks, where the load's
    // one thread waited for it: fifteen reads a 15 MB census.
    const bufs = (buffers =
      chunk === CHUNK && spare !== null
        ? spare
        : [Buffer.allocUnsafeSlow(chunk), Buffer.allocUnsafeSlow(chunk), Buffer.allocUnsafeSlow(chunk)]);
    if (bufs === spare) spare = null;
    let turn = 0;
    let pos = part ? part.start : 0;
    const end = part && Number.isFinite(part.end) ? part.end : Infinity;
    // Where the read in flight started and how many bytes it asked for.
    let askedAt = 0;
    let asked = 0;
    const readNext = (): Promise<number> | null => {
      if (pos >= end) return null;
      askedAt = pos;
      asked = Math.min(chunk, end - pos);
      pos += asked;
      return h.read(bufs[turn]!, 0, asked, askedAt).then((r) => r.bytesRead);
    };
    ahead = readNext();
    while (ahead !== null) {
      const into = bufs[turn]!;
      const bytesRead = await ahead;
      ahead = null;
      if (bytesRead === 0) break;
      // A short read: the next starts where it stopped (as a read of one chunk at a time did).
      pos = askedAt + bytesRead;
      turn = turn === 2 ? 0 : turn + 1;
      ahead = readNext();
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
      let cut = b.lastIndexOf(62) + 1;
      while (cut > PIECE) {
        // A piece of up to PIECE bytes ending with a `>` (none in them: the rest goes in one call).
        const head = b.lastIndexOf(62, PIECE - 1) + 1;
        if (head === 0) break;
        scan.write(b.subarray(0, head));
        b = b.subarray(head);
        cut -= head;
      }
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
    // A read still in flight (the scanner gave up, or the file is too large) ends before the file
    // is closed, and its error, if any, is not left unhandled.
    if (ahead !== null) await ahead.catch(() => 0);
    await handle?.close();
    if (buffers !== null && chunk === CHUNK) spare = buffers;
  }
}
