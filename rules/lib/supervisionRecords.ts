/**
 * What a supervision record is (SPEC §3, §4.7): its type, whether it is case oversight, whether
 * it has text, and where it sits in the table (the prepared text scores are indexed by position).
 */
import type { SupervisionRow, SupervisionType } from '../../src/model/tables.js';

/** SPEC §3: a blank (or unreadable) type is `case` when the record names a child, else `personal`. */
export function supervisionType(r: SupervisionRow): SupervisionType {
  return r.type ?? (r.childId !== null ? 'case' : 'personal');
}

export function isCaseRecord(r: SupervisionRow): boolean {
  const t = supervisionType(r);
  return t === 'case' || t === 'oversight';
}

export function hasText(r: SupervisionRow): boolean {
  return (r.recordText !== null && r.recordText.trim() !== '') || (r.actions !== null && r.actions.trim() !== '');
}

/**
 * Row position of a row: by its source line through a typed array when every row has its own
 * line (as rows read from a CSV file do), else through a Map of the rows themselves.
 */
export function rowPositions(rows: readonly SupervisionRow[]): (r: SupervisionRow) => number {
  let maxLine = 0;
  for (const r of rows) if (r.line > maxLine) maxLine = r.line;
  if (maxLine <= rows.length * 4 + 1024) {
    const byLine = new Int32Array(maxLine + 1).fill(-1);
    let unique = true;
    for (let i = 0; i < rows.length && unique; i++) {
      const line = rows[i]!.line;
      if (line < 0 || byLine[line] !== -1) unique = false;
      else byLine[line] = i;
    }
    if (unique) return (r) => byLine[r.line]!;
  }
  const byRow = new Map<SupervisionRow, number>();
  rows.forEach((r, i) => byRow.set(r, i));
  return (r) => byRow.get(r)!;
}
