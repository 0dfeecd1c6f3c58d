/**
 * Streams one delimited text file into a TableBuilder: encoding detection (SPEC §2), delimiter
 * choice, csv-parse, and the line number of every record.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { parse, type Parser as CsvParser } from 'csv-parse';
import type { TableName } from '../model/tables.js';
import type { DataQualityLog } from './issues.js';
import { type TableBuilder } from './tableBuilder.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export class InputError extends Error {}

interface Sniffed { encoding: Encoding; bomLength: number; guessed: boolean }

/** Looks at the first bytes: a BOM decides; otherwise UTF-16 without BOM is recognised by its NUL bytes. */
export function sniffEncoding(head: Uint8Array): Sniffed {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, guessed: false };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, guessed: false };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, guessed: false };
  const n = Math.min(head.length, 4096) & ~1;
  if (n >= 4) {
    let evenZero = 0, oddZero = 0;
    for (let i = 0; i < n; i += 2) { if (head[i] === 0) evenZero++; if (head[i + 1] === 0) oddZero++; }
    const pairs = n / 2;
    if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return { encoding: 'utf-16le', bomLength: 0, guessed: true };
    if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return { encoding: 'utf-16be', bomLength: 0, guessed: true };
  }
  return { encoding: 'utf-8', bomLength: 0, guessed: false };
}

export interface CsvReadOptions { maxBytes: number }

class FallbackToLegacy extends Error {}

export async function readCsvInto<T extends TableName>(path: string, builder: TableBuilder<T>, dq: DataQualityLog, opts: CsvReadOptions): Promise<Encoding> {
  const info = await stat(path);
  if (info.isDirectory()) throw new InputError(`${builder.file}: is a directory, expected a CSV file`);
  if (info.size > opts.maxBytes) {
    throw new InputError(`${builder.file}: ${info.size} bytes is larger than the limit of ${opts.maxBytes} bytes (raise it with --max-file-mb)`);
  }
  const head = new Uint8Array(4096);
  const fh = await open(path, 'r');
  let headLength: number;
  try { headLength = (await fh.read(head, 0, head.length, 0)).bytesRead; } finally { await fh.close(); }
  const sniffed = sniffEncoding(head.subarray(0, headLength));
  const place = { table: builder.table, file: builder.file, line: 0, columnIndex: 0, column: '' };
  if (sniffed.guessed) dq.add('encoding-fallback', place, sniffed.encoding, `no byte-order mark; read as ${sniffed.encoding.toUpperCase()}`);
  try {
    // Check the whole file before parsing: finding a bad byte after the first chunk would mean
    // re-reading rows (and re-logging their issues) that the first pass already handed over.
    if (sniffed.encoding === 'utf-8' && !(await isUtf8File(path, sniffed.bomLength))) throw new FallbackToLegacy();
    await parseWith(path, builder, sniffed.encoding, sniffed.bomLength, sniffed.encoding === 'utf-8');
    return sniffed.encoding;
  } catch (e) {
    if (!(e instanceof FallbackToLegacy)) throw e;
    // Not valid UTF-8: SPEC §2 says read it as Windows-1252 (Excel CSV saved on a UK machine).
    builder.rows.length = 0;
    dq.add('encoding-fallback', place, 'windows-1252', 'bytes are not valid UTF-8; read as Windows-1252');
    await parseWith(path, builder, 'windows-1252', 0, false);
    return 'windows-1252';
  }
}

/** Streams the file through buffer.isUtf8, carrying a multi-byte character split across chunks. */
async function isUtf8File(path: string, skip: number): Promise<boolean> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { start: skip, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    // Cut before a lead byte in the last 3 bytes whose sequence may continue in the next chunk.
    let cut = buf.length;
    for (let i = buf.length - 1; i >= Math.max(0, buf.length - 3); i--) {
      const b = buf[i]!;
      if (b >= 0xc0) { cut = i; break; }
      if (b < 0x80) break;
    }
    if (!isUtf8(buf.subarray(0, cut))) return false;
    carry = Buffer.from(buf.subarray(cut));
  }
  return isUtf8(carry);
}

function delimiterFor(file: string, firstLine: string): string {
  const ext = extname(file).toLowerCase();
  if (ext === '.tsv' || ext === '.tab') return '\t';
  if (firstLine.includes('\t') && !firstLine.includes(',')) return '\t';
  if (ext === '.txt' && firstLine.includes('\t')) return '\t';
  return ',';
}

/** csv-parse's own error (unclosed quote, bad quoting): keep the rows read so far and say where it stopped. */
export class MalformedCsvError extends Error {
  /** headerRead false: the break came before any header, so the table has no columns at all. */
  constructor(readonly line: number, message: string, readonly headerRead = true) { super(message); }
}

async function parseWith<T extends TableName>(path: string, builder: TableBuilder<T>, encoding: Encoding, skip: number, strictUtf8: boolean): Promise<void> {
  const decoder = new TextDecoder(encoding, { fatal: strictUtf8 });
  const stream = createReadStream(path, { start: skip, highWaterMark: 1 << 20 });
  let parser: CsvParser | null = null;
  let finished: Promise<void> | null = null;
  let headerSeen = false;
  let failure: Error | null = null;

  const start = (firstLine: string): CsvParser => {
    // relax_quotes: a stray quote inside an unquoted cell (O"Brien, 5" binder) is read literally
    // instead of stopping the file there. on_record hands each record over synchronously, so the
    // rows before a parse error are kept (a 'readable' handler loses the records still buffered).
    // Lines: csv-parse counts a CRLF inside a quoted cell as two lines (outside cells, one), so
    // its running count drifts; `drift` corrects it to the line numbers an editor shows.
    let drift = 0, lastEnd = 0, lastEmpty = 0;
    const p = parse({
      delimiter: delimiterFor(builder.file, firstLine), relax_column_count: true, relax_quotes: true, skip_empty_lines: true,
      skip_records_with_empty_values: true, bom: true,
      // Explicit, so a file mixing CRLF and LF (appended by another tool) still splits into rows.
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (record: string[], info: { lines: number; empty_lines: number }) => {
        // info.lines is where the record ends; a record's line is where it starts.
        let breaks = 0, crlf = 0;
        for (const cell of record) {
          if (!cell.includes('\n') && !cell.includes('\r')) continue;
          for (let i = 0; i < cell.length; i++) {
            const c = cell.charCodeAt(i);
            if (c === 10 || c === 13) breaks++;
            if (c === 13 && cell.charCodeAt(i + 1) === 10) crlf++;
          }
        }
        const line = info.lines - drift - breaks;
        drift += crlf;
        lastEnd = line + breaks - crlf; lastEmpty = info.empty_lines;
        if (failure) return null;
        try {
          if (!headerSeen) { headerSeen = true; builder.setHeader(record, line); }
          else builder.addRow(record, line);
        } catch (e) {
          failure = e as Error;
          throw e;
        }
        return null;
      },
    });
    p.resume();
    finished = new Promise<void>((resolve) => {
      p.on('end', resolve);
      p.on('close', resolve);
      p.on('error', (e: Error & { lines?: number; code?: string; empty_lines?: number }) => {
        if (!failure && e.code === 'CSV_QUOTE_NOT_CLOSED') {
          // csv-parse names the last line of the file; the user needs the line the quote opened on.
          const from = lastEnd + 1 + Math.max(0, (e.empty_lines ?? lastEmpty) - lastEmpty);
          failure = new MalformedCsvError(from, `a quoted cell opened on line ${from} is never closed`, headerSeen);
        }
        failure ??= new MalformedCsvError(e.lines ?? 0, e.message, headerSeen);
        resolve();
      });
    });
    return p;
  };

  try {
    let pending = '';
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let text: string;
      try { text = decoder.decode(chunk, { stream: true }); } catch { throw new FallbackToLegacy(); }
      if (!parser) {
        pending += text;
        const nl = pending.search(/\r?\n/);
        if (nl < 0 && pending.length < 1 << 20) continue;
        parser = start(nl < 0 ? pending : pending.slice(0, nl));
        text = pending;
      }
      if (failure) break;
      if (!parser.write(text)) await new Promise((r) => { parser!.once('drain', r); parser!.once('close', r); });
    }
    let tail: string;
    try { tail = decoder.decode(); } catch { throw new FallbackToLegacy(); }
    if (!parser) {
      tail = pending + tail;
      parser = start(tail.split(/\r?\n/)[0] ?? '');
    }
    if (!failure) parser.end(tail);
    await finished;
  } finally {
    stream.destroy();
  }
  if (failure) throw failure;
  if (!headerSeen) throw new EmptyFileError();
}

export class EmptyFileError extends Error {
  constructor() { super('file is empty (no header row)'); }
}
