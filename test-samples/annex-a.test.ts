/**
 * `npm run test:samples`: the public synthetic Annex A workbook of ../shared/samples/annex-a
 * (liia-tools-pipeline, MIT), read where it is. Nobody on this project wrote it, so it checks the
 * reader against a workbook laid out as councils' own are, and the audit against what SPEC §6.1
 * says each measure is on it (issue 17).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../src/api.js';
import { detectLayout } from '../src/load/detectLayout.js';
import { loadExport } from '../src/load/index.js';
import { toIso } from '../src/model/day.js';
import type { LoadedExport } from '../src/model/export.js';
import { SAMPLES } from '../test/samples/where.js';

const SAMPLE = resolve(SAMPLES, 'annex-a', 'Annex_A_2024_Jan.xlsx');
const iso = (d: number | null) => (d === null ? null : toIso(d));
const plansOf = (ex: LoadedExport, type: string) => (ex.tables.plans ?? []).filter((p) => p.planType === type);

describe('the public Annex A sample workbook', () => {
  it('is there (the samples are read from ../shared/samples, never copied in)', () => {
    expect(existsSync(SAMPLE), SAMPLE).toBe(true);
  });

  it('is detected as Annex A', async () => {
    expect((await detectLayout(SAMPLE)).layout).toBe('annex-a');
  });

  it('loads every list with the right row counts and dates', async () => {
    const ex = await loadExport(SAMPLE);
    expect(ex.layout).toBe('annex-a');
    expect(ex.tables.contacts).toHaveLength(5); // List 1
    expect(plansOf(ex, 'early_help')).toHaveLength(5); // List 2
    expect(ex.tables.referrals).toHaveLength(6); // List 3
    expect(ex.tables.assessments).toHaveLength(5); // List 4
    expect(ex.tables.section47).toHaveLength(5); // List 5
    expect(plansOf(ex, 'cin')).toHaveLength(5); // List 6
    expect(plansOf(ex, 'cp')).toHaveLength(7); // List 7
    expect(plansOf(ex, 'cla')).toHaveLength(5); // List 8
    expect(ex.tables.reviews).toHaveLength(10); // 5 CP plans with a review conference + 5 CLA reviews
    expect(ex.tables.visits).toHaveLength(17); // 5 (List 6) + 7 (List 7) + 5 (List 8)

    const cp = plansOf(ex, 'cp').find((p) => p.childId === '10721552')!;
    expect(cp).toMatchObject({ planId: 'CP-10721552-2020-11-23', category: 'Physical abuse', team: 'Locality 4 Unit 1', previousCpPlans: 0 });
    expect([iso(cp.startDate), iso(cp.endDate)]).toEqual(['2020-11-23', '2021-02-16']);
    expect(ex.tables.reviews!.filter((r) => r.planId === cp.planId).map((r) => iso(r.reviewDate))).toEqual(['2021-02-16']);
    const v = ex.tables.visits!.find((x) => x.childId === '10721552')!;
    expect([iso(v.visitDate), v.seen, v.seenAlone]).toEqual(['2021-01-22', true, true]);
    // List 7 "Number of Previous Child Protection Plans" and List 3 "Number of Referrals in Last 12 Months".
    expect(plansOf(ex, 'cp').find((p) => p.childId === '5358472')!.previousCpPlans).toBe(1);
    expect(ex.tables.referrals!.map((r) => r.referralsLast12Months)).toEqual([0, 2, 1, 0, 2, 0]);

    const a = ex.tables.assessments!.find((x) => x.childId === '15765513')!;
    expect([iso(a.startDate), iso(a.completionDate), a.team, a.workerId]).toEqual(['2020-02-26', '2021-02-02', 'Locality 4 Unit 2', 'Marty Gonsalves']);
    const s = ex.tables.section47!.find((x) => x.childId === '10273003')!;
    expect([iso(s.strategyDate), s.icpcDate, s.outcome]).toEqual(['2020-09-16', null, 'other']); // ICPC deemed unnecessary
    const cla = plansOf(ex, 'cla').find((p) => p.childId === '3623204')!;
    expect([iso(cla.startDate), iso(cla.endDate)]).toEqual(['2008-10-22', '2020-09-22']);
    const child = ex.tables.children!.find((c) => c.childId === '9212044')!;
    expect([iso(child.dateOfBirth), child.gender, child.ethnicity]).toEqual(['2015-01-25', 'Female', 'WBRI']);
    // #N/A in List 6 "Allocated Worker" is blank: those CIN children are unallocated, not allocated to "#N/A".
    expect(ex.tables.allocations!.some((x) => x.workerId === '#N/A')).toBe(false);
    expect(ex.tables.allocations!.find((x) => x.childId === '12598894')).toBeUndefined();
  });

  it('says once what it read but did not use, and names a yes/no column\'s answers (#11)', async () => {
    const ex = await loadExport(SAMPLE);
    const groups = ex.dq.issueGroups();
    const notUsed = groups.filter((g) => g.code === 'not-used').map((g) => [g.column, g.count, g.examples[0]!.message]);
    expect(notUsed).toEqual([['List 10', 1, 'List 10 (adoption) feeds no rule; not read'], ['List 11', 1, 'List 11 (adopters) feeds no rule; not read']]);
    expect(groups.find((g) => g.code === 'unknown-column' && g.column === 'Latest Category of Abuse')).toMatchObject({ count: 1, informational: true });
    expect(groups.find((g) => g.code === 'overridden-value')).toMatchObject({ table: 'allocations', count: 1, informational: true });
    // List 4's "CS Assessment Updated" is neither yes nor no: named against yes/no, not against the outcome codes.
    const bad = groups.find((g) => g.table === 'assessments' && !g.informational)!;
    expect(bad).toMatchObject({ code: 'bad-flag', count: 5 });
    expect(bad.examples[0]).toMatchObject({ file: 'Annex_A_2024_Jan.xlsx#List 4', line: 2, columnIndex: 10, value: 'CS Assessment Updated' });
    expect(bad.examples[0]!.message).toMatch(/yes\/no answer/);
    expect(bad.examples[0]!.message).not.toMatch(/nfa|cin|s47/);
  });

  describe('audited as at 2021-03-15 (its latest event)', async () => {
    const r = audit(await loadExport(SAMPLE), {});
    const rule = (id: string) => r.rules.find((x) => x.id === id)!;

    it('uses the latest event as the as-at date', () => {
      expect(r.asAt).toBe('2021-03-15');
    });

    it('judges only CP and CLA reviews, a CLA plan since 2008 six-monthly (#1, #2)', () => {
      const pd = rule('plan-drift');
      const overdue = pd.findings.find((f) => f.id === 'overdue-reviews')?.evidence ?? [];
      expect(overdue.filter((e) => e.planType === 'cin')).toEqual([]);
      expect(pd.metrics.overdueReviews!.label).toMatch(/CIN plans not included/);
      expect(pd.metrics.overdueReviews!.value).toBe(overdue.length);
      expect(pd.metrics.reviewsOnTime).toMatchObject({ value: null, verdict: 'not-measured' });
    });

    it('measures the current visit gap: 4 of the 11 plans open on the as-at date are past their limit (#4)', () => {
      const vt = rule('visit-timeliness');
      expect(vt.metrics.plansWithinVisitLimits).toMatchObject({ numerator: 7, denominator: 11, verdict: 'fail' });
      expect(vt.findings.find((f) => f.id === 'visit-gaps')!.evidence).toHaveLength(4);
    });

    it('measures repeat CP plans from List 7 and re-referrals from List 3 (#5)', () => {
      const tc = rule('threshold-consistency');
      expect(tc.metrics.repeatCpPlans!.value).not.toBeNull();
      expect(tc.metrics.rereferralRate!.value).not.toBeNull();
      // List 3: counts 0, 2, 1, 0, 2, 0 for six referrals in the period.
      expect(tc.metrics.rereferralRate).toMatchObject({ numerator: 3, denominator: 6 });
    });

    it('does not compute an unallocated child\'s wait from the plan start (#6)', () => {
      const f = rule('allocation-delay').findings.find((x) => x.id === 'unallocated-open')!;
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const e of f.evidence) expect(e.workingDays).toBeNull();
      expect(f.message).toMatch(/how long they have waited is not in this export/);
    });
  });
});
