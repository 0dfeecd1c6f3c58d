/**
 * An interrupted run never leaves a half report: outputs are written to temporary names and
 * renamed only when complete. Here the CLI is stopped while Chromium is printing the PDF.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function childrenOf(pid: number): { pid: number; comm: string }[] {
  try {
    return execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((line) => {
        const [p, ...rest] = line.split(/\s+/);
        return { pid: Number(p), comm: rest.join(' ') };
      });
  } catch {
    return []; // ps exits 1 when there are none
  }
}

describe('interrupted run', () => {
  it('killed during the PDF leaves no report.pdf and no partial file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'caseaudit-kill-'));
    const child = spawn(
      process.execPath,
      [resolve('bin/caseaudit.js'), 'audit', resolve('fixtures/demo'), '--format', 'json,html,pdf', '--out', out],
      { stdio: 'ignore' },
    );
    const exited = new Promise<NodeJS.Signals | number | null>((res) =>
      child.on('exit', (code, signal) => res(signal ?? code)),
    );
    // Wait until the browser has been started by this run, then stop the run.
    let browsers: number[] = [];
    for (let i = 0; i < 300 && browsers.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      browsers = childrenOf(child.pid!)
        .filter((c) => /chrom/i.test(c.comm))
        .map((c) => c.pid);
    }
    expect(browsers.length).toBeGreaterThan(0);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // The killed run cannot close its browser; do it here so the suite leaves nothing running.
    for (const pid of browsers) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    expect(existsSync(join(out, 'report.pdf'))).toBe(false);
    // Every output is written only after all rendering, so nothing at all was left behind.
    expect(readdirSync(out)).toEqual([]);
  });
});
