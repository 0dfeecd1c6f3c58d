/** `caseaudit child` and `caseaudit sample` as a user runs them: the built binary, spawned. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');
const DEMO = resolve('fixtures/demo');

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: mkdtempSync(join(tmpdir(), 'caseaudit-cli-')),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'caseaudit-out-'));

describe('caseaudit child', () => {
  it('prints the Markdown chronology by default and writes html and json with --out', () => {
    const r = cli(['child', DEMO, 'C000131', '--as-at', '2024-03-31']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('# Chronology of child C000131, as at 2024-03-31');
    expect(r.out).toMatch(/## Concerns \(\d+\)/);
    const out = tmp();
    const w = cli(['child', DEMO, 'C000131', '--as-at', '2024-03-31', '--format', 'html,json', '--out', out]);
    expect(w.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['chronology-c000131.html', 'chronology-c000131.json']);
    const json = JSON.parse(readFileSync(join(out, 'chronology-c000131.json'), 'utf8'));
    expect(json.childId).toBe('C000131');
    expect(json.events.length).toBeGreaterThan(10);
    expect(readFileSync(join(out, 'chronology-c000131.html'), 'utf8')).toContain('<blockquote>');
  });

  it('an unknown child is one line naming how many children the export holds (exit 2)', () => {
    const r = cli(['child', DEMO, 'NOBODY', '--as-at', '2024-03-31']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('caseaudit: child "NOBODY" is not in this export, which holds 300 children\n');
  });

  it('html or json without --out is a usage error', () => {
    const r = cli(['child', DEMO, 'C000131', '--format', 'html']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^caseaudit: --format html and json are written to files: give --out <dir>/);
  });
});

describe('the help examples of caseaudit child', () => {
  // Examples are copied by users as printed: each must name a child the demo holds, and the one
  // on fixtures/demo must run from the repository's root as it is written.
  const examples = [cli(['--help']).out, cli(['child', '--help']).out].flatMap((help) =>
    [...help.matchAll(/^ {2}\$ (?:CASEAUDIT_KEY=\S+ )?caseaudit child (.+)$/gm)].map((m) => m[1]!.split(' ')),
  );
  const demoIds = new Set(
    readFileSync(join(DEMO, 'children.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]),
  );

  it('name children of the demo export (or their pseudonymised code)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const [, id, ...rest] of examples) {
      if (rest.includes('--pseudonymise')) expect(id).toMatch(/^C-[0-9a-f]+$/);
      else expect(demoIds.has(id!), `example child id ${id}`).toBe(true);
      const out = rest.indexOf('--out');
      if (out >= 0 && !rest.includes('--pseudonymise')) expect(rest[out + 1]).toBe(`child-${id}`);
    }
  });

  it('run as printed on fixtures/demo', () => {
    const runnable = examples.filter(([exp]) => exp === 'fixtures/demo');
    expect(runnable.length).toBeGreaterThanOrEqual(2);
    for (const args of runnable) {
      const r = spawnSync(process.execPath, [BIN, 'child', ...args], {
        cwd: resolve('.'),
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '' },
      });
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout).toContain(`# Chronology of child ${args[1]}, as at 2024-03-31`);
    }
  }, 180_000); // the example without an as-at date audits the whole demo
});

describe('caseaudit sample', () => {
  it('writes the same bytes for the same seed, with the seed in the header line', () => {
    const a = tmp(),
      b = tmp();
    const r1 = cli([
      'sample',
      DEMO,
      '--size',
      '12',
      '--seed',
      '99',
      '--as-at',
      '2024-03-31',
      '--out',
      join(a, 's.csv'),
    ]);
    const r2 = cli([
      'sample',
      DEMO,
      '--size',
      '12',
      '--seed',
      '99',
      '--as-at',
      '2024-03-31',
      '--out',
      join(b, 's.csv'),
    ]);
    expect(r1.code).toBe(0);
    expect(r1.out).toMatch(/Wrote .*s\.csv \(12 children: 6 with concerns, 6 at random; seed 99\)/);
    const text = readFileSync(join(a, 's.csv'), 'utf8');
    expect(readFileSync(join(b, 's.csv'), 'utf8')).toBe(text);
    expect(text.split('\r\n')[0]).toMatch(/^# caseaudit audit sample; as at 2024-03-31; seed 99; 12 of \d+ children/);
    expect(text.split('\r\n')[1]).toBe('Child,Team,Worker,Plan types,Reason');
    expect(r2.code).toBe(0);
  });

  it('a size larger than the open cases returns them all and says so', () => {
    const r = cli(['sample', resolve('fixtures/mini'), '--size', '40', '--as-at', '2024-03-31']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('caseaudit: --size 40 is at least the 3 open cases: the sample is all of them\n');
    expect(r.out.trimEnd().split('\r\n')).toHaveLength(5);
  });

  it.each([['-3'], ['2.5'], ['ten'], ['0']])('--size %s is a usage error (exit 2, one line)', (size) => {
    const r = cli(['sample', DEMO, '--size', size]);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n')[0]).toBe(`caseaudit: --size: "${size}" is not a whole number of at least 1`);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
