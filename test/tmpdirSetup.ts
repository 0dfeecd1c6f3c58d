/**
 * Vitest global setup: every test file, and every CLI or Chromium it spawns, makes its temporary
 * folders under one folder for the run (TMPDIR is read by os.tmpdir() and inherited by children),
 * removed at the end, so a test run leaves no copies of generated children's data in /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'caseaudit-tests-'));
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
