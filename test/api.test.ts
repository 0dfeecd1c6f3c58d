/** The library API example in the README runs as written, against the built package. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, loadExport, render } from '../src/index.js';

describe('library API', () => {
  it('the README example runs as a user would run it (package self-import)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /### Library API\s+```ts\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    // The example is plain JavaScript apart from its fence; run it as an ES module from the repo root.
    mkdirSync(resolve('test-results'), { recursive: true });
    const file = join(mkdtempSync(join(resolve('.'), 'test-results', 'api-')), 'example.mjs');
    writeFileSync(file, `${block![1]}\nconsole.log(JSON.stringify(files.map((f) => f.name)));\n`);
    const r = spawnSync(process.execPath, [file], { cwd: resolve('.'), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const [value, names] = r.stdout.trim().split('\n');
    expect(Number(value)).toBeGreaterThan(0);
    expect(JSON.parse(names!)).toEqual(['findings.json', 'summary.md']);
  });

  it("loadChild is the package's, typed: one child's rows give their chronology", () => {
    // The README promises loadChild from 'caseaudit'; a user imports it from the package entry,
    // so the check is the package self-import (run) and a strict compile against its types.
    const dir = mkdtempSync(join(resolve('test-results'), 'api-child-'));
    const source = `import { chronology, loadChild, type LoadChildOptions } from 'caseaudit';
const opts: LoadChildOptions = { layout: 'canonical' };
const ex = await loadChild('fixtures/demo', 'C000042', opts);
const c = chronology(ex, 'C000042', { asAt: '2024-03-31' });
console.log(JSON.stringify({ child: c.childId, events: c.events.length, only: ex.onlyChild?.childId }));
`;
    writeFileSync(join(dir, 'child.ts'), source);
    const tsc = spawnSync(
      process.execPath,
      [
        resolve('node_modules/typescript/bin/tsc'),
        '--noEmit',
        '--strict',
        '--skipLibCheck',
        '--target',
        'es2022',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--types',
        'node',
        join(dir, 'child.ts'),
      ],
      { cwd: resolve('.'), encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    // The same code without its one annotation runs as an ES module.
    writeFileSync(
      join(dir, 'child.mjs'),
      source.replace(', type LoadChildOptions', '').replace(': LoadChildOptions', ''),
    );
    const r = spawnSync(process.execPath, [join(dir, 'child.mjs')], { cwd: resolve('.'), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const got = JSON.parse(r.stdout) as { child: string; events: number; only: string };
    expect(got.child).toBe('C000042');
    expect(got.only).toBe('C000042');
    expect(got.events).toBeGreaterThan(0);
  }, 180_000); // a compile and a run: slow on a loaded machine

  it('runs two rules with custom options and reads a metric', async () => {
    const ex = await loadExport('fixtures/mini');
    const result = audit(ex, {
      asAt: '2024-03-31',
      rules: ['allocation-delay', 'caseloads'],
      ruleOptions: { caseloads: { target: 2 }, 'allocation-delay': { maxWorkingDays: 10 } },
    });
    expect(result.rules.map((r) => r.id)).toEqual(['data-quality', 'allocation-delay', 'caseloads']);
    const alloc = result.rules[1]!;
    expect(alloc.options.maxWorkingDays).toBe(10);
    // P002 waited exactly 10 working days (2024-01-08 → 2024-01-22): within a limit of 10.
    expect(alloc.metrics.allocatedWithinTarget).toMatchObject({ numerator: 3, denominator: 3 });
    const caseloads = result.rules[2]!;
    // W01 holds C001 and C003 (2 children, 1 FTE); W02 holds C002 at 0.5 FTE = 2 per FTE.
    expect(caseloads.metrics.averagePerFte!.value).toBeCloseTo(3 / 1.5, 10);
    expect(caseloads.metrics.overTarget!.value).toBe(0);
    const files = await render(result, ['json']);
    expect(JSON.parse(String(files[0]!.content)).rules[2].metrics.averagePerFte.threshold).toBe(2);
  });
});
