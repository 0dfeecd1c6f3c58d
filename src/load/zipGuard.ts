/**
 * Decompression-bomb check for .xlsx workbooks (issue 19): before exceljs sees the bytes, every
 * zip entry is inflated here with a cap on its output, so a 4 MB file whose sheet expands to
 * 4 GB is refused in one line instead of exhausting memory. The sizes counted are what inflating
 * really gives, not what the zip's directory claims. Worksheet cells are counted too, since a
 * sheet of millions of tiny cells costs far more in exceljs than its bytes suggest.
 */
import { inflateRawSync } from 'node:zlib';

/** Far above an Annex A workbook of a large council (tens of MB of XML, about a million cells). */
export const MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;
export const MAX_CELLS = 5_000_000;

export class ZipLimitError extends Error {}

const EOCD = 0x06054b50,
  CENTRAL = 0x02014b50,
  LOCAL = 0x04034b50;

export interface ZipLimits {
  maxUncompressed: number;
  maxCells: number;
}

/** Counts `<c ` / `<c>` start tags (cells) in worksheet XML. */
function countCells(xml: Buffer): number {
  let n = 0;
  for (let at = xml.indexOf('<c', 0); at !== -1; at = xml.indexOf('<c', at + 2)) {
    const next = xml[at + 2];
    if (next === 0x20 || next === 0x3e || next === 0x2f) n++;
  }
  return n;
}

/** Throws ZipLimitError when the workbook inflates past the limits, or is not a zip it can read. */
export function checkZipLimits(
  buf: Buffer,
  limits: ZipLimits = { maxUncompressed: MAX_UNCOMPRESSED_BYTES, maxCells: MAX_CELLS },
): void {
  // End of central directory: within the last 22 + 65,535 (comment) bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipLimitError('not a zip archive (no central directory)');
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0,
    cells = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL)
      throw new ZipLimitError('damaged zip central directory');
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL)
      throw new ZipLimitError(`damaged zip entry ${JSON.stringify(name.slice(0, 60))}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, Math.min(buf.length, start + compressed));
    const room = limits.maxUncompressed - total;
    let out: Buffer;
    if (method === 0) out = data;
    else if (method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, room + 1) });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') out = Buffer.alloc(room + 1);
        else throw new ZipLimitError(`damaged zip entry ${JSON.stringify(name.slice(0, 60))}`);
      }
    } else
      throw new ZipLimitError(
        `zip entry ${JSON.stringify(name.slice(0, 60))} uses an unsupported compression method (${method})`,
      );
    total += out.length;
    if (total > limits.maxUncompressed) {
      throw new ZipLimitError(
        `expands to more than ${limits.maxUncompressed} bytes when unpacked (a workbook this large, or a decompression bomb, is refused)`,
      );
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
      cells += countCells(out);
      if (cells > limits.maxCells)
        throw new ZipLimitError(
          `has more than ${limits.maxCells} cells (a workbook this large is refused; save its lists as CSV instead)`,
        );
    }
  }
}
