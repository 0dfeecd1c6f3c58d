import { describe, expect, it } from 'vitest';
import { render } from '../src/api.js';
import { neutralise, quote, renderCsv, renderWorklist, worklistColumns } from '../src/report/csv.js';
import type { RuleResult } from '../src/engine/types.js';
import { FORMULA_CELLS, HOSTILE_TEAM, PLANTED_CHILD, fixtureResult } from './helpers/reportFixture.js';

/** A small RFC 4180 reader for checking what Excel would see (quotes, doubled quotes, CRLF inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('CSV worklists', () => {
  const result = fixtureResult();
  const files = renderCsv(result);
  const byName = Object.fromEntries(files.map((f) => [f.name, String(f.content)]));

  it('writes one worklist per rule that ran, none for rules not run or failed', () => {
    expect(files.map((f) => f.name)).toEqual([
      'worklist-data-quality.csv',
      'worklist-fixture-allocation.csv',
      'worklist-fixture-outliers.csv',
      'worklist-fixture-supervision.csv',
    ]);
  });

  it('starts with a BOM, uses CRLF and puts the finding first, then the union of declared columns, then the key', () => {
    const text = byName['worklist-fixture-allocation.csv']!;
    expect(
      text.startsWith(
        '\uFEFFFinding,Child,Plan,Plan start,Delay (working days),Calendar days,Caseload,Share,Still unallocated,Team,Working days,Note,Key\r\n',
      ),
    ).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(1 + 2 + FORMULA_CELLS.length);
    expect(rows[1]).toEqual([
      'delayed-allocation',
      PLANTED_CHILD,
      'P1',
      '2024-01-02',
      '12',
      '16',
      '17.25',
      '25%',
      'Yes',
      HOSTILE_TEAM,
      '',
      '',
      'allocation-delay/plan/P1',
    ]);
    expect(rows[2]![9]).toBe('North, "East"'); // comma and quotes survive RFC 4180 quoting
    expect(rows[3]!.slice(0, 2)).toEqual(['unallocated-open', 'C10']);
    expect(rows[3]![9]).toBe('South'); // undeclared contract field "team" filled into the declared Team column
  });

  it('neutralises cells that would start a formula, but leaves numbers as numbers', () => {
    const rows = parseCsv(byName['worklist-fixture-allocation.csv']!.slice(1));
    const notes = rows.slice(3).map((r) => r[11]);
    expect(notes).toEqual(FORMULA_CELLS.map((c) => `'${c}`));
    expect(rows.slice(3).map((r) => r[10])).toEqual(['-2', '-1', '0', '1', '2', '3']);
    const dq = parseCsv(byName['worklist-data-quality.csv']!.slice(1));
    expect(dq[1]![6]).toBe("'=cmd|' /C calc'!A0 <b>x</b>");
    for (const text of Object.values(byName)) {
      const cells = parseCsv(text.slice(1))
        .flat()
        .filter((c) => !/^-?\d+(\.\d+)?$/.test(c)); // plain numbers cannot be formulas
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('adds contract ids a finding forgot to declare, and a key column once', () => {
    const rule: RuleResult = {
      ...result.rules.find((r) => r.id === 'fixture-supervision')!,
      findings: [
        {
          id: 'a',
          severity: 'low',
          title: 't',
          message: 'm',
          affected: { count: 1, unit: 'children' },
          columns: [{ key: 'days', label: 'Days', type: 'days' }],
          evidence: [{ key: 'k1', days: 3, childId: 'C9', planId: null }],
        },
        {
          id: 'b',
          severity: 'low',
          title: 't',
          message: 'm',
          affected: { count: 1, unit: 'children' },
          columns: [
            { key: 'other', label: 'Days', type: 'text' },
            { key: 'key', label: 'Key', type: 'id' },
          ],
          evidence: [{ key: 'k2', other: 'x' }],
        },
      ],
    };
    expect(worklistColumns(rule).map((c) => c.key)).toEqual(['days', 'other', 'key', 'childId']);
    expect(renderWorklist(rule)).toBe('\uFEFFFinding,Days (days),Days (other),Key,Child\r\na,3,,k1,C9\r\nb,,x,k2,\r\n');
  });

  it('writes a header-only worklist for a rule with no cases', () => {
    const rule = { ...result.rules[0]!, findings: [] };
    expect(renderWorklist(rule)).toBe('\uFEFFFinding,Key\r\n');
  });

  it('quotes and neutralises per RFC 4180 and OWASP', () => {
    expect(quote('a"b')).toBe('"a""b"');
    expect(quote('line\nbreak')).toBe('"line\nbreak"');
    expect(quote('plain')).toBe('plain');
    expect(neutralise('=1')).toBe("'=1");
    expect(neutralise('a=1')).toBe('a=1');
  });

  it('is registered as --format csv and stable across runs', async () => {
    const a = await render(fixtureResult(), ['csv']);
    const b = await render(fixtureResult(), ['csv']);
    expect(a).toEqual(b);
    // The worklists, then metrics.csv (every metric, with its trend columns when there are trends).
    expect(a.map((f) => f.name)).toEqual([...files.map((f) => f.name), 'metrics.csv']);
  });
});
