/**
 * Which return an XML file is: the collection its header names, and the error a reader throws when
 * a file is not the return it reads (shared by the CIN and workforce census readers).
 */
import { basename } from 'node:path';
import { StopReading, streamXmlWith } from './xmlStream.js';

/**
 * Bytes read at a time to find the header: it is in the first kilobyte or so of a return. The
 * reader's own megabyte made detection read, check and decode the first megabyte of every census
 * (a string of it, and a scan of it for disallowed characters) to reach its first few elements.
 */
const HEAD_CHUNK = 16 * 1024;

/**
 * The collection named in a file's header (`CIN`, `CSWW`), read from its first few elements; null
 * when none. Throws InputError (file, line, column) for XML that is refused or malformed there.
 */
export async function xmlCollection(path: string): Promise<string | null> {
  let found: string | null = null;
  let elements = 0;
  await streamXmlWith(
    path,
    basename(path),
    {
      open: () => {
        if (++elements > 40) throw new StopReading();
      },
      close: (p, text) => {
        if (p[p.length - 1] === 'Collection') {
          found = text;
          throw new StopReading();
        }
      },
    },
    { chunk: HEAD_CHUNK },
  );
  return found;
}

/** A file that is valid XML but not the return it was read as. */
export class NotThisReturn extends Error {}
