/**
 * A streaming RFC 4180 reader: text chunks in, records (cells + the physical line the record
 * starts on) out. Written for the loader's needs (issue 11: csv-parse with `info: true` was most
 * of the load time):
 * - quoted cells with doubled quotes, delimiters and line breaks inside;
 * - CRLF, LF and lone CR all end a line, and count as one line each, inside quoted cells too,
 *   so line numbers match what an editor shows;
 * - a quote inside an unquoted cell (O"Brien, 5" binder) is read literally, and text after a
 *   closing quote (`"5" binder`) keeps the cell's quotes literally, as csv-parse's relax_quotes did;
 * - blank lines and records whose cells are all blank are skipped but still counted as lines;
 * - an unclosed quote at the end of the input is a CsvSyntaxError naming the line the quote opened
 *   on; every record before it has already been handed over.
 *
 * Speed: a record without a quote is cut at its line end and split natively; only records with a
 * quote take the character loop. The next LF, CR and quote positions are cached so each is found
 * by one forward indexOf per buffer. A record cut off by the chunk end is carried over whole; while
 * it stays incomplete, further chunks are only collected until they are as long as the carry, so a
 * huge quoted cell (or an unclosed quote) is rescanned a logarithmic number of times, not per chunk.
 */

const LF = 10,
  CR = 13,
  QUOTE = 34;

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export type RecordHandler = (cells: string[], line: number) => void;

/**
 * A record handler as an object: the parser calls `sink.record(cells, line)`. Readers that parse
 * many files give every file a sink of one class, so the call's target is one function for every
 * table (issue 24: a handler made per file is a new closure each time, and V8 threw away the
 * parser's optimised code, which had the first file's handler and table builder inlined, at the
 * next file: `parse` was compiled six times in the seven-metric run).
 */
export interface RecordSink {
  record(cells: string[], line: number): void;
}

/** A function handler as a sink. */
class FunctionSink implements RecordSink {
  constructor(private readonly handler: RecordHandler) {}
  record(cells: string[], line: number): void {
    this.handler(cells, line);
  }
}

export interface CsvParserOptions {
  /** One character; comma by default. */
  delimiter?: string;
  /** A record longer than this (characters, line breaks included) is a CsvSyntaxError naming its line. */
  maxRecordChars?: number;
  /** The line the text starts on (1 by default): a record cut out of a file keeps its file's line. */
  firstLine?: number;
  /**
   * The handler keeps nothing of `cells` past its return (TableBuilder): unquoted records are then
   * cut into one array reused for every record, not a new array per record.
   */
  reuseCells?: boolean;
}

const INCOMPLETE = -1;
const UNCLOSED = -2;

export class CsvParser {
  private readonly delimiter: string;
  private readonly delimCode: number;
  private readonly maxRecordChars: number;
  /** Unparsed text from the start of an incomplete record, and the chunks collected after it. */
  private carry = '';
  private pending: string[] = [];
  private pendingLength = 0;
  /** Physical line (1-based) of the next unparsed character. */
  private line = 1;
  private started = false;
  private ended = false;
  /** Set by the slow path: the line an unclosed quote opened on. */
  private unclosedAt = 0;
  /** Whether unquoted records may be cut into one array reused by the records of a piece (reuseCells). */
  private readonly reuse: boolean;

  private readonly sink: RecordSink;

  constructor(onRecord: RecordHandler | RecordSink, opts: CsvParserOptions = {}) {
    this.sink = typeof onRecord === 'function' ? new FunctionSink(onRecord) : onRecord;
    this.delimiter = opts.delimiter ?? ',';
    if (this.delimiter.length !== 1 || this.delimiter === '"' || this.delimiter === '\n' || this.delimiter === '\r') {
      throw new Error(
        `delimiter must be one character other than a quote or line break, not ${JSON.stringify(this.delimiter)}`,
      );
    }
    this.delimCode = this.delimiter.charCodeAt(0);
    this.maxRecordChars = opts.maxRecordChars ?? Infinity;
    this.line = opts.firstLine ?? 1;
    this.reuse = opts.reuseCells === true;
  }

  write(text: string): void {
    if (this.ended) throw new Error('write after end');
    if (text.length === 0) return;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength < this.carry.length) return;
    this.parse(false);
  }

  /** Parses what is left; throws CsvSyntaxError for a quote never closed. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.parse(true);
  }

  private parse(final: boolean): void {
    const buf =
      this.pending.length === 1 && this.carry.length === 0 ? this.pending[0]! : this.carry + this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    this.carry = '';
    const len = buf.length;
    const delim = this.delimiter;
    // A new array for each piece of text (64 KB), reused by its records: one array kept for the
    // whole file is promoted to the old generation, and then every young cell string stored into
    // it takes the write barrier's slow path (a remembered-set entry; 1.39M cells at 1.1M rows, 2%
    // of the seven-metric run's instructions, issue 24). A piece's array stays young.
    const shared: string[] | null = this.reuse ? [] : null;
    this.nD = -2;
    let pos = 0;
    let nLF = buf.indexOf('\n'),
      nCR = buf.indexOf('\r'),
      nQ = buf.indexOf('"'),
      nD = buf.indexOf(delim);
    while (pos < len) {
      if (nLF !== -1 && nLF < pos) nLF = buf.indexOf('\n', pos);
      if (nCR !== -1 && nCR < pos) nCR = buf.indexOf('\r', pos);
      if (nQ !== -1 && nQ < pos) nQ = buf.indexOf('"', pos);
      const eol = nLF === -1 ? nCR : nCR === -1 ? nLF : Math.min(nLF, nCR);
      if (nQ !== -1 && (eol === -1 || nQ < eol)) {
        const line = this.line;
        const cells: string[] = [];
        const next = this.quotedRecord(buf, pos, final, cells, nLF, nCR);
        if (next === INCOMPLETE) break;
        if (next === UNCLOSED) {
          throw new CsvSyntaxError(this.unclosedAt, `a quoted cell opened on line ${this.unclosedAt} is never closed`);
        }
        pos = next;
        if (!allBlank(cells)) this.sink.record(cells, line);
        continue;
      }
      let stop: number;
      if (eol === -1) {
        if (!final) break;
        stop = len;
      } else {
        stop = eol;
        // A CR as the last character may be the first half of a CRLF: wait for the next chunk.
        if (!final && eol === len - 1 && buf.charCodeAt(eol) === CR) break;
      }
      const line = this.line;
      if (stop > pos) {
        // The cells cut straight out of the buffer, each delimiter found by one forward search
        // (the next one is kept, like the line ends): about twice as fast as slicing the line and
        // splitting it, and no line string is made. Same cells as line.split(delim).
        const cells = shared ?? [];
        let n = 0,
          from = pos;
        for (;;) {
          if (nD !== -1 && nD < from) nD = buf.indexOf(delim, from);
          if (nD === -1 || nD >= stop) break;
          cells[n++] = buf.slice(from, nD);
          from = nD + 1;
        }
        cells[n++] = buf.slice(from, stop);
        cells.length = n;
        if (!allBlank(cells)) this.sink.record(cells, line);
      }
      pos = stop === len ? len : buf.charCodeAt(stop) === CR && buf.charCodeAt(stop + 1) === LF ? stop + 2 : stop + 1;
      this.line++;
    }
    if (pos < len) this.carry = buf.slice(pos);
    // The carry is one incomplete record: stop before it outgrows what V8 can hold (issue 19).
    if (this.carry.length > this.maxRecordChars) {
      throw new CsvSyntaxError(
        this.line,
        `the record starting on line ${this.line} is longer than ${this.maxRecordChars} characters`,
      );
    }
  }

  /**
   * The first delimiter at or after `from` in `buf` (-1: none), remembered for the piece of text
   * being parsed (`nD`, reset by parse), so that cells with no delimiter after them in the piece
   * (a one-column file) do not search to its end again for each record.
   */
  private nD = -2;
  private delimAt(buf: string, from: number): number {
    if (this.nD !== -1 && this.nD < from) this.nD = buf.indexOf(this.delimiter, from);
    return this.nD;
  }

  /**
   * Reads one record that has a quote before its line end. Returns the position after the record's
   * line end, INCOMPLETE when the buffer ends first (and more may come), or UNCLOSED at the end of
   * the input inside a quoted cell. Advances this.line only for a complete record.
   */
  private quotedRecord(buf: string, pos: number, final: boolean, cells: string[], nLF: number, nCR: number): number {
    const len = buf.length;
    const d = this.delimCode;
    let line = this.line;
    let p = pos;
    for (;;) {
      if (p < len && buf.charCodeAt(p) === QUOTE) {
        const openLine = line;
        let q = p + 1;
        let value = '';
        for (;;) {
          const c = buf.indexOf('"', q);
          if (c === -1) {
            if (!final) return INCOMPLETE;
            this.unclosedAt = openLine;
            return UNCLOSED;
          }
          // nLF and nCR are the first LF and CR at or after pos (or -1, none): a cell before both
          // holds no line break, which is the usual case and needs no scan of its text.
          if ((nLF !== -1 && nLF < c) || (nCR !== -1 && nCR < c)) line += lineBreaks(buf, q, c);
          if (c + 1 >= len && !final) return INCOMPLETE;
          const after = buf.charCodeAt(c + 1); // NaN at the end of the input
          if (after === QUOTE) {
            value += buf.slice(q, c + 1);
            q = c + 2;
            continue;
          }
          value += buf.slice(q, c);
          if (c + 1 >= len || after === d || after === LF || after === CR) {
            p = c + 1;
            break;
          }
          // Text after the closing quote: keep the cell as written, quotes included.
          const end = unquotedEnd(buf, c + 1, this.delimAt(buf, c + 1), nLF, nCR);
          if (end >= len && !final) return INCOMPLETE;
          value = `"${value}"${buf.slice(c + 1, end)}`;
          p = end;
          break;
        }
        cells.push(value);
      } else {
        const end = unquotedEnd(buf, p, this.delimAt(buf, p), nLF, nCR);
        if (end >= len && !final) return INCOMPLETE;
        cells.push(buf.slice(p, end));
        p = end;
      }
      if (p >= len) {
        this.line = line + 1;
        return len;
      }
      const c = buf.charCodeAt(p);
      if (c === d) {
        p++;
        continue;
      }
      if (c === CR) {
        if (p + 1 >= len && !final) return INCOMPLETE;
        if (buf.charCodeAt(p + 1) === LF) p++;
      }
      this.line = line + 1;
      return p + 1;
    }
  }
}

/**
 * The first delimiter, CR or LF at or after p (len when none); quotes here are literal. Found by
 * indexOf rather than a loop over the characters (the supervisions' unquoted text cells in quoted
 * records are long: issue 24, the worker's parse before it scores). `nD` is the first delimiter
 * at or after p (-1: none), `nLF` and `nCR` the first LF and CR at or after the record's start
 * (-1: none in the buffer), so a file without CRs is never searched to its end for one.
 */
function unquotedEnd(buf: string, p: number, nD: number, nLF: number, nCR: number): number {
  const len = buf.length;
  let end = nD === -1 ? len : nD;
  const lf = nLF === -1 || nLF >= end ? nLF : nLF >= p ? nLF : buf.indexOf('\n', p);
  if (lf !== -1 && lf < end) end = lf;
  const cr = nCR === -1 || nCR >= end ? nCR : nCR >= p ? nCR : buf.indexOf('\r', p);
  if (cr !== -1 && cr < end) end = cr;
  return end;
}

/** Line breaks in buf[from, to): LF, and CR not followed by LF. */
function lineBreaks(buf: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = buf.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR && buf.charCodeAt(i + 1) !== LF) n++;
  }
  return n;
}

function allBlank(cells: readonly string[]): boolean {
  for (const c of cells) {
    if (c.length === 0) continue;
    const first = c.charCodeAt(0);
    // Fast exit for the usual cell starting with a visible ASCII character.
    if (first > 32 && first < 127) return false;
    if (c.trim().length !== 0) return false;
  }
  return true;
}

export interface ParsedCsv {
  records: { cells: string[]; line: number }[];
  error: CsvSyntaxError | null;
}

/** Parses a whole text at once (tests, small inputs); keeps the records before a syntax error. */
export function parseCsvText(text: string, opts: CsvParserOptions = {}): ParsedCsv {
  const records: { cells: string[]; line: number }[] = [];
  const parser = new CsvParser((cells, line) => records.push({ cells, line }), opts);
  try {
    parser.write(text);
    parser.end();
  } catch (e) {
    if (e instanceof CsvSyntaxError) return { records, error: e };
    throw e;
  }
  return { records, error: null };
}
