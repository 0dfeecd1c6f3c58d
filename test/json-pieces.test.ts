/**
 * findings.json in pieces (issue 24, src/report/jsonPieces.ts and writePieces in
 * src/report/write.ts): the pieces joined must be exactly JSON.stringify(value, null, 2) for every
 * batch size and walking depth, and the bytes written exactly Buffer.from of that text, whatever
 * the buffer size and however short the file's writes; the CLI's findings.json (written in pieces)
 * must be renderJson's text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audit, loadExport, renderToWrite } from '../src/api.js';
import { renderJson, renderJsonPieces } from '../src/report/json.js';
import { jsonPieces } from '../src/report/jsonPieces.js';
import { writeOutputs, writePieces } from '../src/report/write.js';

function joined(value: unknown, sizes?: { batch: number; depth: number }): string {
  const parts: string[] = [];
  jsonPieces(value, (p) => parts.push(p), sizes);
  return parts.join('');
}

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}

const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1, b: [1, 2] });

const VALUES: unknown[] = [
  null,
  0,
  -0,
  Number.NaN,
  Infinity,
  'text',
  true,
  [],
  {},
  [[]],
  [{}],
  { a: [] },
  { a: {} },
  [1, 'two', null, false, [3, [4, []]], { five: 5 }],
  { a: undefined, b: () => 1, c: Symbol('s'), d: 1 },
  { only: undefined },
  [undefined, () => 1, Symbol('s')],
  { date: new Date(Date.UTC(2024, 2, 31)), when: [new Date(0), new Date(86_400_000)] },
  { point: new Point(1, 2), points: [new Point(3, 4)] },
  nullProto,
  { '1': 'integer-like key first', z: 0, a: 1, 'quote"d': '\\', 'new\nline': 'tab\t' },
  { text: 'Zoë · café — “quoted” £12 😀 lone \ud800 end \udc00' },
  {
    rules: [
      {
        id: 'r',
        findings: [
          {
            evidence: Array.from({ length: 7 }, (_, i) => ({
              key: `k${i}`,
              childId: i % 2 ? null : `C${i}`,
              v: i / 3,
            })),
          },
        ],
      },
    ],
    children: Array.from({ length: 11 }, (_, i) => ({ childId: `C${i}`, concerns: [{ summary: 's' }], openPlans: [] })),
  },
  Array.from({ length: 9 }, (_, i) => (i % 3 ? [i, { deep: [[i]] }] : i)),
];

describe('jsonPieces', () => {
  VALUES.forEach((value, n) =>
    it(`joins to JSON.stringify's text for every batch and depth: value ${n}`, () => {
      const want = JSON.stringify(value, null, 2);
      for (const batch of [1, 2, 3, 5, 2048])
        for (let depth = 0; depth <= 7; depth++) expect(joined(value, { batch, depth })).toBe(want);
      expect(joined(value)).toBe(want);
    }),
  );

  it('hands out nothing for what JSON.stringify leaves out at the top', () => {
    expect(joined(undefined)).toBe('');
    expect(joined(() => 1)).toBe('');
  });

  it('cuts a long array into batches and never a piece inside an element', () => {
    const value = { list: Array.from({ length: 10 }, (_, i) => ({ i })) };
    const parts: string[] = [];
    jsonPieces(value, (p) => parts.push(p), { batch: 4, depth: 3 });
    // Three batches (4, 4 and 2 elements), each whole elements at their indentation.
    const batches = parts.filter((p) => p.includes('"i"'));
    expect(batches).toHaveLength(3);
    expect(batches[2]).toBe('    {\n      "i": 8\n    },\n    {\n      "i": 9\n    }');
  });
});

/** A file's write keeping the bytes, taking at most `max` bytes a call (a short write). */
function sink(max = Infinity) {
  const parts: Buffer[] = [];
  const write = (buf: Uint8Array, offset: number, length: number): number => {
    const n = Math.min(length, max);
    parts.push(Buffer.from(buf.subarray(offset, offset + n)));
    return n;
  };
  return { write, bytes: () => Buffer.concat(parts) };
}

describe('writePieces', () => {
  const pieces = [
    '{',
    '\n  "a": ',
    '"Zoë 😀 \ud800"',
    ',\n  "long": ',
    `"${'é'.repeat(50)}😀${'x'.repeat(40)}"`,
    '\n}',
    '\n',
    '',
  ];
  const text = pieces.join('');
  for (const bufferBytes of [8, 9, 16, 64, 1 << 22])
    for (const max of [Infinity, 1, 7])
      it(`gives Buffer.from's bytes of the joined pieces: buffer ${bufferBytes}, writes of at most ${max}`, () => {
        const s = sink(max);
        writePieces(s.write, { pieces: (put) => pieces.forEach((p) => put(p)) }, bufferBytes);
        expect(s.bytes().equals(Buffer.from(text, 'utf8'))).toBe(true);
      });
});

describe("the CLI's findings.json", () => {
  const out = mkdtempSync(join(tmpdir(), 'caseaudit-pieces-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is renderJson of the result, written in pieces', async () => {
    const ex = await loadExport('fixtures/demo', { layout: 'canonical' });
    const result = audit(ex, { asAt: '2024-03-31' });
    const whole = renderJson(result);
    const parts: string[] = [];
    renderJsonPieces(result).pieces((p) => parts.push(p));
    expect(parts.join('')).toBe(whole);
    // Small batches and a deep walk, so the evidence rows and the profiles are cut too.
    const cut: string[] = [];
    jsonPieces(JSON.parse(whole), (p) => cut.push(p), { batch: 3, depth: 6 });
    expect(`${cut.join('')}\n`).toBe(whole);
    const files = await renderToWrite(result, ['json']);
    await writeOutputs(out, files);
    expect(readFileSync(join(out, 'findings.json'), 'utf8')).toBe(whole);
  });
});
