/**
 * A measure the rule itself reports as not measured (no workforce census: the vacancy rate of an
 * SSD extract) is not measured in every view, as one the layout's columns cannot support: before,
 * it kept England's figure beside "not measured" in the JSON, HTML and PDF, twelve empty trend
 * points, and "no direction" in the terminal and metrics.csv.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');
const SSD = resolve('fixtures/ssd-small');

interface JsonMetric {
  value: number | null;
  note?: string;
  england?: unknown;
  trend?: unknown[];
  trendDirection?: string | null;
}

describe('a measure the rule reports as not measured, in every view', () => {
  it('SSD vacancy rate: no England figure, no trend, no direction', () => {
    const out = mkdtempSync(join(tmpdir(), 'caseaudit-nm-'));
    const r = spawnSync(
      process.execPath,
      [BIN, 'audit', SSD, '--as-at', '2024-03-31', '--format', 'json,csv,html', '--out', out, '--quiet'],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(r.status).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as {
      trends?: { points: string[] };
      rules: { id: string; metrics: Record<string, JsonMetric>; limitations: string[] }[];
    };
    // The audit has trends: the other measures keep theirs.
    expect(json.trends!.points).toHaveLength(12);
    const workforce = json.rules.find((x) => x.id === 'workforce')!.metrics;
    const vacancy = workforce.vacancyRate!;
    expect(vacancy.value).toBeNull();
    expect(vacancy.note).toMatch(/^not measured: vacancies are given only by a workforce census return/);
    expect(vacancy.england).toBeUndefined();
    expect(vacancy.trend).toBeUndefined();
    expect(vacancy.trendDirection).toBeUndefined();
    // Every other workforce measure is withdrawn by the layout: none has a trend either.
    for (const m of Object.values(workforce)) expect(m.trend).toBeUndefined();
    // Nor a count of workers "left out of the agency rate" when there is no agency rate.
    const limits = json.rules.find((x) => x.id === 'workforce')!.limitations.join('\n');
    expect(limits).toMatch(/agencyRate: not measured/);
    expect(limits).not.toMatch(/left out of the agency rate/);
    const caseloads = json.rules.find((x) => x.id === 'caseloads')!.metrics.averagePerFte!;
    expect(caseloads.trend).toHaveLength(12);
    expect(caseloads.england).toBeDefined();

    const line = r.stdout.split('\n').find((l) => /^\s+vacancyRate\s/.test(l))!;
    expect(line).toMatch(/not measured/);
    expect(line).not.toMatch(/direction|stable|worsening|improving/);

    const csvRow = readFileSync(join(out, 'metrics.csv'), 'utf8')
      .split('\r\n')
      .find((l) => l.startsWith('workforce,vacancyRate,'))!;
    // Value, numerator, denominator blank; then threshold 0.142, "at most", RAG none, why, and
    // every trend column (direction and twelve points) blank.
    expect(
      csvRow.endsWith(
        `,0.142,at most,none,vacancies are given only by a workforce census return (LALevelVacancies); add its XML file${','.repeat(13)}`,
      ),
    ).toBe(true);

    // England's vacancy figure (its source names "vacancies FTE") is nowhere in the HTML.
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).not.toContain('vacancies FTE');
    expect(html).toContain('vacancies are given only by a workforce census return');
  });
});

interface ChronologyJson {
  events: { date: string; event: string; limitBroken: string | null }[];
}

/** `caseaudit child … --format json` for one child of an export, as a user runs it. */
function childJson(path: string, child: string, asAt: string): ChronologyJson {
  const out = mkdtempSync(join(tmpdir(), 'caseaudit-nm-child-'));
  const r = spawnSync(
    process.execPath,
    [BIN, 'child', path, child, '--as-at', asAt, '--format', 'json', '--out', out],
    {
      encoding: 'utf8',
    },
  );
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(readFileSync(join(out, `chronology-${child.toLowerCase()}.json`), 'utf8')) as ChronologyJson;
}

describe('child chronology of an Annex A export (latest visit and undated worker only)', () => {
  const ANNEX = resolve('fixtures/annex-a-csv');
  // Before, C4 (a CP plan from 2023-06-01, no worker, latest visit 2024-04-18) read "no worker
  // allocated 253 working days after the plan started" and "224 working days since the CP plan
  // started" on that visit, where the audit says the wait is unknown and the earlier visits are
  // not in Annex A; C3's worker was "allocated" on the plan's start, a date no list gives.
  it.each(['C3', 'C4', 'C5'])('%s: no wait or earlier gap counted, the current gap kept', (child) => {
    const c = childJson(ANNEX, child, '2024-05-31');
    expect(c.events.filter((e) => e.event === 'Worker allocated' || e.event === 'Allocation ended')).toEqual([]);
    const limits = c.events.flatMap((e) => (e.limitBroken ? [`${e.date} ${e.limitBroken}`] : []));
    expect(limits).toEqual([
      {
        C3: '2024-05-31 51 working days since the last visit (CP limit 10)',
        C4: '2024-05-31 29 working days since the last visit (CP limit 10)',
        C5: '2024-05-31 91 days since the last visit (CLA limit 42)',
      }[child],
    ]);
  });
});

describe('metrics.csv of an Annex A export', () => {
  it('names why each measure is not measured, as every other view does (before: a blank value only)', () => {
    const out = mkdtempSync(join(tmpdir(), 'caseaudit-nm-csv-'));
    const r = spawnSync(
      process.execPath,
      [BIN, 'audit', resolve('fixtures/annex-a-csv'), '--as-at', '2024-05-31', '--format', 'csv', '--out', out, '-q'],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const lines = readFileSync(join(out, 'metrics.csv'), 'utf8').slice(1).split('\r\n');
    expect(lines[0]).toContain(',RAG,Why not measured,');
    const row = lines.find((l) => l.startsWith('allocation-delay,allocatedWithinTarget,'))!;
    expect(row).toContain(
      ',0.9,at least,none,"this annex-a export does not carry every allocations record over time, not only each child\'s latest (Annex A names only the currently allocated worker, with no allocation dates)",',
    );
    // A measured value leaves the column blank.
    expect(lines.find((l) => l.startsWith('allocation-delay,unallocatedOpen,'))).toMatch(
      /,at most,(green|amber|red),,/,
    );
  });
});
