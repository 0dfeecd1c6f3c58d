/**
 * Opens an input file for reading only when it is a regular file (issue 19). A symlink to
 * /dev/zero reports size 0 and never ends, a FIFO blocks for ever: both are refused in one line.
 * The check is made on the opened descriptor (fstat), not on the path, so the file cannot be
 * swapped between the check and the read; O_NONBLOCK keeps the open itself from waiting on a FIFO.
 */
import { constants, type Stats } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';

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

/** Bytes a streamed read asks for at a time (csvFile.ts's pieces). */
export const PIECE_BYTES = 1 << 20;

/**
 * The one buffer the CSV files of a load are streamed through, a piece at a time, each file twice
 * (its UTF-8 check, then its parse; the page cache serves the second pass), by one reader at a
 * time (the loader reads its tables one after another). Why not each file read whole (as before,
 * into two reused buffers of 4 MB or more): memory the kernel has just read a file into is slow to
 * read the first time on this machine, about 10 us a 4 KB page, even after the read has faulted it
 * in (issue 24: the UTF-8 check of the seven-metric run's first two files, 8 MB, took 18 ms of the
 * main thread, where the same check of bytes read into a buffer read before takes under 1 ms), and
 * each of those buffers was fresh memory as well. A 1 MB buffer pays that once.
 */
export class ReadBuffers {
  private buf: Buffer<ArrayBuffer> | null = null;

  /** The load's piece buffer (PIECE_BYTES), made at the first ask; its contents undefined. */
  piece(): Buffer<ArrayBuffer> {
    // Its own memory, never a slice of Node's shared pool.
    return (this.buf ??= Buffer.allocUnsafeSlow(PIECE_BYTES));
  }
}

/**
 * The file's bytes from `start` to `size`, in 1 MB pieces read into one buffer (`into`, the load's,
 * when given): a piece is good only until the next is asked for (its readers copy what they keep).
 * A fresh buffer a piece was fresh memory the kernel maps page by page, twice for a streamed file
 * (issue 24: the worker's 69 MB).
 */
export async function* streamOf(fh: FileHandle, start: number, size: number, into?: Buffer): AsyncGenerator<Buffer> {
  const buf = into ?? Buffer.allocUnsafe(Math.max(0, Math.min(PIECE_BYTES, size - start)));
  for (let at = start; at < size;) {
    const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, size - at), at);
    if (bytesRead === 0) return;
    at += bytesRead;
    yield buf.subarray(0, bytesRead);
  }
}

/** Streams the file through buffer.isUtf8, carrying a multi-byte character split across chunks. */
export async function isUtf8File(fh: FileHandle, skip: number, size: number, into?: Buffer): Promise<boolean> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of streamOf(fh, skip, size, into)) {
    const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    // Cut before a lead byte in the last 3 bytes whose sequence may continue in the next chunk.
    let cut = buf.length;
    for (let i = buf.length - 1; i >= Math.max(0, buf.length - 3); i--) {
      const b = buf[i]!;
      if (b >= 0xc0) {
        cut = i;
        break;
      }
      if (b < 0x80) break;
    }
    if (!isUtf8(buf.subarray(0, cut))) return false;
    carry = Buffer.from(buf.subarray(cut));
  }
  return isUtf8(carry);
}
