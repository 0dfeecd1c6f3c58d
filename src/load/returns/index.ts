/**
 * The `returns` layout (SPEC §6.3): a folder holding any of the three statutory returns — CIN
 * census (XML), SSDA903 (CSV tables), workforce census (XML) — several years of each, and
 * canonical CSVs that add what the returns lack. Files are recognised by content (detect.ts).
 *
 * Choices, for QA officers:
 * - Years are merged record by record, newest return first: a record (same kind, child and date)
 *   in two years' returns is read from the newer one.
 * - Children come from the CIN census and the 903 header; the newer return wins for a child in both.
 * - A canonical CSV in the folder (e.g. `allocations.csv`, `visits.csv`, `supervisions.csv`) is
 *   used for its table *instead of* what the returns give for it, so rows are never counted twice;
 *   the summary says so.
 * - What no return carries is reported as not measured, naming the file that would allow it.
 */
import { stat } from 'node:fs/promises';
import { parseIsoDay } from '../../model/day.js';
import type { LoadedExport } from '../../model/export.js';
import type { TableName } from '../../model/tables.js';
import { InputError } from '../csvFile.js';
import { DataQualityLog } from '../issues.js';
import type { TableMapping } from '../tableBuilder.js';
import { assembleExport, type TableSource } from '../ssd/assemble.js';
import { readRawCsv } from '../ssd/rawCsv.js';
import { readCinBuilt, RecordingLog, type ValueMaps } from './cinBuild.js';
import { byNewest, mergeNewestFirst, toSource } from './merge.js';
import { type CinCensusRead, finishCinCensus } from './cinCensus.js';
import type { CinThread } from './cinThread.js';
import { type FileRole, folderRoles, isReturn } from './detect.js';
import { historyReach, lookedAfterReach, RETURNS_ABSENT, returnsCoverage, returnsReach } from './measures.js';
import {
  allocationsOf,
  childrenOf,
  episodesOf,
  periodsOfCare,
  PLAN_LABELS,
  readCsv,
  reviewsOf,
  Table903File,
  TABLES_903,
  USED_903,
} from './ssda903.js';
import type { ReturnRead } from './types.js';
import { childrenKnown, plansKnown, sharedChildren, uniqueIdTables } from './unique.js';
import type { WorkforceCensusRead } from './workforceCensus.js';

export { detectReturns } from './detect.js';

export interface ReturnsOptions {
  maxBytes?: number;
  mapping?: { [T in TableName]?: TableMapping };
  onTable?: (table: TableName, rows: number) => void;
  /**
   * A worker thread reading some CIN census files (cinThread.ts) when true (`--threads always`);
   * else one thread reads them all. The same export either way.
   */
  threads?: boolean;
}

const DEFAULT_MAX_BYTES = 2 * 1024 ** 3;

export async function loadReturns(dir: string, opts: ReturnsOptions = {}): Promise<LoadedExport> {
  try {
    if (!(await stat(dir)).isDirectory())
      throw new InputError(`${dir}: not a folder (statutory returns are read from a folder)`);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${dir}: no such folder`);
  }
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const dq = new DataQualityLog();
  const roles = await folderRoles(dir);
  const broken = roles.find((r) => r.kind === 'broken-xml');
  if (broken && broken.kind === 'broken-xml') throw new InputError(broken.why);
  if (!roles.some(isReturn))
    throw new InputError(
      `${dir}: no statutory return found (expected a CIN census or workforce census XML, or SSDA903 CSV tables; found ${roles.map((r) => (r.kind === 'other' ? `${r.file} (${r.why})` : r.file)).join(', ') || 'no files'})`,
    );

  const cin: CinCensusRead[] = [];
  const csww: WorkforceCensusRead[] = [];
  const t903: Table903File[] = [];
  const canonical = new Map<TableName, FileRole & { kind: 'canonical' }>();
  const absent: { [T in TableName]?: string } = { ...RETURNS_ABSENT };
  const handle = async (r: FileRole, dq: DataQualityLog): Promise<void> => {
    if (r.kind === 'cin-census') cin.push(await censusHere(r.path, r.file, dq));
    else if (r.kind === 'workforce-census')
      csww.push(await (await import('./workforceCensus.js')).readWorkforceCensus(r.path, dq, maxBytes));
    else if (r.kind === 'ssda903') {
      const f = new Table903File(r.table, await readCsv(r.path, dq, maxBytes), dir);
      if (!USED_903.includes(r.table)) {
        dq.add(
          'unknown-column',
          { table: 'plans', file: r.file, line: 0, columnIndex: 0, column: '' },
          r.table,
          `SSDA903 ${r.table} table: recognised, not used by any measure`,
        );
        return;
      }
      const missing = f.missing();
      if (missing.length > 0) {
        const msg = `${r.file}: SSDA903 ${r.table} table without required column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (accepted columns: ${TABLES_903[r.table].columns.join(', ')}); not read`;
        dq.add(
          'missing-required-column',
          {
            table:
              r.table === 'header'
                ? 'children'
                : r.table === 'socialWorker'
                  ? 'allocations'
                  : r.table === 'reviews'
                    ? 'reviews'
                    : 'plans',
            file: r.file,
            line: f.raw.headerLine,
            columnIndex: 0,
            column: missing[0]!,
          },
          '',
          msg,
        );
        return;
      }
      // Its year is known here, or the audit stops in file order with why (ssda903Year.ts).
      f.year();
      t903.push(f);
    } else if (r.kind === 'canonical') {
      if (canonical.has(r.table))
        dq.add(
          'unknown-column',
          { table: r.table, file: r.file, line: 0, columnIndex: 0, column: '' },
          r.file,
          `a second file for ${r.table}; not read`,
        );
      else canonical.set(r.table, r);
    } else if (r.kind === 'other') {
      dq.add(
        'unknown-column',
        { table: 'children', file: r.file, line: 0, columnIndex: 0, column: '' },
        r.file,
        `${r.why}; not read`,
      );
    }
  };

  // Census files read on a worker thread meanwhile (cinThread.ts). Every file's issues are kept
  // apart and added to the log in file order afterwards, and the first file (in that order) that
  // fails is the error: the same log and error as reading the files one after another.
  const values: ValueMaps = {};
  for (const t of ['children', 'referrals', 'assessments', 'section47', 'plans', 'reviews'] as const) {
    const v = opts.mapping?.[t]?.values;
    if (v) values[t] = v;
  }
  const censusHere = async (path: string, file: string, log: DataQualityLog): Promise<CinCensusRead> => {
    const halves =
      cut?.path === path && thread
        ? await (await import('./cinSplit.js')).readSplit(path, cut.at, maxBytes, values, thread)
        : null;
    return finishCinCensus(halves ?? (await readCinBuilt(path, maxBytes, values)), file, log);
  };
  const censusPaths = roles.filter((r) => r.kind === 'cin-census').map((r) => r.path);
  // The worker and the cut are imported only for `threads: true` (`--threads always`): a load on one
  // thread, the CLI's default, does not compile them (a fresh process's load imports each module
  // it reaches).
  let cut: { path: string; at: number } | null = null;
  let thread: CinThread | null = null;
  if (opts.threads === true) {
    const { pickForWorker, startCinThread } = await import('./cinThread.js');
    const whole = pickForWorker(censusPaths, opts.threads);
    // One census file alone (the issue's literal case): cut in two, a part on each thread.
    cut = whole.length === 0 ? (await import('./cinSplit.js')).splitPlan(censusPaths, maxBytes) : null;
    thread = startCinThread(
      cut ? { paths: [cut.path], from: { [cut.path]: cut.at }, maxBytes, values } : { paths: whole, maxBytes, values },
    );
  }
  try {
    const logs = roles.map(() => new RecordingLog());
    const failed: { error: unknown }[] = [],
      later: number[] = [];
    const run = (i: number) => handle(roles[i]!, logs[i]!).catch((error: unknown) => void (failed[i] = { error }));
    // The 903 tables and workforce census read while the census files are scanned (each waits on the
    // disk); lists are sorted afterwards and handle takes canonical files at once, in file order.
    const census: number[] = [];
    const meanwhile: Promise<void>[] = [];
    for (const [i, r] of roles.entries()) {
      if (thread?.reads(r.path) && r.path !== cut?.path) later.push(i);
      else if (r.kind === 'cin-census') census.push(i);
      else meanwhile.push(run(i));
    }
    for (const i of census) await run(i);
    await Promise.all(meanwhile);
    for (const i of later) {
      const r = roles[i]!;
      try {
        const took = await thread!.take(r.path);
        // A file the worker could not read is read here, which words the error as ever.
        if (took) cin.push(finishCinCensus(took, r.file, logs[i]!));
        else await handle(r, logs[i]!);
      } catch (error) {
        failed[i] = { error };
      }
    }
    for (const [i, log] of logs.entries()) {
      log.replay(dq);
      if (failed[i]) throw failed[i].error;
    }
  } finally {
    thread?.stop();
  }
  cin.sort(byNewest);
  csww.sort(byNewest);
  const files903 = t903
    .map((f) => ({ f, referenceDate: f.referenceDate(), file: f.file }))
    .sort(byNewest)
    .map((x) => x.f);

  const sources: TableSource[] = [];
  const seen = new Map<TableName, Set<string>>();
  const keys = (t: TableName) => {
    let s = seen.get(t);
    if (!s) seen.set(t, (s = new Set()));
    return s;
  };
  // Children: CIN census and 903 header, newest first across both.
  const headerReads: ReturnRead[] = files903
    .filter((f) => f.table === 'header')
    .map((f) => {
      return {
        file: f.file,
        kind: 'ssda903',
        role: 'SSDA903 header',
        referenceDate: f.referenceDate(),
        tables: {
          children: {
            labels: { child_id: 'CHILD', date_of_birth: 'DOB', gender: 'SEX', ethnicity: 'ETHNIC' },
            positions: {
              child_id: f.position('CHILD'),
              date_of_birth: f.position('DOB'),
              gender: f.position('SEX'),
              ethnicity: f.position('ETHNIC'),
            },
            headerLine: f.raw.headerLine,
            records: childrenOf(f),
          },
        },
      };
    });
  const childReads = [...cin, ...headerReads].sort(byNewest);
  const cinTables: TableName[] = ['referrals', 'assessments', 'section47', 'plans', 'reviews'];
  // Children in more than one census file: only their records can repeat across years.
  const shared = sharedChildren(cin);
  const reviewPlansKnown = plansKnown(canonical, opts.mapping);
  for (const t of ['children', ...cinTables] as TableName[]) {
    // A row's childId is the child its key names when no key holds a no-break space (the reader
    // trims the id) and no config value map rewrites it; else every key is looked up.
    const byChild =
      t !== 'children' &&
      t !== 'reviews' &&
      opts.mapping?.[t]?.values?.child_id === undefined &&
      cin.every((c) => c.tables[t]?.built?.plainKeys === true);
    const merged = mergeNewestFirst(t === 'children' ? childReads : cin, t, keys(t), byChild ? shared : undefined);
    if (childrenKnown(t, canonical, opts.mapping)) for (const m of merged) m.childrenKnown = true;
    if (t === 'reviews') for (const m of merged) m.plansKnown = reviewPlansKnown;
    sources.push(...merged);
  }
  sources.push(...mergeNewestFirst(csww, 'workers', keys('workers')));

  // 903 episodes of every year merged (newest first) before they are joined into periods of care.
  const episodeKeys = new Set<string>();
  const episodes = files903
    .filter((f) => f.table === 'episodes')
    .flatMap((f) => episodesOf(f, dq).filter((e) => !episodeKeys.has(e.key) && (episodeKeys.add(e.key), true)));
  const { plans, periods } = periodsOfCare(episodes, dq);
  // Rows read are the files' lines (assemble.ts, linesRead): a period of care joins several
  // episode lines, and a file whose episodes all continue another file's periods adds none.
  const lines903 = new Map(files903.map((f) => [f.file, f.raw.rows.length]));
  for (const [file, t] of plans) sources.push({ ...toSource('plans', file, t), linesRead: lines903.get(file)! });
  for (const f of files903.filter((x) => x.table === 'episodes' && !plans.has(x.file)))
    sources.push({
      ...toSource('plans', f.file, { labels: PLAN_LABELS, headerLine: f.raw.headerLine, records: [] }),
      linesRead: f.raw.rows.length,
    });
  for (const [file, t] of reviewsOf(
    files903.filter((f) => f.table === 'reviews'),
    periods,
    dq,
  ))
    sources.push({ ...toSource('reviews', file, t), linesRead: lines903.get(file)!, plansKnown: reviewPlansKnown });
  for (const f of files903.filter((x) => x.table === 'socialWorker')) {
    const seenAlloc = keys('allocations');
    sources.push({
      table: 'allocations',
      file: f.file,
      headerLine: f.raw.headerLine,
      labels: { child_id: 'CHILD', worker_id: 'SW_ID', start_date: 'SW_DECOM', end_date: 'SW_DEC' },
      positions: {
        child_id: f.position('CHILD'),
        worker_id: f.position('SW_ID'),
        start_date: f.position('SW_DECOM'),
        end_date: f.position('SW_DEC'),
      },
      records: allocationsOf(f, seenAlloc),
    });
  }

  // A canonical CSV replaces the returns' rows for its table (never both: no double counting).
  const limitations: { [T in TableName]?: string } = {};
  const fromReturns = new Set(sources.map((s) => s.table));
  const kept = sources.filter((s) => !canonical.has(s.table));
  for (const [t, r] of canonical) {
    const raw = await readRawCsv(r.path, r.file, t, dq, maxBytes);
    const labels = Object.fromEntries(raw.header.map((h) => [h, h]));
    const positions = Object.fromEntries(raw.header.map((h, i) => [h, i + 1]));
    kept.push({
      table: t,
      file: r.file,
      headerLine: raw.headerLine,
      labels,
      positions,
      records: raw.rows.map((row) => ({
        line: row.line,
        values: Object.fromEntries(raw.header.map((h, i) => [h, row.cells[i] ?? ''])),
      })),
    });
    if (fromReturns.has(t)) limitations[t] = `${r.file} is used for ${t} instead of what the returns give for it.`;
  }
  const reach = historyReach(cin);
  if (reach) limitations.referrals = reach;
  const reach903 = lookedAfterReach(
    files903.map((f) => ({ table: f.table, referenceDate: f.referenceDate(), file: f.file })),
  );
  if (reach903 && !canonical.has('plans')) limitations.plans = reach903;

  const uniqueIds = uniqueIdTables({
    cin,
    headers: headerReads.map((r) => r.tables.children!.records.map((x) => x.key)),
    plans903: [...plans.values()].flatMap((t) => t.records.map((r) => r.key)),
    canonical: new Set(canonical.keys()),
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
  });
  const ex = assembleExport(kept, {
    uniqueIds,
    source: dir,
    layout: 'returns',
    dq,
    absent,
    limitations,
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
    ...(opts.onTable ? { onTable: opts.onTable } : {}),
  });
  const newest = [...cin, ...csww, ...files903.map((f) => ({ referenceDate: f.referenceDate(), file: f.file }))]
    .filter((r) => r.referenceDate !== null)
    .sort(byNewest)[0];
  const day = newest?.referenceDate ? parseIsoDay(newest.referenceDate) : null;
  if (day !== null && newest) ex.referenceDate = { day, what: `reference date of ${newest.file}` };
  const census = csww.find((c) => c.facts)?.facts;
  if (census)
    ex.workforceCensus = {
      ...census,
      workersFromCensus: !canonical.has('workers'),
      casesAreCaseloads: !canonical.has('allocations'),
    };
  ex.coverage = returnsCoverage({
    cin: cin.length > 0,
    reviews903: files903.some((f) => f.table === 'reviews'),
    canonical: new Set(canonical.keys()),
    allocationsFrom903: fromReturns.has('allocations'),
    reach: returnsReach(
      cin,
      files903.map((f) => ({ table: f.table, referenceDate: f.referenceDate(), file: f.file })),
    ),
  });
  // Not read into plans.previous_cp_plans (one place for the fact) on purpose: that column, where
  // given, decides alone (0 is "not a repeat" even when an earlier CP plan is in the files) and adds
  // `previousPlans` to the evidence, whereas the census's NumberOfPreviousCPP only adds repeats the
  // files cannot show. Moving it would add `previousPlans` to every repeat's evidence and could
  // drop repeats the files show (NumberOfPreviousCPP 0), so findings.json would change.
  const previousCp = new Set(cin.flatMap((c) => [...c.previousCp]));
  if (previousCp.size > 0) ex.repeatCpPlans = previousCp;
  // A 903 table read says its year and how that is known (ssda903Year.ts).
  const read903 = new Map(files903.map((f) => [f.file, f.describe()]));
  ex.returnsRead = roles.map((r) => ({ file: r.file, as: read903.get(r.file) ?? roleText(r, cin, csww) }));
  return ex;
}

function roleText(r: FileRole, cin: readonly CinCensusRead[], csww: readonly WorkforceCensusRead[]): string {
  switch (r.kind) {
    case 'cin-census':
      return cin.find((c) => c.file === r.file)?.role ?? 'CIN census';
    case 'workforce-census':
      return csww.find((c) => c.file === r.file)?.role ?? 'workforce census';
    case 'ssda903':
      return `SSDA903 ${r.table}${USED_903.includes(r.table) ? '' : ' (not used)'}`;
    case 'canonical':
      return `canonical ${r.table}`;
    default:
      return `not read: ${r.why}`;
  }
}
