/**
 * England figures (SPEC §7): data/england.json holds the DfE's published figures with their
 * release, table, numerator and denominator; a figure that could not be verified is marked and
 * never shown; the config can replace a comparator and the report names whose figures they are.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { englandFigures } from '../src/engine/england.js';
import { audit } from '../src/engine/run.js';
import { exportFromRecords } from '../src/load/fromRecords.js';
import { parseIsoDay } from '../src/model/day.js';
import { buildView } from '../src/report/html/viewModel.js';

interface Entry {
  value: number | null;
  numerator?: number;
  denominator?: number;
  year: string;
  source: string;
  checked: boolean;
  note?: string;
  address?: string;
  provenance?: string;
}
const file = JSON.parse(readFileSync('data/england.json', 'utf8')) as Record<string, Entry>;

/**
 * The published national rows, read from the DfE's explore-education-statistics data sets and
 * the release's underlying data files: Children in need, reporting year 2025 (C1, C2, C4, D3, D7)
 * and Children's social work workforce, reporting year 2025 (1. Indicators). Percentages as
 * published, to one decimal place.
 */
const PUBLISHED: Readonly<
  Record<string, { published: number; numerator: number; denominator: number; table: string }>
> = {
  'threshold-consistency.rereferralRate': {
    published: 22.6,
    numerator: 142900,
    denominator: 632830,
    table: 'Children in need 2025, table C1',
  },
  // C2: same day 11,680 + 1–10 75,590 + 11–20 112,180 + 21–30 102,260 + 31–40 131,380 + 41–45 122,730
  'assessment-timeliness.completedWithin45': {
    published: 85.7,
    numerator: 11680 + 75590 + 112180 + 102260 + 131380 + 122730,
    denominator: 648830,
    table: 'Children in need 2025, table C2',
  },
  // C4: 16–20 working days 6,430 + 21 or more 6,990, of 6,240 + 52,430 + 6,430 + 6,990 timed
  'threshold-consistency.lateIcpc': {
    published: 18.6,
    numerator: 6430 + 6990,
    denominator: 6240 + 52430 + 6430 + 6990,
    table: 'Children in need 2025, table C4',
  },
  // D3: CPP_subsequent 15,130 of CPP_start 61,840 (the plans starting that D1 also counts)
  'threshold-consistency.repeatCpPlans': {
    published: 24.5,
    numerator: 15130,
    denominator: 61840,
    table: 'Children in need 2025, table D3',
  },
  'plan-drift.longCpPlans': {
    published: 4.4,
    numerator: 2710,
    denominator: 62300,
    table: 'Children in need 2025, table D7',
  },
  'caseloads.averagePerFte': {
    published: 15.2,
    numerator: 321661,
    denominator: 21105.4,
    table: "Children's social work workforce 2025, table 1",
  },
  'workforce.agencyRate': {
    published: 13.0,
    numerator: 5415.9,
    denominator: 5415.9 + 36186.3,
    table: "Children's social work workforce 2025, table 1",
  },
  'workforce.turnoverRate': {
    published: 11.8,
    numerator: 4276.3,
    denominator: 36186.3,
    table: "Children's social work workforce 2025, table 1",
  },
  // vacancy_fte 5,965.4 of vacancies plus inpost_fte 36,186.3: the definition workforce.vacancyRate uses
  'workforce.vacancyRate': {
    published: 14.2,
    numerator: 5965.4,
    denominator: 5965.4 + 36186.3,
    table: "Children's social work workforce 2025, table 1",
  },
};

describe('data/england.json', () => {
  it('matches the published figures, each with its release, table, numerator and denominator', () => {
    for (const [key, p] of Object.entries(PUBLISHED)) {
      const e = file[key]!;
      expect(e, key).toBeDefined();
      expect(e.checked, key).toBe(true);
      expect(e.source, key).toContain(`DfE, ${p.table}`);
      expect(e.numerator, key).toBeCloseTo(p.numerator, 6);
      expect(e.denominator, key).toBeCloseTo(p.denominator, 6);
      // a percentage as published (22.6 → 0.226); the caseload is children per FTE (15.2)
      const isRate = key !== 'caseloads.averagePerFte';
      expect(e.value, key).toBeCloseTo(isRate ? p.published / 100 : p.published, 9);
      // and the published figure is its own counts, to one decimal place; children-in-need counts
      // are published rounded to the nearest 10, which moves their ratio by up to 5/d·(1 + n/d)
      const half = isRate ? 0.0005 : 0.05;
      const countsRounding = p.table.startsWith('Children in need')
        ? (5 / p.denominator) * (1 + p.numerator / p.denominator)
        : 0;
      expect(Math.abs(p.numerator / p.denominator - e.value!), key).toBeLessThanOrEqual(half + countsRounding + 1e-12);
    }
  });

  it('is one consistent set: children in need 2024-25 and the workforce at 30 September 2025', () => {
    for (const [key, e] of Object.entries(file)) {
      expect(e.year, key).toMatch(
        key.startsWith('caseloads') || key.startsWith('workforce') ? /30 September 2025/ : /^2024-25$/,
      );
    }
  });

  it('covers every figure in the file, each checked and with the address it was read from', () => {
    expect(Object.keys(file).sort()).toEqual(Object.keys(PUBLISHED).sort());
    for (const [key, e] of Object.entries(file)) {
      expect(e.checked, key).toBe(true);
      // an explore-education-statistics data set, or the release's data file in the DfE's own repository at a commit
      expect(e.address, key).toMatch(
        /^https:\/\/(explore-education-statistics\.service\.gov\.uk\/data-catalogue\/data-set\/[0-9a-f-]{36}|github\.com\/dfe-analytical-services\/[\w-]+\/blob\/[0-9a-f]{40}\/.+\.csv)$/,
      );
    }
    // the report names the release and table; the address stays in the file
    const figures = englandFigures();
    expect(figures['threshold-consistency.repeatCpPlans']).toEqual({
      value: 0.245,
      numerator: 15130,
      denominator: 61840,
      year: '2024-25',
      comparator: 'England',
      source: file['threshold-consistency.repeatCpPlans']!.source,
      note: file['threshold-consistency.repeatCpPlans']!.note,
    });
    for (const f of Object.values(figures)) expect(Object.keys(f)).not.toContain('address');
  });

  it("sets the default limits to England's figures, where the metric is judged against England", () => {
    const defaults = (rule: string) => RULES.find((r) => r.id === rule)!.options.parse({}) as Record<string, number>;
    const value = (key: string) => file[key]!.value;
    const tc = defaults('threshold-consistency');
    expect(tc.maxRereferralRate).toBe(value('threshold-consistency.rereferralRate'));
    expect(tc.maxLateIcpcRate).toBe(value('threshold-consistency.lateIcpc'));
    expect(tc.maxRepeatCpRate).toBe(value('threshold-consistency.repeatCpPlans'));
    expect(defaults('assessment-timeliness').completedTarget).toBe(value('assessment-timeliness.completedWithin45'));
    const wf = defaults('workforce');
    expect(wf.maxAgencyRate).toBe(value('workforce.agencyRate'));
    expect(wf.maxTurnoverRate).toBe(value('workforce.turnoverRate'));
    expect(wf.maxVacancyRate).toBe(value('workforce.vacancyRate'));
  });
});

describe('comparators from the config', () => {
  const records = {
    assessments: [
      { assessment_id: 'A1', child_id: 'C1', start_date: '2024-01-02', completion_date: '2024-01-10', team: 'North' },
    ],
  };
  const sn = {
    comparator: 'Statistical neighbours (10 councils)',
    value: 0.8,
    year: '2024-25',
    source: 'LAIT, statistical neighbour average',
  };

  it("replace England's figure, and the report names whose figures they are", () => {
    const r = audit(exportFromRecords(records), RULES, {
      asAt: parseIsoDay('2024-03-31')!,
      asAtSource: 'command line',
      config: { england: { 'assessment-timeliness.completedWithin45': sn } },
      only: ['assessment-timeliness'],
    });
    const m = r.rules.find((x) => x.id === 'assessment-timeliness')!.metrics.completedWithin45!;
    expect(m.england).toEqual(sn);
    const view = buildView(r, { marking: 'M', excerpts: null, print: false, printRows: 0 });
    const mv = view.areas
      .flatMap((a) => a.rules)
      .flatMap((x) => x.metrics)
      .find((x) => x.id === 'completedWithin45')!;
    expect(mv.england).toBe('Statistical neighbours (10 councils) 80% (2024-25, LAIT, statistical neighbour average)');
    const england = audit(exportFromRecords(records), RULES, {
      asAt: parseIsoDay('2024-03-31')!,
      asAtSource: 'command line',
      config: {},
      only: ['assessment-timeliness'],
    });
    const ev = buildView(england, { marking: 'M', excerpts: null, print: false, printRows: 0 })
      .areas.flatMap((a) => a.rules)
      .flatMap((x) => x.metrics)
      .find((x) => x.id === 'completedWithin45')!;
    expect(ev.england).toMatch(/^England 85\.7% \(555,820 of 648,830; 2024-25, DfE, Children in need 2025, table C2/);
  });

  it('must say whose figures they are (exit 2, naming the key)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseaudit-sn-'));
    const cfg = join(dir, 'caseaudit.config.json');
    const { comparator: _unnamed, ...unnamed } = sn;
    writeFileSync(cfg, JSON.stringify({ england: { 'assessment-timeliness.completedWithin45': unnamed } }));
    const r = spawnSync(
      process.execPath,
      [resolve('bin/caseaudit.js'), 'audit', resolve('fixtures/mini'), '--config', cfg, '--out', dir],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('england.assessment-timeliness.completedWithin45.comparator');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
