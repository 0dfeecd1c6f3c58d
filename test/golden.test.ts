/**
 * Behaviour kept (issue 16): the built CLI audits every export under fixtures/ and its findings.json
 * must equal, byte for byte, the golden copy in test/golden/ (for an export the audit refuses with
 * exit 2: its one line on stderr). The golden files are written by `npm run identity --
 * --update-golden`, so a change in behaviour shows in review as a diff of test/golden/, never
 * silently. The golden files are written in UTC with the C locale; this test runs the audits in
 * another zone and locale, so it also checks that neither changes a byte.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// The script and this test share how an export is audited and compared (scripts/identityRuns.mjs).
import {
  auditArgs,
  auditOnce,
  firstDifference,
  fixtureExports,
  goldenJson,
  goldenRuns,
} from '../scripts/identityRuns.mjs';

const ROOT = resolve('.');
const BIN = resolve('bin/caseaudit.js');
// UTC+12:45/+13:45 with daylight saving, and a locale whose case rules and number format differ.
const ELSEWHERE = { TZ: 'Pacific/Chatham', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8' };

const exportsFound: string[] = fixtureExports(ROOT);
const runs = JSON.parse(readFileSync(goldenRuns(ROOT), 'utf8')) as Record<string, { exitCode: number; stderr: string }>;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [relative(ROOT, join(dir, e.name))],
  );
}

describe('golden output of every fixture', () => {
  it('finds the exports, and test/golden/ describes each of them and nothing else', () => {
    expect(exportsFound).toEqual(expect.arrayContaining(['fixtures/demo', 'fixtures/mini', 'fixtures/ssd-small']));
    expect(exportsFound.filter((p) => p.startsWith('fixtures/bad/')).length).toBeGreaterThan(40);
    expect(Object.keys(runs)).toEqual(exportsFound);
    const expected = exportsFound.map((p) => goldenJson(ROOT, p)).filter((f) => existsSync(f));
    expect(filesUnder(resolve('test/golden')).sort()).toEqual(
      [...expected, goldenRuns(ROOT)].map((f) => relative(ROOT, f)).sort(),
    );
  });

  it.each(exportsFound)('%s gives the golden exit code, stderr and findings.json', async (path) => {
    const r = await auditOnce(BIN, ROOT, auditArgs(ROOT, path), ELSEWHERE);
    expect({ exitCode: r.code, stderr: r.stderr }).toEqual(runs[path]);
    const golden = goldenJson(ROOT, path);
    if (!existsSync(golden)) return expect(r.json).toBeNull();
    expect(r.json, 'no findings.json').not.toBeNull();
    // The first differing JSON path, or null when the bytes match (to accept a change on purpose:
    // npm run identity -- --update-golden, and review the diff).
    expect(firstDifference(readFileSync(golden), r.json!)).toBeNull();
  });
});
