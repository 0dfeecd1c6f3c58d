/**
 * Direct tests of the streaming CSV reader (src/load/csvParser.ts): quoting, line ends, the line
 * each record starts on, chunk boundaries anywhere, and the unclosed-quote error.
 */
import { parse as csvParseSync } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, CsvSyntaxError, parseCsvText } from '../src/load/csvParser.js';

type Rec = { cells: string[]; line: number };

/** Feeds the text in the given pieces and collects what comes out. */
function inPieces(
  pieces: readonly string[],
  delimiter = ',',
  reuseCells = false,
): { records: Rec[]; error: CsvSyntaxError | null } {
  const records: Rec[] = [];
  // With reuseCells the array is the parser's own, refilled for the next record: copy it.
  const p = new CsvParser((cells, line) => records.push({ cells: [...cells], line }), { delimiter, reuseCells });
  try {
    for (const piece of pieces) p.write(piece);
    p.end();
  } catch (e) {
    if (e instanceof CsvSyntaxError) return { records, error: e };
    throw e;
  }
  return { records, error: null };
}

describe('csv parser', () => {
  it('reads plain records with their line numbers', () => {
    expect(parseCsvText('a,b,c\n1,2,3\n4,5,6\n').records).toEqual([
      { cells: ['a', 'b', 'c'], line: 1 },
      { cells: ['1', '2', '3'], line: 2 },
      { cells: ['4', '5', '6'], line: 3 },
    ]);
  });

  it('reads the last record without a line end, and keeps empty cells', () => {
    expect(parseCsvText('a,b\n,x\ny,').records).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['', 'x'], line: 2 },
      { cells: ['y', ''], line: 3 },
    ]);
  });

  it('unquotes cells with doubled quotes, delimiters and line breaks inside', () => {
    const r = parseCsvText('id,text\n1,"She said ""no"", then left"\n2,"two\nlines, one cell"\n3,""\n');
    expect(r.error).toBeNull();
    expect(r.records.map((x) => x.cells)).toEqual([
      ['id', 'text'],
      ['1', 'She said "no", then left'],
      ['2', 'two\nlines, one cell'],
      ['3', ''],
    ]);
  });

  it('gives the line a multi-line record starts on, counting CRLF, LF and lone CR once each', () => {
    const text = 'h1,h2\r\n"a\r\nb\nc\rd",x\r\nnext,1\rlast,"q\r\n"\nafter,2';
    const r = parseCsvText(text);
    expect(r.records).toEqual([
      { cells: ['h1', 'h2'], line: 1 },
      { cells: ['a\r\nb\nc\rd', 'x'], line: 2 },
      { cells: ['next', '1'], line: 6 },
      { cells: ['last', 'q\r\n'], line: 7 },
      { cells: ['after', '2'], line: 9 },
    ]);
  });

  it('splits on CRLF, LF and lone CR, mixed in one file', () => {
    expect(parseCsvText('a\r\nb\nc\rd').records).toEqual([
      { cells: ['a'], line: 1 },
      { cells: ['b'], line: 2 },
      { cells: ['c'], line: 3 },
      { cells: ['d'], line: 4 },
    ]);
  });

  it('skips blank lines and all-blank records but counts their lines', () => {
    const r = parseCsvText('\n\r\nh\n\n , ,\n""\nx\n\n');
    expect(r.records).toEqual([
      { cells: ['h'], line: 3 },
      { cells: ['x'], line: 7 },
    ]);
  });

  it('reads a stray quote inside an unquoted cell literally', () => {
    expect(parseCsvText('O"Brien,5" binder\n').records[0]!.cells).toEqual(['O"Brien', '5" binder']);
  });

  it('keeps a cell with text after its closing quote as written', () => {
    expect(parseCsvText('"5" binder,x\n').records[0]!.cells).toEqual(['"5" binder', 'x']);
    expect(parseCsvText('"a""b"c,x\n').records[0]!.cells).toEqual(['"a"b"c', 'x']);
  });

  it('reports an unclosed quote with the line it opened on, keeping the records before it', () => {
    const r = parseCsvText('id,team\nW1,North\n\nW2,"Sou\nth\nW3,East\n');
    expect(r.records.map((x) => x.cells[0])).toEqual(['id', 'W1']);
    expect(r.error).toBeInstanceOf(CsvSyntaxError);
    expect(r.error!.line).toBe(4);
    expect(r.error!.message).toBe('a quoted cell opened on line 4 is never closed');
  });

  it('names the line of the unclosed quote, not of the record, when an earlier cell spans lines', () => {
    const r = parseCsvText('h\n"a\nb","c\n');
    expect(r.error!.line).toBe(3);
    expect(r.records).toEqual([{ cells: ['h'], line: 1 }]);
  });

  it('uses the configured delimiter and reads commas as text then', () => {
    expect(parseCsvText('a\tb,c\n"x\ty"\tz\n', { delimiter: '\t' }).records.map((x) => x.cells)).toEqual([
      ['a', 'b,c'],
      ['x\ty', 'z'],
    ]);
  });

  it('ends the unquoted cells of a quoted record at the right delimiter or line end', () => {
    // Quoted records whose other cells are long unquoted text (the supervisions' layout), with
    // and without CRs in the file, a line break inside a quoted cell before them, text after a
    // closing quote, and a one-column file with quotes inside its cells.
    const text =
      'id,"a, b",long text here; no quotes,tail\n' +
      '2,"x\ny",after a break,last\r\n' +
      '3,"q"rest,mid\rcr,"z"\n' +
      '4,plain,"end"';
    const expected: Rec[] = [
      { cells: ['id', 'a, b', 'long text here; no quotes', 'tail'], line: 1 },
      { cells: ['2', 'x\ny', 'after a break', 'last'], line: 2 },
      { cells: ['3', '"q"rest', 'mid'], line: 4 },
      { cells: ['cr', 'z'], line: 5 },
      { cells: ['4', 'plain', 'end'], line: 6 },
    ];
    expect(parseCsvText(text).records).toEqual(expected);
    for (let i = 0; i <= text.length; i++)
      expect(inPieces([text.slice(0, i), text.slice(i)]).records).toEqual(expected);
    const oneColumn = 'a"b\n"c"d\n5" tall\n"e"\n';
    expect(parseCsvText(oneColumn).records).toEqual([
      { cells: ['a"b'], line: 1 },
      { cells: ['"c"d'], line: 2 },
      { cells: ['5" tall'], line: 3 },
      { cells: ['e'], line: 4 },
    ]);
  });

  it('drops a byte-order mark at the start of the text', () => {
    expect(inPieces(['\uFEFF', 'id\n1\n']).records[0]!.cells).toEqual(['id']);
  });

  it('gives the same records and lines wherever the input is cut into two chunks', () => {
    const text = 'h1,h2\r\n"a ""q"" \r\nb",x\r\rlast,"q,\r\n"\n\nO"B,"t"z\r\n"end"';
    const whole = parseCsvText(text);
    expect(whole.error).toBeNull();
    expect(whole.records.length).toBe(5);
    for (let i = 0; i <= text.length; i++) {
      expect(inPieces([text.slice(0, i), text.slice(i)]), `cut at ${i}`).toEqual(whole);
    }
  });

  it('gives the same records one character at a time, including the unclosed-quote error', () => {
    const text = 'a,b\r\n1,"x\r\ny"\r\n2,"open\r\n3,4\r\n';
    const whole = parseCsvText(text);
    expect(whole.error!.line).toBe(4);
    expect(inPieces([...text])).toEqual(whole);
  });

  it('reads a quoted cell far longer than a chunk, fed in small chunks', () => {
    const long = 'x'.repeat(200_000) + '\n' + 'y'.repeat(5);
    const text = `h\n"${long}"\nnext\n`;
    const pieces: string[] = [];
    for (let i = 0; i < text.length; i += 1000) pieces.push(text.slice(i, i + 1000));
    expect(inPieces(pieces).records).toEqual([
      { cells: ['h'], line: 1 },
      { cells: [long], line: 2 },
      { cells: ['next'], line: 4 },
    ]);
  });

  it('rejects a delimiter that cannot work', () => {
    expect(() => new CsvParser(() => undefined, { delimiter: '"' })).toThrow(/delimiter/);
    expect(() => new CsvParser(() => undefined, { delimiter: ';;' })).toThrow(/delimiter/);
  });

  it('agrees with csv-parse on the cells of well-formed files, in any chunking', () => {
    const cell = fc.string({
      maxLength: 8,
      unit: fc.constantFrom('a', '7', ',', '"', '\n', '\r\n', '\r', ' ', 'é', '\t'),
    });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        table,
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.nat(), { maxLength: 4 }),
        (rows, eol, cuts) => {
          const quote = (s: string) => (/[",\r\n]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s);
          const text = rows.map((r) => r.map(quote).join(',')).join(eol) + eol;
          const expected = csvParseSync(text, {
            relax_column_count: true,
            skip_empty_lines: true,
            skip_records_with_empty_values: true,
            record_delimiter: ['\r\n', '\n', '\r'],
          }) as string[][];
          const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const pieces = [0, ...at].map((from, i) => text.slice(from, at[i] ?? text.length));
          const got = inPieces(pieces);
          expect(got.error).toBeNull();
          expect(got.records.map((r) => r.cells)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cuts unquoted records into the same cells as splitting each line, reused array or not', () => {
    // The fast path cuts cells at each delimiter found ahead in the buffer (kept across records
    // and chunks); splitting each line is the definition it must match.
    const cell = fc.string({ maxLength: 6, unit: fc.constantFrom('a', '7', ',', '\t', ' ', 'é', '-') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', '\t'),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.boolean(),
        (rows, delimiter, eol, cuts, reuse) => {
          const lines = rows.map((r) => r.join(delimiter));
          const text = lines.join(eol) + (reuse ? eol : '');
          const expected = lines
            .map((l, i) => ({ cells: l.split(delimiter), line: i + 1 }))
            .filter((r) => r.cells.some((c) => c.trim() !== ''));
          const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const pieces = [0, ...at].map((from, i) => text.slice(from, at[i] ?? text.length));
          const got = inPieces(pieces, delimiter, reuse);
          expect(got.error).toBeNull();
          expect(got.records).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});

// A record sink (an object with `record`) is called exactly as a handler function is: the loader
// gives every file a sink of one class (issue 24), so it must see the same records and lines.
describe('csv parser with a record sink', () => {
  class Collect {
    records: Rec[] = [];
    record(cells: string[], line: number): void {
      this.records.push({ cells: [...cells], line });
    }
  }
  const text = 'a,b\n1,"x\ny"\n\n2,3\r\n4,"5"\n';
  it('gives the records and lines a handler function gets, in any pieces', () => {
    const want = inPieces([text], ',', true).records;
    for (let cut = 0; cut <= text.length; cut++) {
      const sink = new Collect();
      const p = new CsvParser(sink, { reuseCells: true });
      p.write(text.slice(0, cut));
      p.write(text.slice(cut));
      p.end();
      expect(sink.records).toEqual(want);
    }
    expect(want).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1', 'x\ny'], line: 2 },
      { cells: ['2', '3'], line: 5 },
      { cells: ['4', '5'], line: 6 },
    ]);
  });
});
