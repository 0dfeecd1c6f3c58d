/**
 * `caseaudit init <export>`: reads the headers of an export from any system, guesses which file
 * is which canonical table and which header is which column (normalised names, aliases, then
 * word overlap with a few synonyms), guesses value maps for coded columns, and writes a starter
 * config. Everything it could not place is listed, so the user knows what to fill in by hand.
 */
import { existsSync } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { detectLayout } from '../load/detectLayout.js';
import { writeOutputFile } from '../report/write.js';
import { type ColumnSpec, TABLE_NAMES, TABLE_SPECS, normaliseCode, normaliseHeader } from '../model/schema.js';
import type { TableName } from '../model/tables.js';
import { isBlank, isValueError, makeCodeParser } from '../load/values.js';
import { type CliIo, UserError } from './io.js';
import { compareText } from '../model/compare.js';

const TEXT = new Set(['.csv', '.tsv', '.txt', '.tab']);
const SAMPLE_BYTES = 1 << 20;
const MIN_OVERLAP = 0.5;

/** Words that mean the same thing in headers and file names; each maps to the canonical word. */
const WORD_SYNONYMS: Readonly<Record<string, string>> = {
  ref: 'id',
  reference: 'id',
  no: 'id',
  number: 'id',
  num: 'id',
  code: 'id',
  identifier: 'id',
  key: 'id',
  uid: 'id',
  cuid: 'id',
  client: 'child',
  person: 'child',
  pupil: 'child',
  young: 'child',
  yp: 'child',
  children: 'child',
  people: 'child',
  persons: 'child',
  staff: 'worker',
  practitioner: 'worker',
  sw: 'worker',
  professional: 'worker',
  employee: 'worker',
  caseworker: 'worker',
  workers: 'worker',
  professionals: 'worker',
  commenced: 'start',
  began: 'start',
  begin: 'start',
  started: 'start',
  from: 'start',
  opened: 'start',
  open: 'start',
  ended: 'end',
  closed: 'end',
  closure: 'end',
  finish: 'end',
  finished: 'end',
  to: 'end',
  ceased: 'end',
  until: 'end',
  dob: 'birth',
  born: 'birth',
  completed: 'completion',
  authorised: 'completion',
  authorisation: 'completion',
  plans: 'plan',
  episode: 'plan',
  episodes: 'plan',
  referrals: 'referral',
  assessments: 'assessment',
  contacts: 'contact',
  reviews: 'review',
  allocations: 'allocation',
  involvement: 'allocation',
  involvements: 'allocation',
  caseload: 'allocation',
  visits: 'visit',
  supervisions: 'supervision',
  oversight: 'supervision',
  s47: 'section47',
  enquiry: 'section47',
  enquiries: 'section47',
  category: 'type',
  kind: 'type',
  strategy: 'strategy',
  fte: 'fte',
  unit: 'team',
  department: 'team',
  dept: 'team',
  service: 'team',
};

function words(s: string): string[] {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/section\s*47/gi, 'section47')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !['of', 'the', 'a', 'an', 'csv', 'export', 'extract', 'list', 'table', 'data'].includes(w))
    .map((w) => WORD_SYNONYMS[w] ?? w);
}

function overlap(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a),
    B = new Set(b);
  if (A.size === 0 || B.size === 0) return 0;
  let both = 0;
  for (const w of A) if (B.has(w)) both++;
  return both / (A.size + B.size - both);
}

/** How well a header fits a column: 1 for a name or alias, else the best word overlap. */
export function headerScore(header: string, spec: ColumnSpec): number {
  const n = normaliseHeader(header);
  if (n === normaliseHeader(spec.name) || (spec.aliases ?? []).some((a) => normaliseHeader(a) === n)) return 1;
  const w = words(header);
  return Math.max(overlap(w, words(spec.name)), ...(spec.aliases ?? []).map((a) => overlap(w, words(a))));
}

export interface FileGuess {
  file: string;
  table: TableName | null;
  columns: Record<string, string>;
  values: Record<string, Record<string, string>>;
  unplacedColumns: string[];
  unplacedValues: Record<string, string[]>;
  missingRequired: string[];
}

export interface InitGuess {
  layout: string;
  layoutReason: string;
  files: FileGuess[];
}

async function sample(path: string): Promise<string[][]> {
  const fh = await open(path, 'r');
  let buf: Buffer;
  try {
    const b = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await fh.read(b, 0, SAMPLE_BYTES, 0);
    buf = b.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    text = new TextDecoder('windows-1252').decode(buf);
  }
  text = text.replace(/^\uFEFF/, '');
  // Only whole lines: the sample may end mid-row.
  if (buf.length === SAMPLE_BYTES) text = text.slice(0, Math.max(0, text.lastIndexOf('\n')));
  const first = text.split(/\r?\n/)[0] ?? '';
  const delimiter =
    extname(path).toLowerCase() === '.tsv' || (first.includes('\t') && !first.includes(',')) ? '\t' : ',';
  // csv-parse loads only for `init` (start-up of every other command, issue 24).
  const { parse } = await import('csv-parse/sync');
  return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
}

/** Places headers on the columns of one table: each column takes its best header, each header one column. */
function placeColumns(
  table: TableName,
  header: readonly string[],
): { columns: Record<string, string>; unplaced: string[] } {
  const specs = TABLE_SPECS[table].columns as readonly ColumnSpec[];
  const pairs: { h: string; c: ColumnSpec; s: number; i: number; j: number }[] = [];
  header.forEach((h, i) =>
    specs.forEach((c, j) => {
      const s = headerScore(h, c);
      if (s >= MIN_OVERLAP) pairs.push({ h, c, s, i, j });
    }),
  );
  pairs.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const columns: Record<string, string> = {};
  const usedHeaders = new Set<number>();
  for (const p of pairs) {
    if (columns[p.c.name] !== undefined || usedHeaders.has(p.i)) continue;
    columns[p.c.name] = p.h;
    usedHeaders.add(p.i);
  }
  const ordered = Object.fromEntries(
    specs.filter((c) => columns[c.name] !== undefined).map((c) => [c.name, columns[c.name]!]),
  );
  return { columns: ordered, unplaced: header.filter((h, i) => !usedHeaders.has(i) && h.trim() !== '') };
}

function tableScore(file: string, header: readonly string[], table: TableName): number {
  const base = words(basename(file, extname(file)));
  const nameHit = base.includes(table) || base.includes(words(table)[0] ?? table) ? 1 : 0;
  const { columns } = placeColumns(table, header);
  const required = TABLE_SPECS[table].columns.filter((c) => c.required);
  const placedRequired = required.filter((c) => columns[c.name] !== undefined).length / Math.max(1, required.length);
  return nameHit * 2 + placedRequired + Object.keys(columns).length / 100;
}

/** Guesses value maps for coded columns from the sampled rows; unknown values are listed. */
function guessValues(
  table: TableName,
  columns: Record<string, string>,
  header: readonly string[],
  rows: readonly string[][],
) {
  const values: Record<string, Record<string, string>> = {};
  const unplaced: Record<string, string[]> = {};
  for (const spec of TABLE_SPECS[table].columns as readonly ColumnSpec[]) {
    if (spec.kind.type !== 'code' || columns[spec.name] === undefined) continue;
    const idx = header.indexOf(columns[spec.name]!);
    const parser = makeCodeParser(spec.kind.values, spec.kind.synonyms);
    const distinct = [...new Set(rows.map((r) => r[idx] ?? '').filter((v) => !isBlank(v)))].sort();
    const targets = [...spec.kind.values.map((v) => [v, v] as const), ...Object.entries(spec.kind.synonyms ?? {})];
    for (const v of distinct) {
      if (!isValueError(parser(v))) continue;
      const w = words(normaliseCode(v).replace(/_/g, ' '));
      let best: { to: string; s: number } | null = null;
      for (const [from, to] of targets) {
        const s = overlap(w, words(from.replace(/_/g, ' ')));
        if (s >= MIN_OVERLAP && (!best || s > best.s)) best = { to, s };
      }
      if (best) (values[spec.name] ??= {})[v] = best.to;
      else (unplaced[spec.name] ??= []).push(v);
    }
  }
  return { values, unplaced };
}

export async function guessConfig(dir: string): Promise<InitGuess> {
  // Nothing recognised: init's own work is to guess a mapping for another system's files.
  const detected = (await detectLayout(dir)) ?? { layout: 'canonical', reason: 'no known file names' };
  if (detected.layout !== 'canonical') return { layout: detected.layout, layoutReason: detected.reason, files: [] };
  let entries: string[];
  try {
    entries = (await readdir(dir)).filter((f) => TEXT.has(extname(f).toLowerCase())).sort();
  } catch {
    throw new UserError(`${dir}: not a readable folder`);
  }
  const sampled = await Promise.all(entries.map(async (f) => ({ file: f, rows: await sample(join(dir, f)) })));
  // Each table goes to the file that fits it best; each file to one table.
  const scores = sampled.flatMap(({ file, rows }) =>
    TABLE_NAMES.map((t) => ({ file, t, s: tableScore(file, rows[0] ?? [], t) })),
  );
  scores.sort((a, b) => b.s - a.s || compareText(a.file, b.file) || compareText(a.t, b.t));
  const tableOf = new Map<string, TableName>();
  const taken = new Set<TableName>();
  for (const x of scores) {
    if (x.s < 1 || tableOf.has(x.file) || taken.has(x.t)) continue;
    tableOf.set(x.file, x.t);
    taken.add(x.t);
  }
  const files: FileGuess[] = sampled.map(({ file, rows }) => {
    const header = rows[0] ?? [];
    const table = tableOf.get(file) ?? null;
    if (!table)
      return {
        file,
        table,
        columns: {},
        values: {},
        unplacedColumns: header.filter((h) => h.trim() !== ''),
        unplacedValues: {},
        missingRequired: [],
      };
    const { columns, unplaced } = placeColumns(table, header);
    const { values, unplaced: unplacedValues } = guessValues(table, columns, header, rows.slice(1));
    const missingRequired = TABLE_SPECS[table].columns
      .filter((c) => c.required && columns[c.name] === undefined)
      .map((c) => c.name);
    return { file, table, columns, values, unplacedColumns: unplaced, unplacedValues, missingRequired };
  });
  return { layout: 'canonical', layoutReason: detected.reason, files };
}

/** The starter config: layout plus, per table, its file, column map and value map. */
export function configFromGuess(g: InitGuess): Record<string, unknown> {
  if (g.layout !== 'canonical') return { layout: g.layout };
  const mapping: Record<string, unknown> = {};
  for (const f of [...g.files].sort((a, b) => compareText(a.table ?? '', b.table ?? ''))) {
    if (!f.table) continue;
    mapping[f.table] = {
      file: f.file,
      columns: f.columns,
      ...(Object.keys(f.values).length ? { values: f.values } : {}),
    };
  }
  return { layout: 'canonical', mapping };
}

export function describeGuess(g: InitGuess, exportPath: string): string[] {
  if (g.layout !== 'canonical')
    return [`${exportPath}: ${g.layout} layout (${g.layoutReason}); it is read directly, no mapping needed.`];
  const lines = [`${exportPath}: read the headers of ${g.files.length} file(s).`];
  for (const f of g.files) {
    if (!f.table) {
      lines.push(
        `  ${f.file}: could not tell which table this is; not mapped (columns: ${f.unplacedColumns.join(', ') || 'none'})`,
      );
      continue;
    }
    lines.push(
      `  ${f.file} → ${f.table}: ${Object.entries(f.columns)
        .map(([c, h]) => (normaliseHeader(c) === normaliseHeader(h) ? c : `${c} ← "${h}"`))
        .join(', ')}`,
    );
    if (f.missingRequired.length)
      lines.push(
        `    required column(s) not found: ${f.missingRequired.join(', ')} — add them under mapping.${f.table}.columns`,
      );
    if (f.unplacedColumns.length)
      lines.push(
        `    could not place: ${f.unplacedColumns.map((h) => `"${h}"`).join(', ')} (ignored unless you map them)`,
      );
    for (const [c, m] of Object.entries(f.values))
      lines.push(
        `    values of ${c}: ${Object.entries(m)
          .map(([a, b]) => `"${a}" → ${b}`)
          .join(', ')}`,
      );
    for (const [c, vs] of Object.entries(f.unplacedValues))
      lines.push(
        `    could not place values of ${c}: ${vs.map((v) => `"${v}"`).join(', ')} — add them under mapping.${f.table}.values.${c}`,
      );
  }
  const missing = TABLE_NAMES.filter((t) => !g.files.some((f) => f.table === t));
  if (missing.length) lines.push(`  no file found for: ${missing.join(', ')} (rules that need them will not run)`);
  return lines;
}

export function registerInit(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('init')
    .description("Read an export's headers and write a starter config with a best-guess column mapping")
    .argument('<export>', 'folder of CSV files from any case-management system')
    .option('-o, --out <file>', 'config file to write', 'caseaudit.config.json')
    .option('--force', 'overwrite the config file if it exists')
    .addHelpText(
      'after',
      `
Example:
  $ caseaudit init exports/latest && caseaudit audit exports/latest`,
    )
    .action(async (exportPath: string, o: { out: string; force?: boolean }) => {
      const out = resolve(io.cwd, o.out);
      if (existsSync(out) && !o.force) throw new UserError(`${o.out} already exists (use --force to overwrite)`);
      const guess = await guessConfig(resolve(io.cwd, exportPath));
      await writeOutputFile(out, `${JSON.stringify(configFromGuess(guess), null, 2)}\n`);
      io.stdout.write(
        `${[...describeGuess(guess, exportPath), `Wrote ${o.out}: check it, then run caseaudit audit ${exportPath}`].join('\n')}\n`,
      );
      setExit(0);
    });
}
