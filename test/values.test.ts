import { describe, expect, it } from 'vitest';
import { parseIsoDay, toIso } from '../src/model/day.js';
import { isValueError, makeCodeParser, parseDate, parseFlag, parseFraction } from '../src/load/values.js';

const iso = (raw: string) => {
  const v = parseDate(raw);
  if (v === null) return null;
  return isValueError(v) ? v.error : toIso(v);
};

describe('dates (SPEC §2)', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['05/03/2024', '2024-03-05'],
    ['5/3/2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['05-Mar-2024', '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['5 Sept 2024', '2024-09-05'],
    ['2024-03-05 14:05', '2024-03-05'],
    ['05/03/2024 14:05:33', '2024-03-05'],
    ['2024-03-05T23:59:59Z', '2024-03-05'],
    ['2024-12-10 00:00:00.000', '2024-12-10'],
    ['  2024-03-05  ', '2024-03-05'],
    ['2024-02-29', '2024-02-29'],
  ])('%s → %s', (raw, want) => expect(iso(raw)).toBe(want));

  // The DD/MM/YYYY fast path must agree with the general path on every near miss.
  it.each([
    ['11/08/2023 13:20', '2023-08-11'],
    ['11.08.2023T13:20:05', '2023-08-11'],
    ['11-08-2023 01:02:03', '2023-08-11'],
    ['31/02/2023 10:00', 'bad-date'],
    ['11/08/23 13:20', 'two-digit-year'],
    ['11/08/2023 1:20', '2023-08-11'],
    ['11/08-2023', 'bad-date'],
    ['11/08/2023 13:2', 'bad-date'],
    ['01/01/1900 00:00', 'implausible-date'],
    ['00/08/2023', 'bad-date'],
    ['11/13/2023 09:00', 'bad-date'],
    ['1a/08/2023', 'bad-date'],
    ['11/08/2023 13:20pm', '2023-08-11'],
  ])('%s → %s (day first, with or without a time)', (raw, want) => expect(iso(raw)).toBe(want));

  it.each(['', '   ', 'NULL', '#N/A', 'N/A', '-', 'null'])('"%s" is blank', (raw) => expect(parseDate(raw)).toBeNull());

  it('never reads month-first: 12/31/2024 is invalid, 03/12/2024 is 3 December', () => {
    expect(iso('12/31/2024')).toBe('bad-date');
    expect(iso('03/12/2024')).toBe('2024-12-03');
  });
  it('rejects two-digit years', () => {
    expect(iso('05/03/24')).toBe('two-digit-year');
    expect(iso('5 March 24')).toBe('two-digit-year');
  });
  it('rejects impossible and implausible dates', () => {
    expect(iso('2023-02-29')).toBe('bad-date');
    expect(iso('31/04/2024')).toBe('bad-date');
    expect(iso('01/01/1900')).toBe('implausible-date');
    expect(iso('2199-01-01')).toBe('implausible-date');
    expect(iso('yesterday')).toBe('bad-date');
    expect(iso('5 Smarch 2024')).toBe('bad-date');
  });
  it('parseIsoDay is strict', () => {
    expect(parseIsoDay('2024-3-5')).toBeNull();
    expect(parseIsoDay('2024-03-05')).not.toBeNull();
  });
});

describe('flags and codes', () => {
  it.each([
    ['Y', true],
    ['yes', true],
    ['TRUE', true],
    ['1', true],
    ['a) Yes', true],
    ['N', false],
    ['No', false],
    ['false', false],
    ['0', false],
    ['b) No', false],
  ])('%s → %s', (raw, want) => {
    expect(parseFlag(raw)).toBe(want);
  });
  it('blank flag is unknown and junk is an error', () => {
    expect(parseFlag('')).toBeNull();
    expect(isValueError(parseFlag('maybe'))).toBe(true);
  });
  it('codes fold case, NBSP, Annex A prefixes and synonyms', () => {
    const p = makeCodeParser(['cin', 'cp'], { child_protection: 'cp' });
    expect(p('CP')).toBe('cp');
    expect(p('\u00a0b) cin ')).toBe('cin');
    expect(p('Child Protection')).toBe('cp');
    expect(isValueError(p('cpp'))).toBe(true);
  });
  it('FTE must be in (0, 1]', () => {
    expect(parseFraction('0.5')).toBe(0.5);
    expect(parseFraction('1')).toBe(1);
    expect(parseFraction('')).toBeNull();
    expect(isValueError(parseFraction('0'))).toBe(true);
    expect(isValueError(parseFraction('37'))).toBe(true);
  });
});
