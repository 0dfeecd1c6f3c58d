/**
 * Councils' systems often number children and workers (1, 2, … or 7-digit ids). Under
 * --pseudonymise the net under the coded fields no longer seeks ids made only of digits in prose
 * (it replaced counts and limits that equalled an id); so every place an id can reach an output
 * must code it by its kind. This renumbers every id of the demo export to a 7-digit number no
 * count, limit or date of the demo can equal (97xxxxx) and scans every output, the terminal and
 * every format including the PDF's text, for any of them as a whole token.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../src/load/csvParser.js';
import { TABLE_SPECS } from '../src/model/schema.js';
import { FORMAT_NAMES } from '../src/report/index.js';

const BIN = resolve('bin/caseaudit.js');
const DEMO = resolve('fixtures/demo');
const KEY = 'fictional-digits-key-0123456789';

const cell = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The demo with every value of every id column replaced by its own 97xxxxx number; returns the numbers. */
function numberedExport(): { dir: string; ids: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-digits-'));
  const numbers = new Map<string, string>();
  const numberOf = (id: string): string => {
    let n = numbers.get(id);
    if (n === undefined) numbers.set(id, (n = String(9_700_000 + numbers.size)));
    return n;
  };
  for (const spec of Object.values(TABLE_SPECS)) {
    const { records } = parseCsvText(readFileSync(join(DEMO, `${spec.name}.csv`), 'utf8'));
    const header = records[0]!.cells;
    const idAt = spec.columns.filter((c) => c.kind.type === 'id').map((c) => header.indexOf(c.name));
    const lines = records.map((r, i) =>
      r.cells.map((v, k) => cell(i > 0 && v !== '' && idAt.includes(k) ? numberOf(v) : v)).join(','),
    );
    writeFileSync(join(dir, `${spec.name}.csv`), `${lines.join('\n')}\n`);
  }
  return { dir, ids: [...numbers.values()] };
}

function outputTexts(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir)) {
    const path = join(dir, f);
    out.set(
      f,
      f.endsWith('.pdf') ? execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }) : readFileSync(path, 'utf8'),
    );
  }
  return out;
}

/** Each 97xxxxx number found as a whole token, with the file it is in. */
function found(texts: Map<string, string>, ids: ReadonlySet<string>): string[] {
  const hits: string[] = [];
  for (const [file, text] of texts)
    for (const m of text.matchAll(/(?<![A-Za-z0-9])97\d{5}(?![A-Za-z0-9])/g))
      if (ids.has(m[0])) hits.push(`${m[0]} in ${file}`);
  return hits;
}

function audit(ex: string, formats: string, extra: string[]): { out: string; stdout: string; stderr: string } {
  const out = mkdtempSync(join(tmpdir(), 'caseaudit-digits-out-'));
  const r = spawnSync(
    process.execPath,
    [BIN, 'audit', ex, '--as-at', '2024-03-31', '--format', formats, '--out', out, ...extra],
    { encoding: 'utf8', timeout: 240_000, env: { ...process.env, NO_COLOR: '1', CASEAUDIT_KEY: KEY } },
  );
  expect(r.error).toBeUndefined();
  return { out, stdout: r.stdout, stderr: r.stderr };
}

describe('--pseudonymise with ids of digits only', () => {
  it('no id reaches any output, in every format and on the terminal', () => {
    const { dir, ids } = numberedExport();
    expect(ids.length).toBeGreaterThan(1000);
    const idSet = new Set(ids);
    // Control: without the option the numbers do come out (in the worklists), so the scan can fail.
    const plain = audit(dir, 'json,csv', []);
    expect(found(outputTexts(plain.out), idSet).length).toBeGreaterThan(100);

    const coded = audit(dir, FORMAT_NAMES().join(','), ['--pseudonymise']);
    expect(coded.stderr).toBe('');
    const texts = outputTexts(coded.out);
    expect([...texts.keys()].some((f) => f.endsWith('.pdf'))).toBe(true);
    texts.set('(stdout)', coded.stdout);
    expect(found(texts, idSet)).toEqual([]);
  }, 300_000);
});
