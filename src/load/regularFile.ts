/**
 * Opens an input file for reading only when it is a regular file (issue 19). A symlink to
 * /dev/zero reports size 0 and never ends, a FIFO blocks for ever: both are refused in one line.
 * The check is made on the opened descriptor (fstat), not on the path, so the file cannot be
 * swapped between the check and the read; O_NONBLOCK keeps the open itself from waiting on a FIFO.
 */
import { constants, type Stats } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';

export class InputError extends Error {}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'is a directory';
  if (info.isFIFO()) return 'is a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'is a device';
  if (info.isSocket()) return 'is a socket';
  return 'is not a regular file';
}

export interface OpenedFile {
  fh: FileHandle;
  size: number;
}

/** `label` names the file in the error (the user's file name); `expected` says what it should be. */
export async function openRegularFile(path: string, label: string, expected: string): Promise<OpenedFile> {
  let fh: FileHandle;
  try {
    fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new InputError(`${label}: is a directory, expected ${expected}`);
    throw new InputError(
      code === 'ENOENT' ? `${label}: no such file` : `${label}: cannot be read (${code ?? 'error'})`,
    );
  }
  const info = await fh.stat();
  if (!info.isFile()) {
    await fh.close();
    throw new InputError(`${label}: ${kindOf(info)}, expected ${expected}`);
  }
  return { fh, size: info.size };
}

/** The whole of an opened regular file, reading no more than `size` bytes (it may grow meanwhile). */
export async function readOpened(file: OpenedFile): Promise<Buffer<ArrayBuffer>> {
  const buf = Buffer.allocUnsafe(file.size);
  let at = 0;
  while (at < file.size) {
    const { bytesRead } = await file.fh.read(buf, at, file.size - at, at);
    if (bytesRead === 0) break;
    at += bytesRead;
  }
  return at === file.size ? buf : buf.subarray(0, at);
}
