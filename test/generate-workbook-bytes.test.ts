/**
 * `generate --workbook`: the same seed gives the same bytes (the help says so). The sheets were
 * always the same, but every zip entry carried the time it was written, so two runs two seconds
 * apart, or on another day, wrote different files. The CLI is run as a user runs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'caseaudit-workbook-bytes-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function generate(name: string, env: Record<string, string>): Buffer {
  const out = join(dir, name);
  const args = ['generate', '--layout', 'annex-a', '--workbook', '--children', '30', '--seed', '5', '-q'];
  const r = spawnSync(process.execPath, [BIN, ...args, '--as-at', '2024-03-31', '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(join(out, 'Annex_A.xlsx'));
}

/** Each zip entry's name and DOS date and time, local header and central directory, as `YYYY-MM-DD hh:mm:ss`. */
function entryTimes(zip: Buffer): string[] {
  const dos = (date: number, time: number) =>
    `${(date >> 9) + 1980}-${String((date >> 5) & 15).padStart(2, '0')}-${String(date & 31).padStart(2, '0')} ` +
    `${String(time >> 11).padStart(2, '0')}:${String((time >> 5) & 63).padStart(2, '0')}:${String((time & 31) * 2).padStart(2, '0')}`;
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const out: string[] = [];
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = zip.readUInt16LE(eocd + 10); n > 0; n--) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    out.push(`${name} ${dos(zip.readUInt16LE(at + 14), zip.readUInt16LE(at + 12))}`);
    out.push(`${name} ${dos(zip.readUInt16LE(local + 12), zip.readUInt16LE(local + 10))}`);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

describe('generate --workbook, run twice', () => {
  it('writes the same bytes, every entry dated the as-at date, in any time zone', async () => {
    const first = generate('a', { TZ: 'UTC', LC_ALL: 'C' });
    // DOS times count in two-second steps: wait past one.
    await new Promise((r) => setTimeout(r, 2100));
    const second = generate('b', { TZ: 'Pacific/Kiritimati', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8' });
    const times = entryTimes(first);
    expect(times.length).toBeGreaterThan(20);
    for (const t of times) expect(t).toMatch(/ 2024-03-31 00:00:00$/);
    expect(second.equals(first)).toBe(true);
  });
});
