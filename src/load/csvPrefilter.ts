/**
 * The records of a CSV file that can hold one of a few ids (one child's rows, issue 20): the ids'
 * bytes are found with Buffer#indexOf, and only the records around them are handed to the parser.
 * Record boundaries follow csvParser.ts's rules — a quote opens a quoted cell only at a cell's
 * start, a doubled quote inside one is literal, a line break inside one does not end the record —
 * so each candidate is exactly a record the full parse would read, on the same line. A record
 * holding an id in some other cell is a candidate too; the row filter (RowKeep) decides.
 */

const LF = 10,
  CR = 13,
  QUOTE = 34;

/** A record's bytes [start, end) (its line end excluded) and the line it starts on. */
export interface Span {
  start: number;
  end: number;
  line: number;
}

/**
 * Every position of any of `needles` in `buf` from `from`, in order. Ids often start with a letter
 * common in the rest of the file (C0042 among "CP" and "Continue"), which makes Buffer#indexOf
 * slow (measured 160 ms against 20 ms for a 69 MB file): the rest of the id is searched for, and
 * the letter checked.
 */
function hitsOf(buf: Buffer, from: number, needles: readonly Buffer[]): number[] {
  const hits: number[] = [];
  for (const n of needles) {
    const [first, rest] = n.length >= 3 ? [n[0]!, n.subarray(1)] : [null, n];
    const back = first === null ? 0 : 1;
    for (let i = buf.indexOf(rest, from + back); i !== -1; i = buf.indexOf(rest, i + rest.length))
      if (first === null || buf[i - 1] === first) hits.push(i - back);
  }
  return hits.sort((a, b) => a - b);
}

/**
 * The header record and the candidate records, or null when the file is one this scan does not
 * read like the parser (a lone CR ending a line, a quote never closed): the caller then parses the
 * whole file.
 */
export function candidateRecords(
  buf: Buffer,
  from: number,
  needles: readonly Buffer[],
  delimiter: number,
): { header: Span | null; records: Span[] } | null {
  // A lone CR ends a line for the parser; this scan counts LFs only.
  for (let i = buf.indexOf(CR, from); i !== -1; i = buf.indexOf(CR, i + 1)) if (buf[i + 1] !== LF) return null;
  const hits = hitsOf(buf, from, needles);
  const n = buf.length;
  const records: Span[] = [];
  let header: Span | null = null;
  let h = 0;
  const emit = (start: number, end: number, line: number): void => {
    if (header === null) {
      // The parser skips blank records: the header is the first with any content.
      if (buf.subarray(start, end).toString('latin1').trim() !== '') header = { start, end, line };
      return;
    }
    while (h < hits.length && hits[h]! < start) h++;
    if (h < hits.length && hits[h]! < end) records.push({ start, end, line });
  };
  let pos = from,
    recStart = from,
    line = 1,
    recLine = 1,
    quoted = false;
  // The next quote and LF from `pos`, each found again only once passed (as csvParser.ts does).
  let nextQ = buf.indexOf(QUOTE, pos),
    nextLF = buf.indexOf(LF, pos);
  for (;;) {
    if (nextQ !== -1 && nextQ < pos) nextQ = buf.indexOf(QUOTE, pos);
    if (nextLF !== -1 && nextLF < pos) nextLF = buf.indexOf(LF, pos);
    if (!quoted) {
      const nl = nextLF === -1 ? n : nextLF;
      if (nextQ === -1 || nl < nextQ) {
        emit(recStart, nl, recLine);
        if (nl >= n) break;
        line++;
        pos = recStart = nl + 1;
        recLine = line;
        continue;
      }
      // A quote before the line end opens a quoted cell only at the cell's start.
      quoted = nextQ === recStart || buf[nextQ - 1] === delimiter;
      pos = nextQ + 1;
      continue;
    }
    if (nextQ === -1) return null; // never closed: the parser names the line
    // line breaks inside the quoted cell
    while (nextLF !== -1 && nextLF < nextQ) {
      line++;
      nextLF = buf.indexOf(LF, nextLF + 1);
    }
    if (buf[nextQ + 1] === QUOTE) pos = nextQ + 2;
    else {
      pos = nextQ + 1;
      quoted = false;
    }
  }
  return { header, records };
}

/**
 * Ids the prefilter can look for as bytes: printable ASCII without spaces (which the loader may
 * rewrite) or quotes (written twice inside a quoted cell, so the id's own bytes are not there).
 */
export function searchable(needles: readonly string[]): boolean {
  return needles.length > 0 && needles.every((s) => /^[\x21\x23-\x7e]+$/.test(s));
}
