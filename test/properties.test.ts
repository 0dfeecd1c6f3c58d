/**
 * Property-based tests (fast-check) for the date parser, the working-day calendar and the CSV
 * loader: laws that must hold for every input, not just the examples in the other suites.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, loadExport } from '../src/load/index.js';
import { isValueError, parseDate, parseDateGeneral } from '../src/load/values.js';
import { addWorkingDays, isBankHoliday, wd } from '../src/model/calendar.js';
import { dayFromYmd, toIso, weekday, ymd } from '../src/model/day.js';

const RUNS = { numRuns: 300, seed: 20240331 };
// Days from 1990 to 2070 (the calendar's fast window) and a little beyond it on each side.
const day = fc.integer({ min: dayFromYmd(1985, 1, 1), max: dayFromYmd(2075, 12, 31) });
const plausibleDay = fc.integer({ min: dayFromYmd(1910, 1, 1), max: dayFromYmd(2100, 12, 31) });
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad = (n: number) => String(n).padStart(2, '0');

describe('date parser (src/load/values.ts)', () => {
  it('reads every supported day-first spelling of a date as that date', () => {
    fc.assert(
      fc.property(plausibleDay, fc.integer({ min: 0, max: 8 }), (d, style) => {
        const { year, month, day: dd } = ymd(d);
        const text = [
          toIso(d),
          `${pad(dd)}/${pad(month)}/${year}`,
          `${dd}/${month}/${year}`,
          `${pad(dd)}-${pad(month)}-${year}`,
          `${pad(dd)}.${pad(month)}.${year}`,
          `${pad(dd)}-${MONTHS[month - 1]!.slice(0, 3)}-${year}`,
          `${dd} ${MONTHS[month - 1]} ${year}`,
          `${toIso(d)}T14:05:33Z`,
          `${pad(dd)}/${pad(month)}/${year} 14:05`,
        ][style]!;
        expect(parseDate(text)).toBe(d);
      }),
      RUNS,
    );
  });

  it('fast paths give exactly what the general path gives, on dates, times and their near misses', () => {
    // Strings built from the pieces dates are made of, so most are near misses of a fast path:
    // wrong separators, one digit short, bad months, odd time suffixes, stray letters.
    const piece = fc.constantFrom(
      '0',
      '1',
      '2',
      '9',
      '05',
      '13',
      '29',
      '31',
      '00',
      '2024',
      '1899',
      '1910',
      '2100',
      '2101',
      '24',
      '123',
      '-',
      '/',
      '.',
      ' ',
      'T',
      ':',
      'Z',
      'z',
      '+01:00',
      '-0500',
      'pm',
      'AM',
      'Mar',
      'mar',
      'MAY',
      'Sep',
      'Sept',
      'Jux',
      'pro',
      'th',
      ',',
      '  ',
      '\u00a0',
    );
    const near = fc.array(piece, { minLength: 1, maxLength: 12 }).map((ps) => ps.join(''));
    // Each part of a date or time is usually well formed and sometimes not, so whole strings are
    // often one flaw away from a fast path.
    const part = (good: string[], bad: string[]) =>
      fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: fc.constantFrom(...bad) });
    const time = fc
      .tuple(
        part(['', ' ', 'T'], ['t', 'TT', '  ']),
        part(['14', '09'], ['7', '99', '1a']),
        part([':05'], [':5', '05', ':']),
        part(['', ':33'], [':3', ':']),
        part(['', '.120', '.5'], ['.', '.1x']),
        part(['', 'Z'], ['z', '+01:00', ' pm', 'x', 'ZZ']),
      )
      .map(([sep, hh, mm, ss, frac, zone]) => (sep === '' ? '' : sep + hh + mm + ss + frac + zone));
    const dated = fc
      .tuple(plausibleDay, fc.integer({ min: 0, max: 5 }), part([''], ['00', '32', '3', '1a', '０5']), time)
      .map(([d, style, dayText, suffix]) => {
        const { year, month, day: dd } = ymd(d);
        const ds = dayText === '' ? pad(dd) : dayText;
        const mon = MONTHS[month - 1]!.slice(0, 3);
        return (
          [
            `${year}-${pad(month)}-${ds}`,
            `${ds}/${pad(month)}/${year}`,
            `${ds}.${pad(month)}-${year}`,
            `${ds}-${mon}-${year}`,
            `${ds} ${mon.toUpperCase()} ${year}`,
            `${ds}-${mon} ${year}`,
          ][style]! + suffix
        );
      });
    fc.assert(
      fc.property(fc.oneof(near, dated), (s) => {
        expect(parseDate(s)).toEqual(parseDateGeneral(s));
      }),
      { numRuns: 20_000, seed: 20240331 },
    );
  });

  it('never reads month first: a day above 12 in the second place is rejected, not swapped', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 13, max: 31 }),
        fc.integer({ min: 1910, max: 2100 }),
        (m, d, y) => {
          const v = parseDate(`${pad(m)}/${pad(d)}/${y}`);
          expect(isValueError(v) && v.error).toBe('bad-date');
        },
      ),
      RUNS,
    );
  });

  it('rejects every two-digit year', () => {
    fc.assert(
      fc.property(plausibleDay, fc.constantFrom('/', '-', '.'), (d, sep) => {
        const { year, month, day: dd } = ymd(d);
        const v = parseDate(`${pad(dd)}${sep}${pad(month)}${sep}${pad(year % 100)}`);
        expect(isValueError(v) && v.error).toBe('two-digit-year');
      }),
      RUNS,
    );
  });

  it('returns a day, blank or a ValueError for any string, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'binary' }), (s) => {
        const v = parseDate(s);
        expect(
          v === null ||
            isValueError(v) ||
            (Number.isInteger(v) && v >= dayFromYmd(1910, 1, 1) && v <= dayFromYmd(2100, 12, 31)),
        ).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('working-day calendar (src/model/calendar.ts)', () => {
  it('is additive: wd(a, b) + wd(b, c) = wd(a, c), in any order', () => {
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        expect(wd(a, b) + wd(b, c)).toBe(wd(a, c));
      }),
      RUNS,
    );
  });

  it('is antisymmetric, zero on the same day, and never more than the calendar days', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(wd(a, b) + wd(b, a)).toBe(0);
        expect(wd(a, a)).toBe(0);
        expect(Math.abs(wd(a, b))).toBeLessThanOrEqual(Math.abs(b - a));
      }),
      RUNS,
    );
  });

  it('addWorkingDays is its inverse: wd(a, addWorkingDays(a, n)) = n, landing on a working day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (a, n) => {
        const x = addWorkingDays(a, n);
        expect(wd(a, x)).toBe(n);
        if (n > 0) {
          expect(wd(a, x - 1)).toBe(n - 1); // the smallest such day
          expect([0, 6]).not.toContain(weekday(x));
          expect(isBankHoliday(x)).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('a 7-day window has 5 working days minus the bank holidays on its weekdays', () => {
    fc.assert(
      fc.property(day, (a) => {
        let holidays = 0;
        for (let x = a + 1; x <= a + 7; x++) if (weekday(x) !== 0 && weekday(x) !== 6 && isBankHoliday(x)) holidays++;
        expect(wd(a, a + 7)).toBe(5 - holidays);
      }),
      RUNS,
    );
  });

  it('the fast window and the day-by-day count agree across its edges', () => {
    // wd uses prefix sums inside 1990–2070 and counts day by day outside; additivity across the
    // boundary ties the two together.
    const edge = dayFromYmd(1990, 1, 1);
    fc.assert(
      fc.property(fc.integer({ min: edge - 60, max: edge - 1 }), fc.integer({ min: edge, max: edge + 60 }), (a, b) => {
        let n = 0;
        for (let x = a + 1; x <= b; x++) if (weekday(x) !== 0 && weekday(x) !== 6 && !isBankHoliday(x)) n++;
        expect(wd(a, b)).toBe(n);
      }),
      RUNS,
    );
  });
});

describe('CSV loader (src/load)', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'caseaudit-prop-'));

  it('random bytes never throw out of loadExport except as InputError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom('plans.csv', 'children.tsv', 'workers.txt'),
        async (bytes, name) => {
          const dir = folder();
          writeFileSync(join(dir, name), bytes);
          try {
            const ex = await loadExport(dir);
            const t = [...ex.dq.tables.values()].find((q) => q.file === name)!;
            expect(['loaded', 'failed']).toContain(t.status);
          } catch (e) {
            expect(e).toBeInstanceOf(InputError);
          }
        },
      ),
      { numRuns: 120, seed: 20240331 },
    );
  });

  it('flags exactly the rows whose id came earlier, whether the ids are in order or not', async () => {
    // Ids from a small set, sometimes sorted (the loader's shortcut) and sometimes not.
    const ids = fc.array(fc.constantFrom('P1', 'P2', 'P3', 'P10', 'p2', 'P2 ', ''), { minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(ids, fc.boolean(), async (list, sorted) => {
        const order = sorted ? [...list].sort() : list;
        const dir = folder();
        writeFileSync(
          join(dir, 'plans.csv'),
          ['plan_id,child_id,plan_type,start_date', ...order.map((id) => `${id},C1,cp,2024-01-05`)].join('\n') + '\n',
        );
        const ex = await loadExport(dir);
        const firstSeen = new Set<string>();
        const expectedLines: number[] = [];
        order.forEach((id, i) => {
          const v = id.trim();
          if (v === '') return;
          if (firstSeen.has(v)) expectedLines.push(i + 2);
          else firstSeen.add(v);
        });
        const group = ex.dq.issueGroups().find((g) => g.code === 'duplicate-id');
        expect(group?.count ?? 0).toBe(expectedLines.length);
        expect((group?.examples ?? []).map((e) => e.line)).toEqual(expectedLines.slice(0, 5));
        expect(ex.tables.plans!.map((p) => p.planId)).toEqual(
          order.map((id, i) => (id.trim() === '' || expectedLines.includes(i + 2) ? null : id.trim())),
        );
      }),
      { numRuns: 300, seed: 20240331 },
    );
  });

  it('random valid CSVs written with proper quoting round-trip their cell values', async () => {
    // Cells: any text without NUL, including commas, quotes, line breaks and non-ASCII. Cells the
    // loader reads as blank (spaces only, NULL, N/A, -) are left out: blank is their meaning.
    const cell = fc
      .string({
        maxLength: 12,
        unit: fc.constantFrom('a', 'Z', '7', ',', '"', '\n', '\r\n', ' ', 'é', '€', ';', '\t', "'", '='),
      })
      .map((s) => s.trim())
      .filter((s) => s !== '' && !/^(null|#n\/a|n\/a|-|na)$/i.test(s));
    // Ids made unique (a repeated id is a data-quality issue and loses its value by design).
    const table = fc
      .array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 20 })
      .map((rs) => rs.map(([a, b, c], i): [string, string, string] => [`FICT-${i}${a}`, b, c]));
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom('\n', '\r\n'), fc.boolean(), async (rows, eol, bom) => {
        const quote = (s: string) => (/[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s);
        const text = ['child_id,gender,ethnicity', ...rows.map((r) => r.map(quote).join(','))].join(eol) + eol;
        const dir = folder();
        writeFileSync(
          join(dir, 'children.csv'),
          Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]),
        );
        const ex = await loadExport(dir);
        const got = ex.tables.children!.map((c) => [c.childId, c.gender, c.ethnicity]);
        expect(got).toEqual(rows.map((r) => [...r]));
        // And each row's line is where it starts in the file.
        let line = 2;
        ex.tables.children!.forEach((c, i) => {
          expect(c.line).toBe(line);
          line += 1 + rows[i]!.reduce((n, s) => n + (s.match(/\r\n|\n/g)?.length ?? 0), 0);
        });
      }),
      { numRuns: 150, seed: 20240331 },
    );
  });
});
