/**
 * `generate --layout returns` writes its CIN census years as a real census does (issue 18, SPEC
 * §6.3): each year holds every CIN episode open at any point in that year (1 April to its
 * reference date), as it stood on the reference date. So consecutive years overlap, nothing in a
 * year is dated after its reference date, and an episode a year leaves open is in the next year,
 * brought up to date. Checked on the files themselves (the built binary, spawned), with an in-year
 * as-at date so the newest year is dated the as-at date. The audit of such years is checked in
 * returns-roundtrip.test.ts (all years against the canonical audit) and returns-data-ends.test.ts
 * (the two newest years against all years).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');
const AS_AT = '2025-11-30';

let root: string;
const generate = (out: string) => {
  const r = spawnSync(
    process.execPath,
    [
      BIN,
      'generate',
      '--out',
      join(root, out),
      '--layout',
      'returns',
      '--seed',
      '5',
      '--children',
      '500',
      '--as-at',
      AS_AT,
    ],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  expect(r.status, r.stderr).toBe(0);
};

/** One `CINdetails` of one year's file: its child, referral date and element texts. */
interface Episode {
  key: string;
  xml: string;
  /** Element blocks (`Assessments`, `CINPlanDates`, `Section47`, `ChildProtectionPlans`). */
  parts: string[];
}
interface Year {
  year: number;
  reference: string;
  xml: string;
  episodes: Map<string, Episode>;
}

const text = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1] ?? null;

function readYears(dir: string): Year[] {
  return readdirSync(dir)
    .filter((f) => /^cin_census_\d{4}\.xml$/.test(f))
    .sort()
    .map((f) => {
      const xml = readFileSync(join(dir, f), 'utf8');
      const episodes = new Map<string, Episode>();
      for (const child of xml.match(/<Child>[\s\S]*?<\/Child>/g) ?? []) {
        const id = text(child, 'LAchildID')!;
        for (const d of child.match(/<CINdetails>[\s\S]*?<\/CINdetails>/g) ?? []) {
          const key = `${id} ${text(d, 'CINreferralDate')!}`;
          const parts =
            d.match(
              /<(Assessments|CINPlanDates|Section47|ChildProtectionPlans)>[\s\S]*?<\/(Assessments|CINPlanDates|Section47|ChildProtectionPlans)>/g,
            ) ?? [];
          expect(episodes.has(key), `${f}: ${key} twice`).toBe(false);
          episodes.set(key, { key, xml: d, parts });
        }
      }
      return { year: Number(text(xml, 'Year')), reference: text(xml, 'ReferenceDate')!, xml, episodes };
    });
}

/** The first date of an element block (its start), which names it within its episode. */
const startOf = (part: string) => /\d{4}-\d{2}-\d{2}/.exec(part)![0];
/** Still open on the year's reference date: no completion, end or ICPC (when one is required). */
const isOpen = (part: string) =>
  part.startsWith('<Assessments>')
    ? !part.includes('<AssessmentAuthorisationDate>')
    : part.startsWith('<Section47>')
      ? !part.includes('<DateOfInitialCPC>') && /<ICPCnotRequired>(false|0)</.test(part)
      : !/<(CINPlanEndDate|CPPendDate)>/.test(part);

let years: Year[];
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'caseaudit-census-years-'));
  generate('a');
  years = readYears(join(root, 'a'));
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('generated CIN census years', () => {
  it('are consecutive years up to the in-year census dated the as-at date, each dated its reference date', () => {
    expect(years.length).toBeGreaterThan(2);
    years.forEach((y, i) => {
      expect(y.year, `year ${i}`).toBe(years[0]!.year + i);
      expect(y.reference).toBe(i === years.length - 1 ? AS_AT : `${y.year}-03-31`);
    });
  });

  it('hold nothing dated after their reference date (the episode as it stood then)', () => {
    for (const y of years) {
      // Every date of every episode; birth dates aside (the generator's ages are drawn apart from
      // its referral dates, so a child may be born after an early episode, in every layout).
      const body = [...y.episodes.values()].map((e) => e.xml).join('');
      const later = (body.match(/\d{4}-\d{2}-\d{2}/g) ?? []).filter((d) => d > y.reference);
      expect(later, `cin_census_${y.year}.xml`).toEqual([]);
    }
  });

  it('overlap: an episode left open in one year is in the next, with everything it had and its later dates', () => {
    let open = 0,
      updated = 0;
    for (let i = 0; i + 1 < years.length; i++) {
      const [y, next] = [years[i]!, years[i + 1]!];
      for (const e of y.episodes.values()) {
        if (!e.parts.some(isOpen)) continue;
        open++;
        const later = next.episodes.get(e.key);
        expect(later, `${e.key} open in ${y.year}, missing from ${next.year}`).toBeDefined();
        // Every element it had is there, starting on the same day, in the same order of kinds.
        const starts = later!.parts.map((p) => `${p.slice(0, p.indexOf('>') + 1)}${startOf(p)}`);
        for (const p of e.parts) expect(starts, e.key).toContain(`${p.slice(0, p.indexOf('>') + 1)}${startOf(p)}`);
        if (later!.xml !== e.xml) updated++;
      }
    }
    // The fixture must exercise the overlap: episodes open over a year end, some closed or
    // extended by the next reference date.
    expect(open).toBeGreaterThan(20);
    expect(updated).toBeGreaterThan(5);
  });

  it('hold only episodes open at some point in the year: referred in it, or with a date in it, or still open', () => {
    for (const y of years) {
      const from = `${y.year - 1}-04-01`;
      for (const e of y.episodes.values()) {
        const dates = e.xml.match(/\d{4}-\d{2}-\d{2}/g)!;
        const inYear = dates.some((d) => d >= from) || e.parts.some(isOpen);
        expect(inYear, `${e.key} in cin_census_${y.year}.xml`).toBe(true);
      }
    }
  });

  it('count a CP plan’s earlier CP plans in NumberOfPreviousCPP, the same in every year holding it', () => {
    const previous = new Map<string, string>();
    let repeats = 0;
    for (const y of years)
      for (const e of y.episodes.values())
        for (const p of e.parts.filter((q) => q.startsWith('<ChildProtectionPlans>'))) {
          const key = `${e.key.split(' ')[0]} ${text(p, 'CPPstartDate')}`;
          const n = text(p, 'NumberOfPreviousCPP')!;
          expect(previous.get(key) ?? n, key).toBe(n);
          previous.set(key, n);
          if (n !== '0') repeats++;
        }
    expect(repeats).toBeGreaterThan(0);
  });

  it('are the same bytes for the same seed', () => {
    generate('b');
    const a = readdirSync(join(root, 'a')).sort();
    expect(readdirSync(join(root, 'b')).sort()).toEqual(a);
    for (const f of a) expect(readFileSync(join(root, 'b', f)).equals(readFileSync(join(root, 'a', f))), f).toBe(true);
  });
});
