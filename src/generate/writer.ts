/**
 * Streams one CSV file per table (RFC 4180 quoting, CRLF-free LF line ends) with backpressure,
 * so a large export is written in bounded memory. Each file uses one date style, as real
 * exports do; the styles differ between files to exercise the loader (SPEC §2).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { type Day, ymd } from '../model/day.js';

export type DateStyle = 'iso' | 'dmy-slash' | 'dmy-dash' | 'dmy-dot' | 'dmy-mon' | 'iso-time' | 'dmy-slash-time';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

export function formatDate(d: Day, style: DateStyle): string {
  const { year, month, day } = ymd(d);
  switch (style) {
    case 'iso':
      return `${year}-${p2(month)}-${p2(day)}`;
    case 'iso-time':
      return `${year}-${p2(month)}-${p2(day)}T${p2(9 + (d % 8))}:${p2((d * 7) % 60)}:00Z`;
    case 'dmy-slash':
      return `${p2(day)}/${p2(month)}/${year}`;
    case 'dmy-slash-time':
      return `${p2(day)}/${p2(month)}/${year} ${p2(9 + (d % 8))}:${p2((d * 13) % 60)}`;
    case 'dmy-dash':
      return `${p2(day)}-${p2(month)}-${year}`;
    case 'dmy-dot':
      return `${p2(day)}.${p2(month)}.${year}`;
    case 'dmy-mon':
      return `${p2(day)}-${MONTHS[month - 1]}-${year}`;
  }
}

/** RFC 4180: quote a field holding a comma, quote or line break; double inner quotes. */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export type Cell = string | number | boolean | null;

const FLUSH_AT = 1 << 16;

export interface CsvTableWriterOptions {
  /** File name to write (default `<table>.csv`). */
  fileName?: string;
  /** Line end (default LF). */
  eol?: '\n' | '\r\n';
  /**
   * Count rows and physical lines without writing anything: the generator keeps the canonical
   * line numbers of its planted data-quality issues when it writes another layout.
   */
  countOnly?: boolean;
}

export class CsvTableWriter {
  private readonly stream: WriteStream | null;
  private readonly eol: string;
  private buffer = '';
  private readonly cache = new Map<Day, string>();
  /** Rows written (excluding the header). */
  rows = 0;
  /** Physical line the next row starts on (the header is line 1). */
  nextLine = 2;

  constructor(
    dir: string,
    readonly table: string,
    readonly header: readonly string[],
    private readonly style: DateStyle,
    opts: CsvTableWriterOptions = {},
  ) {
    this.eol = opts.eol ?? '\n';
    this.stream = opts.countOnly
      ? null
      : createWriteStream(join(dir, opts.fileName ?? `${table}.csv`), { encoding: 'utf8' });
    this.buffer = this.stream ? `${header.map(csvField).join(',')}${this.eol}` : '';
  }

  date(d: Day | null): string {
    if (d === null) return '';
    let s = this.cache.get(d);
    if (s === undefined) {
      s = formatDate(d, this.style);
      this.cache.set(d, s);
    }
    return s;
  }

  /** Writes one row; returns the physical line it starts on. Cells are already formatted text. */
  row(cells: readonly string[]): number {
    const line = this.nextLine;
    let out = '';
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i]!;
      if (this.stream) out += (i === 0 ? '' : ',') + csvField(c);
      for (let j = c.indexOf('\n'); j !== -1; j = c.indexOf('\n', j + 1)) this.nextLine++;
    }
    if (this.stream) this.buffer += `${out}${this.eol}`;
    this.nextLine++;
    this.rows++;
    return line;
  }

  /** True when the caller should await drain() before writing more. */
  get full(): boolean {
    return this.buffer.length >= FLUSH_AT;
  }

  async drain(): Promise<void> {
    const stream = this.stream;
    if (this.buffer.length === 0 || !stream) return;
    const ok = stream.write(this.buffer);
    this.buffer = '';
    if (!ok) await new Promise<void>((resolve) => stream.once('drain', resolve));
  }

  async close(): Promise<void> {
    await this.drain();
    const stream = this.stream;
    if (!stream) return;
    await new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.end(resolve);
    });
  }
}
