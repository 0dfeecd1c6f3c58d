/**
 * The id pool's numbered tables (src/load/idPool.ts, issue 24): ids found by number across the
 * chunks of a table give what the pool gave before, and every chunk is of one elements kind, so
 * the id parser, which V8 optimises with the table's get and put inlined, is not thrown away when
 * a column's numbers reach a new chunk (the full audit's largest recompiles, s24-jit).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IdPool } from '../src/load/idPool.js';

const id = (prefix: string, n: number, width: number) => `${prefix}${String(n).padStart(width, '0')}`;

describe('IdPool numbered tables across chunks', () => {
  it('gives each id its text, one pooled id per value, across chunk boundaries and gaps', () => {
    const pool = new IdPool();
    const first = pool.parser();
    const numbers: number[] = [];
    for (let n = 1; n <= 40_000; n++) numbers.push(n);
    numbers.push(40_000 + 60_000, 16_384, 32_767, 32_768); // a gap within reach, then repeats at the chunk edges
    // Each id twice, as a table listed by child has them: the sample sees repeats, so the column is shared.
    for (const n of numbers) for (let k = 0; k < 2; k++) expect(first(id('C', n, 6))).toBe(id('C', n, 6));
    expect(pool.size).toBe(40_001);
    // A second column of the same ids, in another order, adds none; padded and blank cells as before.
    const second = pool.parser();
    for (let n = 40_000; n >= 1; n -= 7) expect(second(id('C', n, 6))).toBe(id('C', n, 6));
    expect(second(' C000123 ')).toBe('C000123');
    expect(second('')).toBeNull();
    expect(pool.size).toBe(40_001);
    // Far past a table's reach (more than 65,536 past its end): kept in the pool's Map, same text.
    expect(second('C900000')).toBe('C900000');
    expect(second('C900000')).toBe('C900000');
    expect(pool.size).toBe(40_002);
  });

  it('a column of unique ids stops sharing after its sample and still gives every id', () => {
    const pool = new IdPool();
    const own = pool.parser();
    for (let n = 1; n <= 10_000; n++) expect(own(id('CT', n, 7))).toBe(id('CT', n, 7));
    expect(pool.size).toBe(2_048);
  });

  it('keeps every chunk of a table in one elements kind, the table list made whole', () => {
    // V8's own view of the arrays (natives syntax, in a child process on the built module).
    const mod = pathToFileURL(resolve('dist/src/load/idPool.js')).href;
    const code = `
      const { IdPool } = await import(${JSON.stringify(mod)});
      const pool = new IdPool();
      const parse = pool.parser();
      for (let n = 1; n <= 40000; n++) { const c = 'C' + String(n).padStart(6, '0'); parse(c); parse(c); }
      const small = pool.parser();
      small('W00001');
      const out = [];
      for (const t of pool.numbered.tables.values()) {
        const chunks = t.chunks.filter((c) => c !== undefined);
        out.push({ list: t.chunks.length, chunks: chunks.length,
          same: chunks.every((c) => %HaveSameMap(c, chunks[0])), holey: chunks.every((c) => %HasHoleyElements(c)) });
      }
      console.log(JSON.stringify(out));`;
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', code], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    const tables = JSON.parse(r.stdout) as { list: number; chunks: number; same: boolean; holey: boolean }[];
    expect(tables).toEqual([
      { list: 64, chunks: 3, same: true, holey: true },
      { list: 64, chunks: 1, same: true, holey: true },
    ]);
  });
});
