/**
 * Data-quality issues, typed after Frictionless's tree: file → header → row → cell. Every issue
 * has a place (file, line, column) and a value, so a user can find the row; counts are exact,
 * while only the first few examples of each kind are kept so a bad million-row file stays small.
 */
import { compareText } from './compare.js';
/** Issues of one cell's value (src/load/values.ts). */
export type CellIssueCode =
  'bad-date' | 'two-digit-year' | 'implausible-date' | 'bad-flag' | 'unknown-code' | 'bad-number';

export type IssueLevel = 'file' | 'header' | 'row' | 'cell';
export type IssueCode =
  | 'file-unreadable'
  | 'file-empty'
  | 'file-too-large'
  | 'encoding-fallback'
  | 'malformed-csv'
  | 'missing-required-column'
  | 'unknown-column'
  | 'duplicate-column'
  | 'blank-header'
  | 'ragged-row'
  | 'duplicate-id'
  | 'end-before-start'
  | 'unknown-child'
  | 'unknown-worker'
  | 'unknown-plan'
  | 'missing-required-value'
  | 'after-as-at'
  | 'unmapped-value'
  | 'not-used'
  | 'overridden-value'
  | 'episode-gap'
  | 'episode-overlap'
  | CellIssueCode;

/** Issues that are facts about the data rather than errors in it (SPEC §2: after as-at is "not an error"). */
const INFORMATIONAL: ReadonlySet<IssueCode> = new Set([
  'after-as-at',
  'unknown-column',
  'encoding-fallback',
  'not-used',
  'overridden-value',
]);

export const ISSUE_LEVEL: Readonly<Record<IssueCode, IssueLevel>> = {
  'file-unreadable': 'file',
  'file-empty': 'file',
  'file-too-large': 'file',
  'encoding-fallback': 'file',
  'malformed-csv': 'file',
  'missing-required-column': 'header',
  'unknown-column': 'header',
  'not-used': 'header',
  'overridden-value': 'cell',
  'duplicate-column': 'header',
  'blank-header': 'header',
  'ragged-row': 'row',
  'duplicate-id': 'row',
  'end-before-start': 'row',
  'unknown-child': 'row',
  'unknown-worker': 'row',
  'unknown-plan': 'row',
  'missing-required-value': 'row',
  'episode-gap': 'row',
  'episode-overlap': 'row',
  'after-as-at': 'cell',
  'unmapped-value': 'cell',
  'bad-date': 'cell',
  'two-digit-year': 'cell',
  'implausible-date': 'cell',
  'bad-flag': 'cell',
  'unknown-code': 'cell',
  'bad-number': 'cell',
};

export const ISSUE_TITLES: Readonly<Record<IssueCode, string>> = {
  'file-unreadable': 'File could not be read',
  'file-empty': 'File is empty',
  'file-too-large': 'File is larger than the limit',
  'encoding-fallback': 'File is not UTF-8; read as Windows-1252',
  'malformed-csv': 'CSV could not be parsed past this point',
  'missing-required-column': 'Required column missing',
  'unknown-column': 'Column not used (ignored)',
  'duplicate-column': 'Column appears twice (first one used)',
  'blank-header': 'Column has no header (ignored)',
  'ragged-row': 'Row has a different number of cells from the header',
  'duplicate-id': 'Id already used by an earlier row',
  'end-before-start': 'End date before start date',
  'unknown-child': 'Child id not in the children table',
  'unknown-worker': 'Worker id not in the workers table',
  'unknown-plan': 'Plan id not in the plans table',
  'missing-required-value': 'Required value is blank',
  'after-as-at': 'Date after the as-at date (treated as not yet happened)',
  'unmapped-value': 'Value not in the configured value map',
  'not-used': 'Read but not used by any rule',
  'overridden-value': 'Value overridden by another list',
  'episode-gap': 'Gap between care episodes of one period of care',
  'episode-overlap': 'Care episodes overlap',
  'bad-date': 'Not a valid date',
  'two-digit-year': 'Two-digit year (rejected: ambiguous)',
  'implausible-date': 'Date outside 1910–2100',
  'bad-flag': 'Not a yes/no flag',
  'unknown-code': 'Unknown code',
  'bad-number': 'Not a valid number',
};

export interface IssuePlace {
  table: string;
  file: string;
  /** 1-based physical line in the file (0 for a file-level issue). */
  line: number;
  /** 1-based column position (0 when the issue is not about one column). */
  columnIndex: number;
  column: string;
}

export interface IssueExample {
  file: string;
  line: number;
  column: string;
  columnIndex: number;
  value: string;
  message: string;
}

export interface IssueGroup {
  code: IssueCode;
  level: IssueLevel;
  title: string;
  table: string;
  column: string;
  informational: boolean;
  count: number;
  examples: IssueExample[];
}

export interface TableQuality {
  table: string;
  file: string | null;
  /** not-read: in the export, but no selected rule uses it (LoadOptions.tables). */
  status: 'loaded' | 'missing' | 'failed' | 'not-read';
  error?: string;
  rowsRead: number;
  rowsWithIssues: number;
  columnsUsed: string[];
  columnsIgnored: string[];
  encoding?: string;
}

export interface TableLog {
  groups: [string, IssueGroup][];
  /** Lines with an issue, per file (a table read from several files repeats line numbers). */
  badRows: [string, number[]][];
  quality: TableQuality | null;
  columnsAt: [string, { index: number; header: string }][];
}

const MAX_EXAMPLES = 5;
const MAX_VALUE_LENGTH = 80;

export function clipValue(value: string): string {
  // Control characters (NUL, ESC, …) are shown as \xNN so a hostile cell cannot drive a terminal.
  const flat = value
    .replace(/[\r\n\t]+/g, ' ')
    .replace(
      /[\u0000-\u001f\u007f-\u009f]/g,
      (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`,
    );
  return flat.length > MAX_VALUE_LENGTH ? `${flat.slice(0, MAX_VALUE_LENGTH)}… (${flat.length} characters)` : flat;
}

export class DataQualityLog {
  private readonly groups = new Map<string, IssueGroup>();
  /** table → file → lines with an issue: the same line number in two files is two rows. */
  private readonly badRows = new Map<string, Map<string, Set<number>>>();
  readonly tables = new Map<string, TableQuality>();
  /** Where each canonical column was found in its file (table → column key), so cross-row checks can name the real column. */
  readonly columnsAt = new Map<string, Map<string, { index: number; header: string }>>();

  add(code: IssueCode, place: IssuePlace, value: string, message: string): void {
    const gk = `${place.table}\u0000${code}\u0000${place.column}`;
    let g = this.groups.get(gk);
    if (!g) {
      g = {
        code,
        level: ISSUE_LEVEL[code],
        title: ISSUE_TITLES[code],
        table: place.table,
        column: place.column,
        informational: INFORMATIONAL.has(code),
        count: 0,
        examples: [],
      };
      this.groups.set(gk, g);
    }
    g.count++;
    if (g.examples.length < MAX_EXAMPLES) {
      g.examples.push({
        file: place.file,
        line: place.line,
        column: place.column,
        columnIndex: place.columnIndex,
        value: clipValue(value),
        message,
      });
    }
    if (!g.informational && place.line > 0 && (g.level === 'row' || g.level === 'cell')) {
      let files = this.badRows.get(place.table);
      if (!files) this.badRows.set(place.table, (files = new Map()));
      let rows = files.get(place.file);
      if (!rows) files.set(place.file, (rows = new Set()));
      rows.add(place.line);
    }
  }

  /** Everything logged about one table, to hand from a worker thread to the main thread's log. */
  exportTable(table: string): TableLog {
    return {
      groups: [...this.groups.entries()].filter(([, g]) => g.table === table),
      badRows: [...(this.badRows.get(table) ?? [])].map(([file, lines]) => [file, [...lines]]),
      quality: this.tables.get(table) ?? null,
      columnsAt: [...(this.columnsAt.get(table) ?? new Map()).entries()],
    };
  }

  /** Adds a table's log exported by another thread (a table this log has nothing on yet). */
  importTable(table: string, part: TableLog): void {
    for (const [k, g] of part.groups) this.groups.set(k, g);
    if (part.badRows.length) this.badRows.set(table, new Map(part.badRows.map(([f, lines]) => [f, new Set(lines)])));
    if (part.quality) this.tables.set(table, part.quality);
    this.columnsAt.set(table, new Map(part.columnsAt));
  }

  rowsWithIssues(table: string): number {
    let n = 0;
    for (const lines of this.badRows.get(table)?.values() ?? []) n += lines.size;
    return n;
  }

  /** Groups in a stable order: table, level, code, column. */
  issueGroups(): IssueGroup[] {
    const levelOrder: Record<IssueLevel, number> = { file: 0, header: 1, row: 2, cell: 3 };
    return [...this.groups.values()].sort(
      (a, b) =>
        compareText(a.table, b.table) ||
        levelOrder[a.level] - levelOrder[b.level] ||
        compareText(a.code, b.code) ||
        compareText(a.column, b.column),
    );
  }

  tableList(): TableQuality[] {
    return [...this.tables.values()]
      .map((t) => ({ ...t, rowsWithIssues: this.rowsWithIssues(t.table) }))
      .sort((a, b) => compareText(a.table, b.table));
  }
}
