/**
 * Streams one delimited text file into a TableBuilder: encoding detection (SPEC §2), delimiter
 * choice, then our own streaming parser (csvParser.ts), which gives the line every record starts on.
 */
import type { FileHandle } from 'node:fs/promises';
import { extname } from 'node:path';
import { isUtf8 } from 'node:buffer';
import type { TableName } from '../model/tables.js';
import type { DataQualityLog } from './issues.js';
import { CsvParser, CsvSyntaxError } from './csvParser.js';
import { BuilderSink } from './builderSink.js';
import { type TableBuilder } from './tableBuilder.js';
import {
  InputError,
  isUtf8File,
  type OpenedFile,
  openRegularFile,
  PIECE_BYTES,
  readOpened,
  type ReadBuffers,
  streamOf,
} from './regularFile.js';
import { candidateRecords, searchable } from './csvPrefilter.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export { InputError, streamOf };

interface Sniffed {
  encoding: Encoding;
  bomLength: number;
  guessed: boolean;
}

/** Looks at the first bytes: a BOM decides; otherwise UTF-16 without BOM is recognised by its NUL bytes. */
export function sniffEncoding(head: Uint8Array): Sniffed {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', bomLength: 3, guessed: false };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, guessed: false };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, guessed: false };
  const n = Math.min(head.length, 4096) & ~1;
  if (n >= 4) {
    let evenZero = 0,
      oddZero = 0;
    for (let i = 0; i < n; i += 2) {
      if (head[i] === 0) evenZero++;
      if (head[i + 1] === 0) oddZero++;
    }
    const pairs = n / 2;
    if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return { encoding: 'utf-16le', bomLength: 0, guessed: true };
    if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return { encoding: 'utf-16be', bomLength: 0, guessed: true };
  }
  return { encoding: 'utf-8', bomLength: 0, guessed: false };
}

export interface CsvReadOptions {
  maxBytes: number;
  /** Files up to this size are read whole, larger ones streamed (default 32 MB; tests set 0). */
  wholeFileBytes?: number;
  /** Longest record, in characters, before the file is refused from there on (default MAX_RECORD_CHARS). */
  maxRecordChars?: number;
  /**
   * Only records holding one of these ids can be kept (one child's rows): the file is read whole
   * and only those records are parsed (csvPrefilter.ts). The builder's RowKeep still decides.
   */
  needles?: readonly string[];
}

class FallbackToLegacy extends Error {}

/** Files up to this size are read whole; larger ones are streamed, so memory stays bounded. */
const WHOLE_FILE_BYTES = 32 * 1024 * 1024;
const CHUNK_BYTES = PIECE_BYTES;
/**
 * Bytes decoded into one string for the parser. Under V8's large-object size (128 KB): a larger
 * string is a large object, mapped fresh from the kernel and unmapped when collected, so 15 MB of
 * CSV decoded 1 MB at a time cost thousands of page faults; 64 KB pieces are made in the young
 * generation, whose memory is reused (about 6,000 fewer faults, 3-4% of the seven-metric run).
 */
const DECODE_BYTES = 1 << 16;
/**
 * Longest record accepted (16 M characters, far beyond any real row). A 130 MB line otherwise
 * aborts V8 and a 512 MB one fails with no file or line (issue 19); past it the file is treated
 * like one with an unclosed quote: rows before are kept and the record's line is named.
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

export async function readCsvInto<T extends TableName>(
  path: string,
  builder: TableBuilder<T>,
  dq: DataQualityLog,
  opts: CsvReadOptions,
  /** The file already opened (and read) by openCsv, started while the previous table was parsed. */
  opened?: Promise<OpenedCsv>,
): Promise<Encoding> {
  const { file, whole, buffers } = await (opened ?? openCsv(path, builder.file, opts));
  try {
    return await readOpenedCsv(file.fh, file.size, builder, dq, opts, whole, whole ? undefined : buffers?.piece());
  } finally {
    await file.fh.close();
  }
}

/** Bytes of a file's start the line estimate counts in. */
const ESTIMATE_BYTES = 1 << 16;

/**
 * About how many lines a file of `size` bytes holds, from its first bytes, `head` (up to 64 KB;
 * counting all cost 45 ms CPU at 1.1M rows, issue 24). The line ends found by indexOf: a loop over
 * 64 KB in JavaScript ran cold, once per table (about 4 ms of the seven-metric run).
 */
function lineEstimate(head: Uint8Array, size: number): number {
  const n = Math.min(head.length, ESTIMATE_BYTES);
  const bytes = Buffer.from(head.buffer, head.byteOffset, n);
  let lines = 1;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) lines++;
  if (n === size) return lines;
  return Math.ceil((size / n) * lines * 1.05) + 64;
}

/** An opened CSV file and, when it is read whole, its bytes. */
export interface OpenedCsv {
  file: OpenedFile;
  whole: Buffer | null;
  /** The load's piece buffer, when the file is streamed through it (`whole` null). */
  buffers?: ReadBuffers;
}

/**
 * Opens a CSV file and reads it whole when it is of ordinary size (or one child's rows are looked
 * for in it), unless `buffers` is given: a load's files are then streamed through its one piece
 * buffer (regularFile.ts: memory just read into is slow to read the first time here), and only a
 * file searched for one child's rows is read whole. The loader starts this for the next table
 * before parsing the current one.
 */
export async function openCsv(
  path: string,
  label: string,
  opts: Pick<CsvReadOptions, 'maxBytes' | 'wholeFileBytes' | 'needles'>,
  /** The load's piece buffer (ReadBuffers): the file is streamed through it; else read whole into a fresh buffer. */
  buffers?: ReadBuffers,
): Promise<OpenedCsv> {
  // Only a regular file is read: a device (a link to /dev/zero) or a FIFO is refused (issue 19).
  const file = await openRegularFile(path, label, 'a CSV file');
  try {
    const searched = opts.needles !== undefined && searchable(opts.needles) && file.size <= opts.maxBytes;
    const readWhole = searched || (buffers === undefined && file.size <= (opts.wholeFileBytes ?? WHOLE_FILE_BYTES));
    if (!readWhole) return { file, whole: null, ...(buffers ? { buffers } : {}) };
    return { file, whole: await readOpened(file) };
  } catch (e) {
    await file.fh.close();
    throw e;
  }
}

async function readOpenedCsv<T extends TableName>(
  fh: FileHandle,
  size: number,
  builder: TableBuilder<T>,
  dq: DataQualityLog,
  opts: CsvReadOptions,
  whole: Buffer | null,
  /** The load's piece buffer for a streamed file; else one made for this file. */
  piece?: Buffer,
): Promise<Encoding> {
  if (size > opts.maxBytes) {
    throw new InputError(
      `${builder.file}: ${size} bytes is larger than the limit of ${opts.maxBytes} bytes (raise it with --max-file-mb)`,
    );
  }
  // A file of ordinary size is read in one call — one pass over the disk instead of a streamed
  // UTF-8 check and then a streamed parse; the loader has nothing else to do meanwhile.
  let head: Uint8Array;
  if (whole) head = whole.subarray(0, ESTIMATE_BYTES);
  else {
    // Into the piece buffer when there is one (its first 64 KB also give the line estimate).
    const into = piece ?? new Uint8Array(4096);
    head = into.subarray(0, (await fh.read(into, 0, Math.min(into.length, ESTIMATE_BYTES), 0)).bytesRead);
  }
  // Columns made about the file's size, so they are seldom grown and copied.
  if (builder.columns && (whole || piece)) builder.expectLines(lineEstimate(head, whole ? whole.length : size));
  const sniffed = sniffEncoding(head);
  const place = { table: builder.table, file: builder.file, line: 0, columnIndex: 0, column: '' };
  if (sniffed.guessed)
    dq.add(
      'encoding-fallback',
      place,
      sniffed.encoding,
      `no byte-order mark; read as ${sniffed.encoding.toUpperCase()}`,
    );
  const maxRecord = opts.maxRecordChars ?? MAX_RECORD_CHARS;
  if (whole && sniffed.encoding === 'utf-8' && opts.needles && searchable(opts.needles)) {
    const read = parseFound(whole, sniffed.bomLength, builder, opts.needles, maxRecord);
    if (read === 'windows-1252')
      dq.add('encoding-fallback', place, 'windows-1252', 'bytes are not valid UTF-8; read as Windows-1252');
    if (read) return read;
  }
  try {
    // Check the whole file before parsing: finding a bad byte after the first chunk would mean
    // re-reading rows (and re-logging their issues) that the first pass already handed over.
    if (
      sniffed.encoding === 'utf-8' &&
      !(whole ? isUtf8(whole.subarray(sniffed.bomLength)) : await isUtf8File(fh, sniffed.bomLength, size, piece))
    )
      throw new FallbackToLegacy();
    await parseWith(whole ?? { fh, size, piece }, builder, sniffed.encoding, sniffed.bomLength, maxRecord);
    return sniffed.encoding;
  } catch (e) {
    if (!(e instanceof FallbackToLegacy)) throw e;
    // Not valid UTF-8: SPEC §2 says read it as Windows-1252 (Excel CSV saved on a UK machine).
    builder.clear();
    dq.add('encoding-fallback', place, 'windows-1252', 'bytes are not valid UTF-8; read as Windows-1252');
    await parseWith(whole ?? { fh, size, piece }, builder, 'windows-1252', 0, maxRecord);
    return 'windows-1252';
  }
}

function delimiterFor(file: string, firstLine: string): string {
  const ext = extname(file).toLowerCase();
  if (ext === '.tsv' || ext === '.tab') return '\t';
  if (firstLine.includes('\t') && !firstLine.includes(',')) return '\t';
  if (ext === '.txt' && firstLine.includes('\t')) return '\t';
  return ',';
}

/** The file's CSV syntax breaks (an unclosed quote): keep the rows read so far and say where it stopped. */
export class MalformedCsvError extends Error {
  /** headerRead false: the break came before any header, so the table has no columns at all. */
  constructor(
    readonly line: number,
    message: string,
    readonly headerRead = true,
  ) {
    super(message);
  }
}

interface Decoder {
  write(chunk: Buffer): string;
  end(): string;
}

/**
 * UTF-8 through Buffer#toString, carrying a sequence split across chunks. Not TextDecoder: for a
 * 1 MB chunk it returns a two-byte string even for ASCII, doubling the memory of every cell kept.
 * The bytes were already checked (isUtf8File), so there is nothing to reject here.
 */
function utf8Decoder(): Decoder {
  let carry: Buffer | null = null;
  return {
    write(chunk) {
      const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
      let cut = buf.length;
      for (let i = buf.length - 1; i >= Math.max(0, buf.length - 3); i--) {
        const b = buf[i]!;
        if (b < 0x80) break;
        if (b >= 0xc0) {
          const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
          if (i + need > buf.length) cut = i;
          break;
        }
      }
      carry = cut < buf.length ? Buffer.from(buf.subarray(cut)) : null;
      return buf.toString('utf8', 0, cut);
    },
    end() {
      return carry ? carry.toString('utf8') : '';
    },
  };
}

function textDecoder(encoding: Encoding): Decoder {
  const decoder = new TextDecoder(encoding);
  return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
}

/**
 * The header and the records that can hold one of `needles`, each parsed on its own file line, and
 * the encoding they were read in; null (nothing handed over) when the file must be parsed whole.
 * Only those records' bytes are checked for UTF-8 (checking 100 MB costs more than the rest of a
 * one-child read): a file that is not UTF-8 in the records read is read as Windows-1252, as a whole
 * file would be; bytes elsewhere cannot change how these records read, except in a file that mixes
 * both encodings, which a whole read would show as Windows-1252 throughout.
 */
function parseFound<T extends TableName>(
  whole: Buffer,
  skip: number,
  builder: TableBuilder<T>,
  needles: readonly string[],
  maxRecordChars: number,
): Encoding | null {
  const nl = whole.indexOf(10, skip);
  const delimiter = delimiterFor(builder.file, whole.toString('latin1', skip, nl < 0 ? whole.length : nl));
  const found = candidateRecords(
    whole,
    skip,
    needles.map((n) => Buffer.from(n, 'latin1')),
    delimiter.charCodeAt(0),
  );
  if (!found) return null;
  const spans = found.header ? [found.header, ...found.records] : found.records;
  const utf8 = spans.every((r) => isUtf8(whole.subarray(r.start, r.end)));
  const cp1252 = utf8 ? null : new TextDecoder('windows-1252');
  let headerSeen = false;
  const onRecord = (cells: string[], line: number): void => {
    if (!headerSeen) {
      headerSeen = true;
      builder.setHeader(cells, line);
    } else builder.addRow(cells, line);
  };
  try {
    for (const r of spans) {
      const bytes = whole.subarray(r.start, r.end);
      const p = new CsvParser(onRecord, { delimiter, maxRecordChars, firstLine: r.line, reuseCells: true });
      p.write(cp1252 ? cp1252.decode(bytes) : bytes.toString('utf8'));
      p.end();
    }
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new MalformedCsvError(e.line, e.message, headerSeen);
    throw e;
  }
  if (!headerSeen) throw new EmptyFileError();
  return utf8 ? 'utf-8' : 'windows-1252';
}

/** The bytes of a file already in memory, in the same 1 MB pieces a stream would give. */
async function* piecesOf(buf: Buffer, skip: number): AsyncGenerator<Buffer> {
  for (let at = skip; at < buf.length; at += CHUNK_BYTES)
    yield buf.subarray(at, Math.min(buf.length, at + CHUNK_BYTES));
}

async function parseWith<T extends TableName>(
  source: { fh: FileHandle; size: number; piece?: Buffer | undefined } | Buffer,
  builder: TableBuilder<T>,
  encoding: Encoding,
  skip: number,
  maxRecordChars: number,
): Promise<void> {
  const decoder = encoding === 'utf-8' ? utf8Decoder() : textDecoder(encoding);
  const chunks: AsyncIterable<Buffer> = Buffer.isBuffer(source)
    ? piecesOf(source, skip)
    : streamOf(source.fh, skip, source.size, source.piece);
  // Records are handed over synchronously as each chunk is parsed, so the rows before a syntax
  // error are kept; an exception from the builder (missing required column) ends the read.
  const sink = new BuilderSink(builder);
  let parser: CsvParser | null = null;
  const start = (firstLine: string): CsvParser =>
    new CsvParser(sink, { delimiter: delimiterFor(builder.file, firstLine), maxRecordChars, reuseCells: true });
  try {
    let pending = '';
    for await (const chunk of chunks) {
      for (let at = 0; at < chunk.length; at += DECODE_BYTES) {
        let text = decoder.write(chunk.subarray(at, Math.min(chunk.length, at + DECODE_BYTES)));
        if (!parser) {
          pending += text;
          const nl = pending.search(/\r?\n/);
          if (nl < 0 && pending.length < 1 << 20) continue;
          parser = start(nl < 0 ? pending : pending.slice(0, nl));
          text = pending;
        }
        parser.write(text);
      }
    }
    let tail = decoder.end();
    if (!parser) {
      tail = pending + tail;
      parser = start(tail.split(/\r?\n/)[0] ?? '');
    }
    parser.write(tail);
    parser.end();
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new MalformedCsvError(e.line, e.message, sink.headerSeen);
    throw e;
  }
  if (!sink.headerSeen) throw new EmptyFileError();
}

export class EmptyFileError extends Error {
  constructor() {
    super('file is empty (no header row)');
  }
}
