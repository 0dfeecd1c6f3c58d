/**
 * Turns what the reader collected from the lists into table sources: visits, children and
 * allocations are merged across lists (one per child), so they are built after every list is read.
 */
import type { TableName } from '../../model/tables.js';
import type { DataQualityLog } from '../issues.js';
import { parseDate } from '../values.js';
import { type Cell, cellText } from '../xlsx.js';
import type { SourceRecord, TableSource } from '../ssd/assemble.js';
import { ALLOCATION_PREFERENCE, type Field, LISTS, ListRow, VISIT_PREFERENCE } from './lists.js';

export interface Collected {
  table: TableName;
  list: number;
  file: string;
  headerLine: number;
  labels: Record<string, string>;
  positions: Record<string, number>;
  records: SourceRecord[];
}

export interface ChildSeen {
  list: number;
  file: string;
  headerLine: number;
  line: number;
  labels: Record<string, string>;
  positions: Record<string, number>;
  values: Record<string, string>;
}

/** Latest visits from Lists 6, 7 and 8, one per child and day (List 7 first: it has "seen alone"). */
export function visitSources(collected: Map<string, Collected>): TableSource[] {
  const taken = new Set<string>();
  const out: TableSource[] = [];
  for (const list of VISIT_PREFERENCE) {
    const c = collected.get(`visits\u0000${list}`);
    if (!c) continue;
    const records = c.records.filter((r) => {
      const d = parseDate(r.values.visit_date ?? '');
      const key = `${r.values.child_id}\u0000${typeof d === 'number' ? d : r.values.visit_date}`;
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    });
    out.push({
      table: 'visits',
      file: c.file,
      headerLine: c.headerLine,
      labels: c.labels,
      positions: c.positions,
      records,
    });
  }
  return out;
}

export function childSources(children: Map<string, ChildSeen>): TableSource[] {
  const byFile = new Map<string, TableSource>();
  for (const [, c] of [...children].sort((a, b) => a[1].list - b[1].list || a[1].line - b[1].line)) {
    let s = byFile.get(c.file);
    if (!s)
      byFile.set(
        c.file,
        (s = {
          table: 'children',
          file: c.file,
          headerLine: c.headerLine,
          labels: c.labels,
          positions: c.positions,
          records: [],
        }),
      );
    s.records.push({ line: c.line, values: c.values });
  }
  return [...byFile.values()];
}

export function allocationSources(
  rows: Map<
    number,
    Map<string, { row: ListRow; file: string; headerLine: number; header: readonly Cell[]; bound: Map<Field, number> }>
  >,
  dq: DataQualityLog,
): TableSource[] {
  /** child → the list whose worker was taken, and that worker ('' = unallocated). */
  const decided = new Map<string, { list: number; worker: string }>();
  const out: TableSource[] = [];
  for (const list of ALLOCATION_PREFERENCE) {
    const byChild = rows.get(list);
    if (!byChild) continue;
    const spec = LISTS.find((l) => l.list === list)!;
    const records: SourceRecord[] = [];
    let first: { file: string; headerLine: number; header: readonly Cell[]; bound: Map<Field, number> } | null = null;
    for (const [child, r] of [...byChild].sort((a, b) => a[1].row.line - b[1].row.line)) {
      const worker = r.row.text('worker');
      const taken = decided.get(child);
      if (taken) {
        // A less specific list naming another worker: the most specific list's worker is the
        // child's current one; this one is said, not dropped silently.
        if (worker !== taken.worker) {
          const at = r.bound.get('worker')!;
          dq.add(
            'overridden-value',
            {
              table: 'allocations',
              file: r.file,
              line: r.row.line,
              columnIndex: at + 1,
              column: cellText(r.header[at]).trim(),
            },
            worker,
            `List ${taken.list} names ${taken.worker === '' ? 'no worker' : 'another worker'} for this child and is the more specific list (${ALLOCATION_PREFERENCE.join(', ')}); this one is not used`,
          );
        }
        continue;
      }
      decided.set(child, { list, worker }); // a blank worker in the most specific list means unallocated
      if (worker === '') continue;
      first ??= r;
      records.push({
        line: r.row.line,
        values: { child_id: child, worker_id: worker, start_date: r.row.date(spec.keyDate!), end_date: '' },
      });
    }
    if (!first || records.length === 0) continue;
    const h = (f: Field) => cellText(first!.header[first!.bound.get(f)!]).trim();
    const at = (f: Field) => first!.bound.get(f)! + 1;
    out.push({
      table: 'allocations',
      file: first.file,
      headerLine: first.headerLine,
      records,
      labels: {
        child_id: h('childId'),
        worker_id: h('worker'),
        start_date: h(spec.keyDate!),
        end_date: 'end_date (derived)',
      },
      positions: { child_id: at('childId'), worker_id: at('worker'), start_date: at(spec.keyDate!), end_date: 0 },
    });
  }
  return out;
}
