/**
 * A file's records to its table builder (src/load/csvFile.ts): the header first, then each row. A
 * class, not a closure made per file, so the CSV parser calls one function for every table and
 * V8's optimised parser, which inlines it, stays valid from one file to the next (RecordSink,
 * issue 24).
 */
import type { TableName } from '../model/tables.js';
import type { RecordSink } from './csvParser.js';
import type { TableBuilder } from './tableBuilder.js';

export class BuilderSink<T extends TableName> implements RecordSink {
  /** Whether the header has been read (an empty file has none). */
  headerSeen = false;
  constructor(private readonly builder: TableBuilder<T>) {}
  record(cells: string[], line: number): void {
    if (!this.headerSeen) {
      this.headerSeen = true;
      this.builder.setHeader(cells, line);
    } else this.builder.addRow(cells, line);
  }
}
