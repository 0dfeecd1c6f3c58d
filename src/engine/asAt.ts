/** As-at date and period resolution (SPEC §1), and blanking of dates after as-at (SPEC §2). */
import { FIRST_YEAR, LAST_YEAR } from '../model/calendar.js';
import { type Day, parseIsoDay, periodStartFor, toIso, ymd } from '../model/day.js';
import type { LoadedExport } from '../model/export.js';
import { TABLE_NAMES, TABLE_SPECS } from '../model/schema.js';
import { heldColumns, NO_DAY, type TableColumns } from '../load/tableColumns.js';
import type { TableName } from '../model/tables.js';

export class AsAtError extends Error {}

export type AsAtSource = 'command line' | 'config' | 'latest event in export' | `reference date of ${string}`;

/** Event dates that can set the as-at date when none is given (SPEC §1). */
const EVENT_COLUMNS: readonly [string, string][] = [
  ['contacts', 'contactDate'],
  ['referrals', 'referralDate'],
  ['assessments', 'startDate'],
  ['section47', 'strategyDate'],
  ['plans', 'startDate'],
  ['reviews', 'reviewDate'],
  ['visits', 'visitDate'],
  ['supervisions', 'supervisionDate'],
];

export function latestEventDate(ex: LoadedExport, notAfter: Day): Day | null {
  let best: Day | null = null;
  for (const [t, key] of EVENT_COLUMNS) {
    const rows = ex.tables[t as keyof LoadedExport['tables']] as Record<string, unknown>[] | undefined;
    if (!rows) continue;
    for (const r of rows) {
      const d = r[key];
      if (typeof d === 'number' && d <= notAfter && (best === null || d > best)) best = d;
    }
  }
  return best;
}

/** The as-at date must lie in the years data dates are accepted in (issue 19). */
function inRange(d: Day, what: string, text: string): Day {
  const y = ymd(d).year;
  if (y < FIRST_YEAR || y > LAST_YEAR)
    throw new AsAtError(`${what}: "${text}" is outside ${FIRST_YEAR}–${LAST_YEAR}, the years dates are accepted in`);
  return d;
}

export function resolveAsAt(
  ex: LoadedExport,
  cli: string | undefined,
  config: string | undefined,
  // Asked for only when neither date is given: working out today in Europe/London loads the
  // time-zone data (about 20 ms at start-up), which an audit with --as-at never needs.
  today: () => Day,
): { asAt: Day; source: AsAtSource } {
  if (cli !== undefined) {
    const d = parseIsoDay(cli);
    if (d === null) throw new AsAtError(`--as-at: "${cli}" is not a date as YYYY-MM-DD`);
    return { asAt: inRange(d, '--as-at', cli), source: 'command line' };
  }
  if (config !== undefined) {
    const d = parseIsoDay(config);
    if (d === null) throw new AsAtError(`config asAt: "${config}" is not a valid date`);
    return { asAt: inRange(d, 'config asAt', config), source: 'config' };
  }
  // Statutory returns describe their reference date (SPEC §6.3: CIN 31 March, CSWW 30 September).
  const now = today();
  if (ex.referenceDate && ex.referenceDate.day <= now)
    return { asAt: ex.referenceDate.day, source: ex.referenceDate.what as AsAtSource };
  const d = latestEventDate(ex, now);
  if (d === null)
    throw new AsAtError('cannot work out the as-at date: the export has no event dates; pass --as-at YYYY-MM-DD');
  return { asAt: d, source: 'latest event in export' };
}

/**
 * A date given on the command line or in the config more than a month after the export's latest
 * dated event: the export was most likely taken before it, so whatever happened since is missing and
 * every record open then is counted as open on the as-at date. Said, not refused: a quiet service
 * can have no events for weeks, and the user chose the date.
 */
export function asAtCaveat(
  ex: LoadedExport,
  asAt: Day,
  source: AsAtSource,
  /** latestEventDate(ex, asAt) when already known (applyAsAt's pass found it); else worked out here. */
  known?: Day | null,
): string | null {
  if (source !== 'command line' && source !== 'config') return null;
  const latest = known !== undefined ? known : latestEventDate(ex, asAt);
  if (latest === null || asAt - latest <= 31) return null;
  return `The export's latest dated event is ${toIso(latest)}, ${asAt - latest} days before the as-at date: if the export was taken then, what happened since is not in it and records open then are counted as still open on ${toIso(asAt)}.`;
}

export function periodFor(asAt: Day, months: number): { start: Day; end: Day; months: number } {
  return { start: periodStartFor(asAt, months), end: asAt, months };
}

/**
 * The date columns that as-at blanks (every date but the date of birth), by table key. Not a
 * worker's start date: a blank one means "always was" (SPEC §3), so a start after as-at, blanked,
 * made a worker not yet in post active on the as-at date (the public workforce census sample's
 * seven later starters counted in its agency rate and vacancy rate). Kept, the worker is not active
 * before it; applyAsAt still counts it as after as-at.
 */
export function asAtDateKeys(t: (typeof TABLE_NAMES)[number]): { key: string; name: string }[] {
  return TABLE_SPECS[t].columns
    .filter(
      (c) => c.kind.type === 'date' && c.name !== 'date_of_birth' && !(t === 'workers' && c.name === 'start_date'),
    )
    .map((c) => ({ key: c.key, name: c.name }));
}

/*
 * One date column's pass of applyAsAt, held as columns or as rows: a date after as-at blanked, its
 * row's index and the date pushed to `after` (the caller logs them), and the latest date on or
 * before as-at returned when the column is the table's event column. Their own functions, not
 * loops in applyAsAt (issue 24): V8 optimised applyAsAt at its first hot loop and threw that code
 * away at a later table (another column name, another row shape), three compiles of the whole
 * function a full audit; these small loops are compiled once or twice and keep their code.
 */
function blankDays<T extends TableName>(
  cols: TableColumns<T>,
  key: string,
  isEvent: boolean,
  asAt: Day,
  latest: Day | null,
  after: number[],
): Day | null {
  const days = cols.days(key);
  for (let i = 0; i < cols.count; i++) {
    const d = days[i]!;
    if (d === NO_DAY) continue;
    if (d <= asAt) {
      if (isEvent && (latest === null || d > latest)) latest = d;
    } else {
      after.push(i, d);
      cols.set(i, key, null);
    }
  }
  return latest;
}

function blankRows(
  rows: Record<string, unknown>[],
  key: string,
  isEvent: boolean,
  asAt: Day,
  latest: Day | null,
  after: number[],
): Day | null {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const d = r[key];
    if (typeof d !== 'number') continue;
    if (d <= asAt) {
      if (isEvent && (latest === null || d > latest)) latest = d;
    } else {
      after.push(i, d);
      r[key] = null;
    }
  }
  return latest;
}

/** A worker's start date column, kept after as-at (asAtDateKeys) but counted as after it. */
const WORKER_START = TABLE_SPECS.workers.columns.find((c) => c.name === 'start_date')!;

const applied = new WeakMap<LoadedExport, Day>();

/**
 * Treats every date after as-at as blank (not yet happened) and counts it. Changes the export in
 * place, once: auditing the same loaded export at another as-at date needs a fresh load.
 */
export function applyAsAt(ex: LoadedExport, asAt: Day): Day | null | undefined {
  const prev = applied.get(ex);
  if (prev !== undefined) {
    if (prev !== asAt)
      throw new AsAtError(
        `this export was already audited as at ${toIso(prev)}; load it again to audit as at ${toIso(asAt)}`,
      );
    return undefined;
  }
  applied.set(ex, asAt);
  // latestEventDate(ex, asAt), found in the same pass over the dates (issue 24: a second pass over
  // every event date of the export for asAtCaveat). Blanking only dates after as-at changes nothing
  // it reads. Every event column is one of the columns blanked here (asAtDateKeys).
  let latest: Day | null = null;
  for (const t of TABLE_NAMES) {
    const cols = heldColumns(ex, t);
    const rows = cols ? undefined : (ex.tables[t] as Record<string, unknown>[] | undefined);
    if (!rows && !cols) continue;
    const dateCols = asAtDateKeys(t);
    const file = ex.dq.tables.get(t)?.file ?? `${t}.csv`;
    const event = EVENT_COLUMNS.find(([table]) => table === t)?.[1];
    const afterAsAt = (line: number, column: string, d: Day) =>
      ex.dq.add(
        'after-as-at',
        { table: t, file, line, columnIndex: 0, column },
        toIso(d),
        `after the as-at date ${toIso(asAt)}; treated as not yet happened`,
      );
    for (const c of dateCols) {
      const isEvent = c.key === event;
      const after: number[] = [];
      // Held as columns (src/load/tableColumns.ts): the same pass over an Int32Array.
      latest = cols
        ? blankDays(cols, c.key, isEvent, asAt, latest, after)
        : blankRows(rows!, c.key, isEvent, asAt, latest, after);
      // Logged in row order, as the pass found them (each row's index, then its date).
      for (let k = 0; k < after.length; k += 2) {
        const i = after[k]!;
        afterAsAt(cols ? cols.lines[i]! : (rows![i]!.line as number), c.name, after[k + 1]!);
      }
    }
  }
  // A worker starting after as-at: not yet in post, so not active; the date stays (asAtDateKeys).
  const file = ex.dq.tables.get('workers')?.file ?? 'workers.csv';
  const laterStart = (line: number, d: Day) =>
    ex.dq.add(
      'after-as-at',
      { table: 'workers', file, line, columnIndex: 0, column: WORKER_START.name },
      toIso(d),
      `after the as-at date ${toIso(asAt)}; not yet in post, so not active`,
    );
  // Workers held as columns (the seven-metric run, issue 24) are read so: no rows made.
  const workers = heldColumns(ex, 'workers');
  if (workers) {
    const starts = workers.days(WORKER_START.key);
    for (let i = 0; i < workers.count; i++)
      if (starts[i]! !== NO_DAY && starts[i]! > asAt) laterStart(workers.lines[i]!, starts[i]!);
  } else
    for (const w of (ex.tables.workers ?? []) as unknown as Record<string, unknown>[]) {
      const d = w[WORKER_START.key];
      if (typeof d === 'number' && d > asAt) laterStart(w.line as number, d);
    }
  return latest;
}
