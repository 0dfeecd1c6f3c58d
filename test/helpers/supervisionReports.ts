/**
 * The demo council (fixtures/mini) with its supervisions.csv replaced by the given rows, audited by the
 * CLI spawned as a user runs it: each call writes the HTML, JSON and CSV views and returns their text,
 * so a test can check what the explanation of a supervision record shows in which view.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

const HEADER = 'supervision_id,worker_id,supervision_date,child_id,supervisor_id,type,record_text,actions';

export interface ReportTexts {
  html: string;
  json: string;
  csv: string;
}

/** `rows`: supervisions.csv's lines after its header. Returns a runner: extra CLI flags and environment -> the views' text. */
export function supervisionReports(rows: string[]): (extra: string[], env?: Record<string, string>) => ReportTexts {
  const bin = resolve('bin/caseaudit.js');
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-sv-'));
  cpSync(resolve('fixtures/mini'), dir, { recursive: true });
  writeFileSync(join(dir, 'supervisions.csv'), [HEADER, ...rows].join('\n'));
  return (extra, env = {}) => {
    const out = mkdtempSync(join(tmpdir(), 'caseaudit-sv-out-'));
    const r = spawnSync(
      process.execPath,
      [bin, 'audit', dir, '--as-at', '2024-03-31', '--format', 'html,json,csv', '--out', out, '--quiet', ...extra],
      { encoding: 'utf8', env: { ...process.env, ...env } },
    );
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => join(f.parentPath, f.name));
    const read = (ext: string) =>
      files
        .filter((f) => f.endsWith(ext))
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
    return { html: read('.html'), json: read('.json'), csv: read('.csv') };
  };
}
