/**
 * A file's records to its table builder (src/load/csvFile.ts): the header first, then each row. A
 * class, not a closure made per file, so the CSV parser calls one function for every table and
 * V8's optimised parser, which inlines it, stays valid from one file to the next (RecordSink,
 * issue 24). Unquoted rows come as cell bounds (SpanSink), read in place where their columns can.
 */
import type { TableName } from '../model/tables.js';
import type { SpanSink } from './csvParser.js';
import type { TableBuilder } from './tableBuilder.js';

export class BuilderSink<T extends TableName> implements SpanSink {
  /** Whether the header has been read (an empty file has none). */
  headerSeen = false;
  constructor(private readonly builder: TableBuilder<T>) {}
  record(cells: string[], line: number): void {
    if (!this.headerSeen) {
      this.headerSeen = true;
      this.builder.setHeader(cells, line);
    } else this.builder.addRow(cells, line);
  }
  spans(buf: string, bounds: Int32Array, n: number, line: number): void {
    if (this.headerSeen) this.builder.addSpans(buf, bounds, n, line);
    else this.record(cutCells(buf, bounds, n), line);
  }
}

/** The cells of a record given as bounds in buf. */
export function cutCells(buf: string, bounds: Int32Array, n: number): string[] {
  const cells = new Array<string>(n);
  for (let i = 0; i < n; i++) cells[i] = buf.slice(bounds[2 * i]!, bounds[2 * i + 1]!);
  return cells;
}
