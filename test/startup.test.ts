/**
 * Start-up work an audit does not need (issue 24, the seven-metric run): the HTML templates and
 * Handlebars are not in the CLI's static import graph (they load with --format html/pdf or the
 * child command's HTML), and today's date in Europe/London, which loads the time-zone data, is
 * worked out only when no as-at date is given.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAsAt } from '../src/engine/asAt.js';
import { exportFromRecords } from '../src/load/fromRecords.js';
import { parseIsoDay } from '../src/model/day.js';

/** Every file the bundle's entry loads before running: its static imports, followed through. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import("./…")` is left for when it runs.
    for (const m of code.matchAll(/(?:^|[\s;}])(?:import|export)\s[^;(]*?from\s*"(\.[^"]+)"|^import\s*"(\.[^"]+)"/gm))
      visit(resolve(dirname(file), m[1] ?? m[2]!));
  };
  visit(entry);
  return seen;
}

describe('start-up', () => {
  it('the CLI bundle loads Handlebars and the report templates only when a command asks for them', () => {
    const graph = staticGraph(resolve('dist/bundle/cli.js'));
    expect(graph.size).toBeGreaterThan(1);
    const loaded = [...graph].map((f) => readFileSync(f, 'utf8'));
    // The file markers esbuild writes before each bundled module.
    expect(loaded.some((c) => c.includes('// dist/src/engine/run.js'))).toBe(true);
    expect(loaded.filter((c) => c.includes('// node_modules/handlebars/'))).toEqual([]);
    expect(loaded.filter((c) => c.includes('// dist/src/report/html/templates.js'))).toEqual([]);
    // …while the HTML renderer and the child command still reach them, when they run.
    expect(loaded.some((c) => /import\("\.\/(?:chunks\/)?html-[^"]+\.js"\)/.test(c))).toBe(true);
    expect(loaded.some((c) => /import\("\.\/(?:chunks\/)?chronology-[^"]+\.js"\)/.test(c))).toBe(true);
  });

  it('today is worked out only when neither the command line nor the config gives the as-at date', () => {
    const ex = exportFromRecords({
      referrals: [{ referral_id: 'R1', child_id: 'C1', referral_date: '2024-01-10' }],
    });
    const never = (): number => {
      throw new Error('today asked for');
    };
    expect(resolveAsAt(ex, '2024-03-31', undefined, never)).toEqual({
      asAt: parseIsoDay('2024-03-31'),
      source: 'command line',
    });
    expect(resolveAsAt(ex, undefined, '2024-02-29', never)).toEqual({
      asAt: parseIsoDay('2024-02-29'),
      source: 'config',
    });
    let asked = 0;
    const today = () => (asked++, parseIsoDay('2024-06-01')!);
    expect(resolveAsAt(ex, undefined, undefined, today)).toEqual({
      asAt: parseIsoDay('2024-01-10'),
      source: 'latest event in export',
    });
    expect(asked).toBe(1);
  });
});
