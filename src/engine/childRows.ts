/**
 * One child's rows of an export, for their chronology (issue 20: under 2 s from a 1M-row export).
 * The canonical CSV loader keeps only that child's rows while it parses, deciding on the id cell
 * before a typed row is built (LoadOptions.rowKeep); every other layout is read whole and narrowed
 * after, so the answer is the same whichever layout the export is in. Workers are kept whole: an
 * event's team is its worker's.
 */
import { loadExport, type LoadOptions } from '../load/index.js';
import type { RowKeep } from '../load/tableBuilder.js';
import type { LoadedExport } from '../model/export.js';
import type { TableName } from '../model/tables.js';

type Row = { childId?: string | null; planId?: string | null };

/**
 * The export holding only the child's rows (and every worker), marked `onlyChild`. `isChild` says
 * whether an id is the wanted child's (the id itself, or the id whose code is the one given under
 * --pseudonymise); it is asked once per distinct id.
 */
export async function loadChildRows(
  path: string,
  isChild: (id: string) => boolean,
  opts: LoadOptions,
  /** The child's id when it is given as such (not as a code): no table need then be parsed whole. */
  knownId?: string,
): Promise<LoadedExport> {
  const answers = new Map<string, boolean>();
  let found: string | null = null;
  const matches = (id: string): boolean => {
    let yes = answers.get(id);
    if (yes === undefined) {
      yes = isChild(id);
      answers.set(id, yes);
      if (yes && found === null) found = id;
    }
    return yes;
  };
  const rowKeep = (table: TableName, read: LoadedExport['tables']): RowKeep | null => {
    if (table === 'workers') return null;
    if (table === 'reviews') {
      const plans = new Set((read.plans ?? []).map((p) => p.planId).filter((id): id is string => id !== null));
      return { column: 'planId', keep: (v) => v !== null && plans.has(v), needles: [...plans] };
    }
    // Once the child's id is known, only records holding it need parsing.
    const id = knownId ?? (found as string | null);
    const needles = id !== null ? { needles: [id] } : {};
    return {
      ...needles,
      column: 'childId',
      keep: (v) => v !== null && matches(v),
    };
  };
  const ex = await loadExport(path, { ...opts, rowKeep });
  // Any layout not read through the canonical CSV loader still holds every row: find and narrow here.
  if (found === null) for (const id of childIdsOf(ex)) if (matches(id)) break;
  narrow(ex, found);
  ex.onlyChild = { childId: found, children: found !== null ? 0 : await countChildren(path, opts) };
  return ex;
}

/**
 * How many children the export holds, said only for a child it does not hold (the rows read above
 * were filtered): the children table alone when there is one, else every table.
 */
async function countChildren(path: string, opts: LoadOptions): Promise<number> {
  const children = await loadExport(path, { ...opts, tables: ['children'] });
  return childIdsOf(children.tables.children ? children : await loadExport(path, opts)).size;
}

/** Every child id the export holds: the children table's, else any table's. */
export function childIdsOf(ex: LoadedExport): Set<string> {
  const ids = new Set<string>();
  const tables: readonly (readonly Row[])[] = ex.tables.children
    ? [ex.tables.children]
    : Object.entries(ex.tables).flatMap(([t, rows]) => (t === 'workers' || t === 'reviews' ? [] : [rows as Row[]]));
  for (const rows of tables) for (const r of rows) if (typeof r.childId === 'string') ids.add(r.childId);
  return ids;
}

/** Keeps the rows of one child (and the reviews of their plans) in every table but workers. */
function narrow(ex: LoadedExport, childId: string | null): void {
  const tables = ex.tables as Record<string, Row[]>;
  for (const table of Object.keys(tables)) {
    if (table === 'workers' || table === 'reviews') continue;
    tables[table] = tables[table]!.filter((r) => r.childId === childId && childId !== null);
  }
  if (tables.reviews) {
    const plans = new Set((ex.tables.plans ?? []).map((p) => p.planId).filter((id): id is string => id !== null));
    tables.reviews = tables.reviews.filter((r) => typeof r.planId === 'string' && plans.has(r.planId));
  }
}
