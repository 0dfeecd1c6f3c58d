/**
 * The census scanner's date leaves read as words (LeafTexts.date, cinScanTexts.ts): the same text
 * and day as the byte-by-byte reading (LeafTexts.at) for every date it takes, and nothing ('') for
 * ten bytes that are not a date spelt YYYY-MM-DD in ASCII digits, which the scanner then reads byte
 * by byte as before. And the short texts made in JavaScript (ascii), `false` among them shared.
 */
import { describe, expect, it } from 'vitest';
import { ascii, LeafTexts } from '../src/load/returns/cinScanTexts.js';
import { isoDay } from '../src/load/values.js';
import { NO_DAY } from '../src/load/returns/types.js';

const view = (b: Buffer) => new DataView(b.buffer, b.byteOffset, b.length);

/** `date` on its own table, `at` on another: neither answer comes from the other's slots. */
function both(text: Buffer) {
  const words = new LeafTexts();
  const bytes = new LeafTexts();
  // Ten bytes then an end tag, at an odd offset (the words are read unaligned).
  const b = Buffer.concat([Buffer.from('x'), text, Buffer.from('</D>')]);
  const w = words.date(view(b), b, 1);
  const wDay = words.day;
  const a = bytes.at(b, 1, 11);
  return { w, wDay, a, aDay: bytes.day, again: words.date(view(b), b, 1), againDay: words.day };
}

describe('census dates read as words', () => {
  it('gives the text and day of every date of some years, as the byte-by-byte reading does', () => {
    let n = 0;
    for (const y of [1899, 1900, 2000, 2023, 2024, 2099, 9999])
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const r = both(Buffer.from(text, 'latin1'));
          expect(r.w).toBe(text);
          expect(r.a).toBe(text);
          expect(r.wDay).toBe(r.aDay);
          expect(r.wDay).toBe(isoDay(text) ?? NO_DAY);
          // The second time from its slot: the same string.
          expect(r.again).toBe(text);
          expect(r.againDay).toBe(r.wDay);
          n++;
        }
    expect(n).toBe(7 * 14 * 33);
  });

  it('takes nothing that is not ten bytes of ASCII digits and two hyphens, whatever byte is wrong', () => {
    const good = Buffer.from('2024-03-31', 'latin1');
    // Bytes next to the digits and hyphen (`/`, `:`), ones whose low half is a digit's but not
    // their high half (0x20, 0xb5, 0xf9), ones whose high half is a digit's but not their low
    // half (0x3a-0x3f), and others.
    const odd = [
      0x00, 0x09, 0x20, 0x2c, 0x2d, 0x2e, 0x2f, 0x3a, 0x3b, 0x3f, 0x40, 0x41, 0x61, 0x7f, 0x80, 0xb5, 0xf9, 0xff,
    ];
    for (let at = 0; at < 10; at++)
      for (const c of [...odd, 0x30, 0x39]) {
        const b = Buffer.from(good);
        b[at] = c;
        const digit = c >= 0x30 && c <= 0x39;
        const fits = at === 4 || at === 7 ? c === 0x2d : digit;
        const r = both(b);
        if (fits) {
          expect(r.w, `${at} ${c}`).toBe(b.toString('latin1'));
          expect(r.wDay).toBe(r.aDay);
        } else {
          expect(r.w, `${at} ${c}`).toBe('');
          expect(r.wDay).toBe(NO_DAY);
        }
      }
  });
});

describe('short census texts made in JavaScript', () => {
  it('gives each text of one to twelve bytes as it is, `false` (shared) and the texts near it', () => {
    for (const text of [
      'false',
      'False',
      'falsE',
      'fals',
      'falsex',
      'xfalse',
      'true',
      'C000001',
      '12345678',
      'abcdefghijkl',
      'a',
    ])
      for (const pad of ['', '<', 'false']) {
        const b = Buffer.from(pad + text + pad, 'latin1');
        expect(ascii(b, pad.length, pad.length + text.length)).toBe(text);
      }
  });
});
