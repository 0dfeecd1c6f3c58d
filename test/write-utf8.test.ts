/**
 * Outputs are written through one small reused buffer (src/report/write.ts writeUtf8) rather than
 * as one Buffer of the whole text (issue 24: peak memory of a 1.1M-row audit). The bytes must be
 * exactly Buffer.from(text)'s wherever a chunk ends: inside multi-byte characters' runs, between
 * the halves of a surrogate pair, at lone surrogates, and when the file takes a short write.
 */
import { describe, expect, it } from 'vitest';
import { writeUtf8 } from '../src/report/write.js';
import { sink } from './helpers/writeSink.js';

const TEXTS = [
  '',
  'plain ascii findings',
  'Zoë · café — “quoted” £12 €3',
  'emoji 😀 pairs 👩‍👧 at 𝄞 every 😀😀😀 offset',
  'lone \ud800 high, lone \udc00 low, reversed \udc00\ud800, pair at end \ud83d\ude00',
  '\ud83d',
  'x\ud83d',
];

describe('writeUtf8', () => {
  for (const text of TEXTS)
    it(`gives Buffer.from's bytes for every chunk size: ${JSON.stringify(text).slice(0, 40)}`, () => {
      for (let chunk = 1; chunk <= Math.max(1, text.length) + 1; chunk++) {
        for (const max of [Infinity, 1, 5]) {
          const s = sink(max);
          writeUtf8(s.write, text, chunk);
          expect(s.bytes().equals(Buffer.from(text, 'utf8'))).toBe(true);
        }
      }
    });

  it('writes a large text whole with the default chunk', () => {
    const text = `${'a'.repeat((1 << 20) - 1)}😀${'é'.repeat(5000)}`;
    const s = sink();
    writeUtf8(s.write, text);
    expect(s.bytes().equals(Buffer.from(text, 'utf8'))).toBe(true);
  });
});
