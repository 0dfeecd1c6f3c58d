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
export async function readOpened(file: OpenedFile, buffers?: ReadBuffers): Promise<Buffer<ArrayBuffer>> {
  const buf = buffers ? buffers.take(file.size) : Buffer.allocUnsafe(file.size);
  let at = 0;
  while (at < file.size) {
    const { bytesRead } = await file.fh.read(buf, at, file.size - at, at);
    if (bytesRead === 0) break;
    at += bytesRead;
  }
  return at === file.size ? buf : buf.subarray(0, at);
}

/** Smallest buffer ReadBuffers makes: most tables of an export fit, so one buffer serves several. */
const POOLED_MIN_BYTES = 4 << 20;

/**
 * Buffers for whole-file reads, reused by the files of one load (the loader reads one file ahead
 * while it parses another, so two are usually in use). A fresh buffer of a few megabytes is fresh
 * memory the kernel must map page by page as the file is read into it (about 4,000 page faults for
 * the seven-metric run's 15 MB); a reused one is already mapped. A buffer is given back only once
 * nothing holds it (its bytes parsed and decoded into strings); one never given back (a read
 * abandoned) is simply not reused.
 */
export class ReadBuffers {
  private readonly free: Buffer<ArrayBuffer>[] = [];

  /** A buffer of exactly `size` bytes (their contents undefined): a free one big enough, or a new one. */
  take(size: number): Buffer<ArrayBuffer> {
    let best = -1;
    for (let i = 0; i < this.free.length; i++) {
      const b = this.free[i]!;
      if (b.length >= size && (best < 0 || b.length < this.free[best]!.length)) best = i;
    }
    // Its own memory, never a slice of Node's shared pool, so it can be handed back whole.
    const whole = best >= 0 ? this.free.splice(best, 1)[0]! : Buffer.allocUnsafeSlow(Math.max(size, POOLED_MIN_BYTES));
    return whole.subarray(0, size);
  }

  /** Gives back a buffer from take (or a part of one): nothing may read or keep it after this. */
  give(buf: Buffer): void {
    const whole = Buffer.from(buf.buffer as ArrayBuffer);
    // At most two kept: the file being parsed and the one read ahead.
    if (this.free.length < 2) this.free.push(whole);
  }
}
