/**
 * Issue 19 items 6 and 8 (and `--format pdf,pdf`): outputs are written through temporary files
 * that cannot be redirected by a planted link, stale ones of killed runs are cleared, Ctrl-C
 * removes the Chromium profile, a PDF failure still writes every other format, and a huge cell
 * does not stop the PDF.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs } from '../src/report/write.js';

const BIN = resolve('bin/caseaudit.js');
const tmp = (p: string): string => mkdtempSync(join(tmpdir(), `caseaudit-${p}-`));

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
    return [];
  }
}

/** A small export with one plan whose id is `planId`, flagged as overdue for review. */
function exportWithPlan(planId: string): string {
  const dir = tmp('safety-ex');
  writeFileSync(
    join(dir, 'plans.csv'),
    `plan_id,child_id,plan_type,start_date\n${planId},C1,cp,2023-05-01\nP2,C2,cin,2023-06-01\n`,
  );
  writeFileSync(join(dir, 'reviews.csv'), 'plan_id,review_date\nP2,2023-07-01\n');
  return dir;
}

describe('temporary output files', () => {
  it('a symlink planted at the old temp name is not followed: its target is untouched', async () => {
    const out = tmp('safety-out');
    const victim = join(tmp('safety-victim'), 'victim.txt');
    writeFileSync(victim, 'precious');
    // The name the writer used before: <target>.<pid>.tmp, guessable from the pid.
    symlinkSync(victim, join(out, `findings.json.${process.pid}.tmp`));
    await writeOutputs(out, [{ name: 'findings.json', content: 'report' }]);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(join(out, 'findings.json'), 'utf8')).toBe('report');
  });

  it('clears temp files left by a killed run, keeps those of a live one, leaves other files alone', async () => {
    const out = tmp('safety-stale');
    let dead = 4_000_000;
    while (spawnSync('kill', ['-0', String(dead)]).status === 0) dead++;
    const stale = `.findings.json.${dead}.0123456789abcdef.caseaudit-tmp`;
    const live = `.findings.json.${process.pid}.fedcba9876543210.caseaudit-tmp`;
    for (const n of [stale, live, 'notes.txt', 'findings.json.123.tmp']) writeFileSync(join(out, n), 'x');
    mkdirSync(join(out, 'sub'));
    writeFileSync(join(out, 'sub', stale), 'x');
    await writeOutputs(out, [
      { name: 'findings.json', content: 'report' },
      { name: 'sub/a.csv', content: 'a' },
    ]);
    expect(readdirSync(out).sort()).toEqual(
      [live, 'findings.json', 'findings.json.123.tmp', 'notes.txt', 'sub'].sort(),
    );
    expect(readdirSync(join(out, 'sub'))).toEqual(['a.csv']);
  });
});

describe('the PDF', () => {
  it('Ctrl-C while printing removes the Chromium profile', async () => {
    const temp = tmp('safety-tmpdir');
    const child = spawn(
      process.execPath,
      [BIN, 'audit', resolve('fixtures/demo'), '--format', 'pdf', '--out', tmp('safety-out')],
      { stdio: 'ignore', env: { ...process.env, TMPDIR: temp } },
    );
    const exited = new Promise<NodeJS.Signals | number | null>((res) =>
      child.on('exit', (code, signal) => res(signal ?? code)),
    );
    let browsers: number[] = [];
    for (let i = 0; i < 600 && browsers.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      browsers = childrenOf(child.pid!)
        .filter((c) => /chrom/i.test(c.comm))
        .map((c) => c.pid);
    }
    expect(browsers.length).toBeGreaterThan(0);
    expect(readdirSync(temp).filter((n) => n.startsWith('caseaudit-chromium-'))).toHaveLength(1);
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    // The tool kills its browser, even one still launching (a survivor wrote into the profile
    // after it was removed, seen under load): none may be left for the lines below to kill.
    const alive = (pid: number) => {
      try {
        return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.startsWith('Z');
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 40 && browsers.some(alive); i++) await new Promise((r) => setTimeout(r, 50));
    expect(browsers.filter(alive)).toEqual([]);
    for (const pid of browsers) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    expect(readdirSync(temp).filter((n) => n.startsWith('caseaudit-chromium-'))).toEqual([]);
  }, 60_000);

  it('when Chromium fails to launch, every other format is written and the failure is one line', () => {
    const out = tmp('safety-out');
    const r = spawnSync(
      process.execPath,
      [BIN, 'audit', exportWithPlan('P1'), '--as-at', '2024-03-31', '--format', 'json,csv,md,pdf', '--out', out],
      {
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, NO_COLOR: '1', PUPPETEER_EXECUTABLE_PATH: '/bin/false' },
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^caseaudit: PDF not written: Chromium failed \(.+\); the other formats and the HTML report are written\.\n$/,
    );
    const names = readdirSync(out);
    for (const n of ['findings.json', 'summary.md', 'report.html', 'worklist-plan-drift.csv'])
      expect(names).toContain(n);
    expect(names).not.toContain('report.pdf');
  }, 150_000);

  it('--format pdf,pdf launches Chromium once; a 200,000-character id is clipped on paper, whole elsewhere', () => {
    const dir = tmp('safety-wrap');
    const log = join(dir, 'launches.log');
    const wrapper = join(dir, 'chromium');
    writeFileSync(wrapper, `#!/bin/sh\necho launch >> '${log}'\nexec /usr/bin/chromium "$@"\n`);
    chmodSync(wrapper, 0o755);
    const longId = `P${'7'.repeat(200_000)}`;
    const out = tmp('safety-out');
    const r = spawnSync(
      process.execPath,
      [BIN, 'audit', exportWithPlan(longId), '--as-at', '2024-03-31', '--format', 'pdf,json,pdf', '--out', out],
      {
        encoding: 'utf8',
        timeout: 240_000,
        env: { ...process.env, NO_COLOR: '1', PUPPETEER_EXECUTABLE_PATH: wrapper },
      },
    );
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('');
    expect(readFileSync(log, 'utf8')).toBe('launch\n');
    expect(readFileSync(join(out, 'findings.json'), 'utf8')).toContain(longId);
    const text = execFileSync('pdftotext', [join(out, 'report.pdf'), '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(text.replace(/\s+/g, '')).toContain('(200001characters)');
    expect(existsSync(join(out, 'report.html'))).toBe(false);
  }, 300_000);
});
