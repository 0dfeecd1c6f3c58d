/**
 * findings.json as the CLI writes it (issue 24): `JSON.stringify(value, null, 2)` handed out in
 * pieces (src/report/jsonPieces.ts) and gathered into one small buffer (writePieces), so that the
 * 11 MB rope of a 1.1M-row run is never flattened whole. The pieces joined must be exactly V8's
 * text, for every shape the walk treats apart: long arrays cut into batches, short ones and objects
 * walked, keys left out, toJSON called with its own key, values deeper than the walk.
 */
import { describe, expect, it } from 'vitest';
import { stringifyInPieces } from '../src/report/jsonPieces.js';
import { renderJson, renderJsonPieces } from '../src/report/json.js';
import { writePieces } from '../src/report/write.js';
import { sink } from './helpers/writeSink.js';
import { audit, loadExport } from '../src/api.js';
import { join } from 'node:path';

function joined(value: unknown): string {
  const parts: string[] = [];
  stringifyInPieces(value, (t) => parts.push(t));
  return parts.join('');
}

/** As stableJson's template literal writes it: JSON.stringify's undefined (a top-level undefined) as text. */
function expectSame(value: unknown): void {
  expect(joined(value)).toBe(`${JSON.stringify(value, null, 2)}`);
}

/** A deterministic pseudo-random run of JSON-ish values (no Math.random: the same cases every run). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** A value of at most about `budget` leaves: long arrays (cut into batches) and short ones, objects, every kind of leaf. */
function randomValue(next: () => number, depth: number, budget: number): unknown {
  const r = next();
  if (depth > 8 || budget < 2 || r < 0.3) {
    const leaves = [null, true, false, 0, -1.5, 1e21, 'text', 'Zoë “q” \n\t\\ \ud83d\ude00 \ud800', '', undefined];
    return leaves[Math.floor(next() * leaves.length)];
  }
  if (r < 0.6) {
    const n = Math.min(budget, next() < 0.3 ? Math.floor(next() * 300) : Math.floor(next() * 5));
    return Array.from({ length: n }, () => randomValue(next, depth + 1, Math.floor(budget / (n + 1))));
  }
  const o: Record<string, unknown> = {};
  const n = Math.floor(next() * 6);
  for (let i = 0; i < n; i++)
    o[next() < 0.2 ? String(i) : `k${i}`] = randomValue(next, depth + 1, Math.floor(budget / (n + 1)));
  return o;
}

describe('stringifyInPieces', () => {
  it('joins to JSON.stringify(value, null, 2) for scalars, empties and the top-level cases', () => {
    for (const v of [null, 0, 'a', true, [], {}, [[]], { a: {} }, [undefined], { a: undefined }, [() => 1]])
      expectSame(v);
    // Only JSON.stringify returns undefined; findings.json's template literal writes it as text.
    expect(joined(undefined)).toBe('undefined');
  });

  it('cuts long arrays into batches at every depth, with the indents of the whole', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => ({ id: `R${i}`, n: i, tags: i % 7 ? [] : ['x', i] }));
    expectSame(rows);
    expectSame({ rules: [{ findings: [{ evidence: rows }] }] });
    // Deeper than the walk (the long array is then V8's whole).
    let deep: unknown = rows.slice(0, 100);
    for (let i = 0; i < 9; i++) deep = { level: i, inner: deep, list: [i, deep] };
    expectSame(deep);
    // Batches adapt to the elements' length: one huge element among small ones.
    const mixed: unknown[] = Array.from({ length: 200 }, (_, i) => i);
    mixed[100] = 'y'.repeat(300_000);
    expectSame(mixed);
  });

  it('leaves out what JSON.stringify leaves out and writes null where it does', () => {
    const sym = Symbol('s');
    expectSame({ a: undefined, b: () => 1, c: sym, d: 1, e: [undefined, () => 1, sym, 2] });
    expectSame({ only: undefined });
    // eslint-disable-next-line no-sparse-arrays
    expectSame([1, , 3, ...Array.from({ length: 40 }, (_, i) => i)]);
    expectSame(Object.assign(Object.create(null) as object, { z: 1, a: [1, 2] }));
    expectSame({ 2: 'b', 1: 'a', x: 'c' });
  });

  it("calls toJSON with the value's own key, and drops a key whose toJSON gives undefined", () => {
    const keyed = { toJSON: (key: string) => `key:${key}` };
    const gone = { toJSON: () => undefined };
    expectSame({ when: new Date(Date.UTC(2024, 2, 31)), keyed, gone, after: 1 });
    expectSame({ first: gone, second: keyed });
    expectSame([keyed, keyed, new Date(0)]);
    expectSame(Array.from({ length: 100 }, (_, i) => (i % 10 ? i : keyed)));
    expectSame({ list: Array.from({ length: 100 }, () => ({ keyed })) });
    expectSame(keyed);
    class Row {
      constructor(readonly id: string) {}
    }
    expectSame({ rows: Array.from({ length: 50 }, (_, i) => new Row(`A${i}`)) });
  });

  it('joins to JSON.stringify for 300 generated values', () => {
    const next = lcg(24);
    for (let i = 0; i < 300; i++) expectSame(randomValue(next, 0, 5_000));
  });

  it('gives the same findings.json as renderJson on the demo export', async () => {
    const ex = await loadExport(join(import.meta.dirname, '..', 'fixtures', 'demo'));
    const result = audit(ex, { asAt: '2024-03-31' });
    const parts: string[] = [];
    renderJsonPieces(result, (t) => parts.push(t));
    expect(parts.join('')).toBe(renderJson(result));
    expect(parts.length).toBeGreaterThan(10);
  });
});

describe('writePieces', () => {
  it("writes Buffer.from(text)'s bytes, pieces longer than the buffer and short writes included", () => {
    const pieces = ['{', 'Zoë · café', '', '😀\ud800', 'x'.repeat(50), '€'.repeat(40), '\n'];
    for (const bufferBytes of [16, 64, 200, 1 << 18])
      for (const max of [1, 7, Infinity]) {
        const s = sink(max);
        writePieces(s.write, (emit) => pieces.forEach(emit), bufferBytes);
        expect(s.bytes().equals(Buffer.from(pieces.join('')))).toBe(true);
      }
  });
});
