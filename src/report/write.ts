/**
 * Writes output files safely: to a temporary name beside the target, then renamed, so an
 * interrupted run never leaves a half-written report; owner-only permissions on POSIX because the
 * contents are children's personal data.
 *
 * The temporary file is created exclusively (O_CREAT|O_EXCL, which never follows a link) under an
 * unpredictable name, so a symlink planted in the output folder cannot redirect the write onto
 * another file (issue 19: `<name>.<pid>.tmp` was guessable and opened through links). Temporary
 * files left by a run that was killed are removed by the next run writing to the same folder.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { type FileHandle, lstat, mkdir, open, readdir, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export interface OutputFile {
  name: string;
  content: string | Uint8Array;
}

/** The output folder cannot be used (a file, a system folder, no permission): one line, exit 2. */
export class OutputError extends Error {}

/** Kernel folders: writing there is never meant, and mkdir under /proc/self could hang (issue 19). */
const SYSTEM_ROOTS = ['/proc', '/sys', '/dev'];

/** The nearest existing ancestor of `dir`, with links resolved. */
async function existingAncestor(dir: string): Promise<string> {
  for (let d = resolve(dir); ; d = dirname(d)) {
    try {
      return await realpath(d);
    } catch {
      if (dirname(d) === d) return d;
    }
  }
}

async function checkOutputFolder(dir: string): Promise<void> {
  const real = await existingAncestor(dir);
  if (SYSTEM_ROOTS.some((r) => real === r || real.startsWith(`${r}/`)))
    throw new OutputError(
      `--out: ${dir}: is inside ${real.split('/').slice(0, 2).join('/')}, a system folder; choose a folder for the reports`,
    );
}

function outputFailure(dir: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === undefined) return e as Error;
  const why =
    code === 'EEXIST' || code === 'ENOTDIR'
      ? 'is a file, or inside one, not a folder'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EROFS'
          ? 'is on a read-only file system'
          : code === 'ENOSPC'
            ? 'no space left on the device'
            : `cannot be written (${code})`;
  return new OutputError(`--out: ${dir}: ${why}`);
}

/** `.<name>.<pid>.<16 hex>.caseaudit-tmp`: the pid says whether its run is still alive. */
const TMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{16}\.caseaudit-tmp$/;

function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(8).toString('hex')}.caseaudit-tmp`);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files of runs no longer alive (a link is removed itself, never followed). */
async function removeStale(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const n of names) {
    const m = TMP_NAME.exec(n);
    if (!m || alive(Number(m[1]))) continue;
    const path = join(dir, n);
    if ((await lstat(path)).isDirectory()) continue;
    await rm(path, { force: true });
  }
}

async function writeExclusive(path: string, content: string | Uint8Array): Promise<void> {
  const fh = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  try {
    if (typeof content === 'string') await writeUtf8(fh, content);
    else await fh.writeFile(content);
  } finally {
    await fh.close();
  }
}

/** UTF-16 code units encoded per write (at most three bytes each). */
const WRITE_CHUNK_CHARS = 1 << 20;

/**
 * Writes a string as UTF-8 through two small reused buffers instead of encoding it whole: a 1.1M-row
 * audit's findings.json is about 50 MB, and FileHandle.writeFile(string) would hold a second copy
 * of it as bytes at the audit's peak memory. The bytes are the same as Buffer.from(text): a chunk
 * never ends between the two halves of a surrogate pair, so each character is encoded whole.
 * The next chunk is encoded into the other buffer while the last one is being written (the write
 * runs off the main thread), so encoding and writing overlap; writes still go one after another.
 */
export async function writeUtf8(
  fh: Pick<FileHandle, 'write'>,
  text: string,
  chunkChars = WRITE_CHUNK_CHARS,
): Promise<void> {
  const size = Math.min(text.length, chunkChars + 1) * 3;
  const buffers = [Buffer.allocUnsafe(size), text.length > chunkChars ? Buffer.allocUnsafe(size) : null];
  let writing: Promise<void> | null = null;
  let which = 0;
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + chunkChars);
    const last = text.charCodeAt(end - 1);
    // A high surrogate at the cut: take its low half along (a lone one is encoded alone either way).
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    const buf = buffers[which]!;
    const n = buf.write(text.slice(at, end), 0, 'utf8');
    // Nothing is awaited between starting a write and awaiting it here, so a failed write is
    // never an unhandled rejection.
    if (writing) await writing;
    writing = writeWhole(fh, buf, n);
    which = buffers[1] ? 1 - which : 0;
    at = end;
  }
  if (writing) await writing;
}

/** The first n bytes of buf, however many short writes it takes. */
async function writeWhole(fh: Pick<FileHandle, 'write'>, buf: Buffer, n: number): Promise<void> {
  for (let done = 0; done < n;) done += (await fh.write(buf, done, n - done)).bytesWritten;
}

export async function writeOutputs(dir: string, files: readonly OutputFile[]): Promise<string[]> {
  await checkOutputFolder(dir);
  try {
    return await writeAll(dir, files);
  } catch (e) {
    throw outputFailure(dir, e);
  }
}

async function writeAll(dir: string, files: readonly OutputFile[]): Promise<string[]> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const written: string[] = [];
  const cleaned = new Set<string>();
  for (const f of files) {
    const target = join(dir, f.name);
    const folder = dirname(target);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    if (!cleaned.has(folder)) {
      cleaned.add(folder);
      await removeStale(folder);
    }
    const tmp = tempNameFor(target);
    try {
      await writeExclusive(tmp, f.content);
      await rename(tmp, target);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    written.push(target);
  }
  return written;
}
