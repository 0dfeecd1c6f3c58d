/**
 * applyAsAt's pass over each date column (src/engine/asAt.ts; its loops in their own functions
 * since s24-jit, issue 24): every date after as-at is blanked and logged once, with its row's line
 * and its date, in row order, and nothing else is touched, against a plain pass over a fresh load.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExport } from '../src/api.js';
import { applyAsAt, asAtDateKeys } from '../src/engine/asAt.js';
import { parseIsoDay, toIso } from '../src/model/day.js';
import { TABLE_NAMES } from '../src/model/schema.js';

describe('dates after as-at, blanked and logged', () => {
  it('match a plain pass over the rows, table by table and column by column', async () => {
    for (const iso of ['2023-06-30', '2023-12-31']) {
      const asAt = parseIsoDay(iso)!;
      const fresh = await loadExport(resolve('fixtures/demo'));
      const ex = await loadExport(resolve('fixtures/demo'));
      applyAsAt(ex, asAt);
      let blanked = 0;
      for (const t of TABLE_NAMES) {
        const before = fresh.tables[t] as unknown as Record<string, unknown>[] | undefined;
        const after = ex.tables[t] as unknown as Record<string, unknown>[] | undefined;
        if (!before || !after) continue;
        const groups = new Map(
          ex.dq
            .exportTable(t)
            .groups.filter(([, g]) => g.code === 'after-as-at')
            .map(([, g]) => [g.column, g]),
        );
        const keys = asAtDateKeys(t);
        for (const { key, name } of keys) {
          const want = before
            .filter((r) => typeof r[key] === 'number' && (r[key] as number) > asAt)
            .map((r) => ({ line: r.line, value: toIso(r[key] as number) }));
          const g = groups.get(name);
          expect(g?.count ?? 0, `${iso} ${t}.${name}`).toBe(want.length);
          if (g)
            expect(g.examples.map((e) => ({ line: e.line, value: e.value }))).toEqual(want.slice(0, g.examples.length));
          blanked += want.length;
        }
        // The blanked cells are null; every other value is as loaded.
        const blankedKeys = new Set(keys.map((k) => k.key));
        before.forEach((r, i) => {
          for (const [k, v] of Object.entries(r)) {
            const now = after[i]![k];
            if (blankedKeys.has(k) && typeof v === 'number' && v > asAt) expect(now).toBeNull();
            else expect(now).toEqual(v);
          }
        });
      }
      expect(blanked, iso).toBeGreaterThan(0);
    }
  });
});
