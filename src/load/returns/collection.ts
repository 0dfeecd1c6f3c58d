/**
 * Which return an XML file is: the collection its header names, and the error a reader throws when
 * a file is not the return it reads (shared by the CIN and workforce census readers).
 */
import { basename } from 'node:path';
import { StopReading, streamXml } from './xmlStream.js';

/**
 * The collection named in a file's header (`CIN`, `CSWW`), read from its first few elements; null
 * when none. Throws InputError (file, line, column) for XML that is refused or malformed there.
 */
export async function xmlCollection(path: string): Promise<string | null> {
  let found: string | null = null;
  let elements = 0;
  await streamXml(path, basename(path), {
    open: () => {
      if (++elements > 40) throw new StopReading();
    },
    close: (p, text) => {
      if (p[p.length - 1] === 'Collection') {
        found = text;
        throw new StopReading();
      }
    },
  });
  return found;
}

/** A file that is valid XML but not the return it was read as. */
export class NotThisReturn extends Error {}
