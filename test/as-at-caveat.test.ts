/**
 * An as-at date given well after the export's latest dated event: the export was most likely
 * taken before it, so the audit counts every record open then as still open, and misses whatever
 * happened since. Every view says so (found by the lead: the demo audited a year on said nothing).
 * Run as a user runs it (the built binary, spawned).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExport } from '../src/api.js';
import { applyAsAt, latestEventDate } from '../src/engine/asAt.js';
import { parseIsoDay } from '../src/model/day.js';

const BIN = resolve('bin/caseaudit.js');
const root = mkdtempSync(join(tmpdir(), 'caseaudit-as-at-caveat-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const audit = (asAt: string) => {
  const out = join(root, asAt);
  const r = spawnSync(
    process.execPath,
    [BIN, 'audit', resolve('fixtures/demo'), '--as-at', asAt, '--format', 'json,md,html', '--out', out],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  expect(r.status, r.stderr).not.toBe(2);
  return {
    stdout: r.stdout,
    json: JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as { asAtCaveat?: string },
    md: readFileSync(join(out, 'summary.md'), 'utf8'),
    html: readFileSync(join(out, 'report.html'), 'utf8'),
  };
};

describe('an as-at date long after the export', () => {
  it('is said in the terminal, findings.json, the Markdown and the HTML', () => {
    const { stdout, json, md, html } = audit('2025-03-31');
    const caveat =
      "The export's latest dated event is 2024-03-31, 365 days before the as-at date: if the export was taken then, what happened since is not in it and records open then are counted as still open on 2025-03-31.";
    expect(json.asAtCaveat).toBe(caveat);
    expect(stdout.split('\n')[3]).toBe(caveat);
    expect(md).toContain(`**The export's latest dated event is 2024-03-31, 365 days before`);
    expect(html).toContain('<p class="notice as-at-caveat">The export&#x27;s latest dated event is 2024-03-31');
  });

  it('is not said within a month of the latest event', () => {
    const { stdout, json, md } = audit('2024-04-30');
    expect(json.asAtCaveat).toBeUndefined();
    expect(stdout).not.toContain('latest dated event');
    expect(md).not.toContain('latest dated event');
  });
});

describe('the latest event found while dates after as-at are blanked', () => {
  it('is latestEventDate of the export as loaded, at as-at dates before, inside and after its events', async () => {
    for (const iso of ['2022-06-30', '2023-09-15', '2024-03-31', '2025-03-31']) {
      const asAt = parseIsoDay(iso)!;
      const fresh = await loadExport(resolve('fixtures/demo'));
      const want = latestEventDate(fresh, asAt);
      const ex = await loadExport(resolve('fixtures/demo'));
      expect(applyAsAt(ex, asAt), iso).toBe(want);
      expect(latestEventDate(ex, asAt), iso).toBe(want);
      // Audited again at the same date: nothing is blanked, and the caller works it out itself.
      expect(applyAsAt(ex, asAt)).toBeUndefined();
    }
  });
});
