/**
 * Evidence tables in the view model: cells worded and classed for alignment, whether a table starts
 * open, and how many rows are printed on paper.
 */
import { fmtNumber, formatCell } from '../format.js';
import { worklistName } from '../csv.js';
import type { EvidenceColumn, EvidenceRow } from '../../engine/types.js';
import type { TableView, ViewOptions } from './viewTypes.js';

/** Evidence tables with this many rows or fewer are open in the HTML; longer ones start closed. */
export const OPEN_EVIDENCE_ROWS = 10;

function cellClass(type: EvidenceColumn['type']): string {
  return type === 'id' ? 'id' : type === 'text' ? 'text' : type === 'date' ? 'date' : type === 'flag' ? 'flag' : 'num';
}

export function tableView(
  columns: readonly EvidenceColumn[],
  rows: readonly EvidenceRow[],
  excerpts: ReadonlyMap<string, string> | null,
): TableView {
  return {
    columns: columns.map((c) => ({ text: c.label, cls: cellClass(c.type) })),
    rows: rows.map((r) => ({
      cells: columns.map((c) => ({ text: formatCell(r[c.key], c.type), cls: cellClass(c.type) })),
      excerpt: excerpts?.get(r.key) ?? null,
    })),
    colspan: Math.max(1, columns.length),
  };
}

/** On paper, how many of a finding's evidence rows are printed (the first ones, in its own order): null for all. */
export function printLimit(rows: number, opts: ViewOptions): number | null {
  return opts.print && opts.printRows > 0 && rows > opts.printRows ? opts.printRows : null;
}

export function printedNote(ruleId: string, rows: number, limit: number | null): string {
  if (limit === null) return '';
  return `Printed here: the first ${fmtNumber(limit)} of ${fmtNumber(rows)} rows, in the worklist's order. Every row is in the HTML report, the case worklist ${worklistName(ruleId)} and findings.json (--format html,csv,json).`;
}
