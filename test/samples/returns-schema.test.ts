/**
 * `generate --layout returns` writes returns valid against the published schemas (issue 18): each
 * CIN census file against the schema of the collection year its `<Year>` claims, the workforce
 * census against the workforce schema, validated offline by libxml2 compiled to WebAssembly
 * (xmllint-wasm). The schemas are read where they are in ../shared/samples (never copied into the
 * project), so this runs with `npm run test:samples`, which CI runs beside `npm test`.
 *
 * Choices, for QA officers:
 * - `NumberOfPreviousCPP` is `xs:positiveInteger` in the 2022 to 2024 schemas, which leaves a
 *   first CP plan (0 previous plans) no valid value although the element is required; the 2025
 *   schema corrected the type (`positiveintegertype`, minimum 0). The generator writes 0, the
 *   count the element means, and those three schemas are validated with the 2025 definition of
 *   that one element; every other constraint is as published.
 * - A file for a collection year older than any schema here (2021, should a referral fall in it)
 *   would be validated against the oldest, 2022's.
 * - Only the 2022 workforce census schema is published here: every workforce census is validated
 *   against it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { SAMPLES } from './where.js';

const BIN = resolve('bin/caseaudit.js');
const CIN_XSD = (year: number) => join(SAMPLES, 'cin-census', `CIN_schema_${year}.xsd`);
const CSWW_XSD = join(SAMPLES, 'workforce-census', 'social_work_workforce_2022.xsd');
const SCHEMA_YEARS = [2022, 2023, 2024, 2025, 2026];
// 2024-03-31 writes the 2022 to 2024 collection years; 2026-02-28 (in-year) 2023 to 2026. Each
// year holds the episodes open in it, as they stood on its reference date (generated as a real
// census is), so the earlier years' files also hold episodes that the later ones close.
const AS_ATS = ['2024-03-31', '2026-02-28'];

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'caseaudit-returns-schema-'));
  for (const asAt of AS_ATS) {
    const r = spawnSync(
      process.execPath,
      [
        BIN,
        'generate',
        '--out',
        join(root, asAt),
        '--layout',
        'returns',
        '--seed',
        '7',
        '--children',
        '400',
        '--as-at',
        asAt,
      ],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    if (r.status !== 0) throw new Error(`generate exited ${r.status}: ${r.stderr}`);
  }
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** The schema text, with the one correction described above for 2022 to 2024. */
function cinSchema(year: number): string {
  const text = readFileSync(CIN_XSD(year), 'utf8');
  if (year >= 2025) return text;
  const from = '<xs:element name="NumberOfPreviousCPP" type="xs:positiveInteger"';
  // The correction must apply exactly once, or the schema is not the one this test was written for.
  expect(text.split(from).length - 1, `CIN_schema_${year}.xsd`).toBe(1);
  return text.replace(from, '<xs:element name="NumberOfPreviousCPP" type="xs:nonNegativeInteger"');
}

async function errorsOf(xml: string, schema: string): Promise<string[]> {
  const r = await validateXML({
    xml: [{ fileName: 'return.xml', contents: xml }],
    schema: [{ fileName: 'schema.xsd', contents: schema }],
    initialMemoryPages: 512,
    maxMemoryPages: 16384,
  });
  return r.errors.map((e) => e.message);
}

const yearOf = (xml: string) => Number(/<Year>(\d{4})<\/Year>/.exec(xml)?.[1]);

describe('generate --layout returns against the published schemas', () => {
  it('the validator finds the faults it is here to find (a check that cannot pass by default)', async () => {
    const dir = join(root, AS_ATS[0]!);
    const xml = readFileSync(join(dir, 'cin_census_2024.xml'), 'utf8');
    const broken = xml.replace(/<ReferralSource>[^<]*</, '<ReferralSource>ZZ<');
    const errors = await errorsOf(broken, cinSchema(2024));
    expect(errors.join('\n')).toMatch(/ReferralSource.*ZZ|ZZ.*ReferralSource/);
    // And the unpatched 2024 schema refuses the 0 the generator writes for a first plan.
    if (xml.includes('<NumberOfPreviousCPP>0<'))
      expect((await errorsOf(xml, readFileSync(CIN_XSD(2024), 'utf8'))).join('\n')).toMatch(/positiveInteger/);
  });

  it('every CIN census file is valid against the schema of its collection year', async () => {
    const seen = new Set<number>();
    for (const asAt of AS_ATS) {
      const dir = join(root, asAt);
      const files = readdirSync(dir).filter((f) => /^cin_census_\d{4}\.xml$/.test(f));
      expect(files.length, asAt).toBeGreaterThan(1);
      for (const f of files) {
        const xml = readFileSync(join(dir, f), 'utf8');
        const year = yearOf(xml);
        const schemaYear = Math.max(year, SCHEMA_YEARS[0]!);
        expect(SCHEMA_YEARS, `${asAt}/${f}`).toContain(schemaYear);
        seen.add(schemaYear);
        expect(await errorsOf(xml, cinSchema(schemaYear)), `${asAt}/${f} against CIN_schema_${schemaYear}`).toEqual([]);
      }
    }
    // Both generations together reach every schema published here.
    expect([...seen].sort()).toEqual(SCHEMA_YEARS);
  });

  it('the workforce census is valid against the workforce schema', async () => {
    const xsd = readFileSync(CSWW_XSD, 'utf8');
    for (const asAt of AS_ATS) {
      const xml = readFileSync(join(root, asAt, 'csww.xml'), 'utf8');
      expect(xml).toMatch(/<SWENo>SW\d{10}<\/SWENo>/);
      expect(await errorsOf(xml, xsd), `${asAt}/csww.xml`).toEqual([]);
    }
  });
});
