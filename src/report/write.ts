/**
 * Writes output files safely: to a temporary name beside the target, then renamed, so an
 * interrupted run never leaves a half-written report; owner-only permissions on POSIX because the
 * contents are children's personal data.
 *
 * The temporary file is created exclusively (O_CREAT|O_EXCL, which never follows a link) under an
 * unpredictable name, so a symlink planted in the output folder cannot redirect the write onto
 * another file (issue 19: `<name>.<pid>.tmp` was guessable and opened through links). Temporary
 * files left by a run that was killed are removed by the next run writing to the same folder.
 *
 * Synchronous file calls (issue 24): the outputs are the run's last work, and each awaited call
 * was a turn of the event loop in which V8 ran its pending collector tasks. At 1.1M rows the
 * seven-metric run's old generation crosses its limit while findings.json is made, and the first
 * turn after it finished a mark-compact (8-46 ms) and a scavenge (5-18 ms) of a heap the process
 * is about to drop; with no turn before bin/caseaudit.js exits, neither runs. writeOutputs stays
 * async for its callers.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface OutputFile {
  name: string;
  content: string | Uint8Array;
}

/**
 * A file written as it is made, its text handed to `emit` piece by piece: findings.json as the CLI
 * writes it (src/report/jsonPieces.ts), so that no whole copy of it is ever made.
 */
export interface PiecesFile {
  name: string;
  pieces: (emit: (text: string) => void) => void;
}

export type WritableFile = OutputFile | PiecesFile;

/** The output folder cannot be used (a file, a system folder, no permission): one line, exit 2. */
export class OutputError extends Error {}

/** Kernel folders: writing there is never meant, and mkdir under /proc/self could hang (issue 19). */
const SYSTEM_ROOTS = ['/proc', '/sys', '/dev'];

/** The nearest existing ancestor of `dir`, with links resolved. */
function existingAncestor(dir: string): string {
  for (let d = resolve(dir); ; d = dirname(d)) {
    try {
      return realpathSync(d);
    } catch {
      if (dirname(d) === d) return d;
    }
  }
}

function checkOutputFolder(dir: string): void {
  const real = existingAncestor(dir);
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
function removeStale(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    const m = TMP_NAME.exec(n);
    if (!m || alive(Number(m[1]))) continue;
    const path = join(dir, n);
    if (lstatSync(path).isDirectory()) continue;
    rmSync(path, { force: true });
  }
}

function writeExclusive(path: string, file: WritableFile): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  const write = (buf: Uint8Array, offset: number, length: number): number => writeSync(fd, buf, offset, length);
  try {
    if ('pieces' in file) writePieces(write, file.pieces);
    else if (typeof file.content === 'string') writeUtf8(write, file.content);
    else writeWhole(write, file.content, file.content.length);
  } finally {
    closeSync(fd);
  }
}

/** Writes up to `length` bytes of `buf` from `offset`, returning how many it wrote (fs.writeSync on a file). */
export type WriteBytes = (buf: Uint8Array, offset: number, length: number) => number;

/** UTF-16 code units encoded per write (at most three bytes each). */
const WRITE_CHUNK_CHARS = 1 << 20;

/**
 * Writes a string as UTF-8 through one small reused buffer instead of encoding it whole: a 1.1M-row
 * audit's findings.json is about 50 MB, and writing the string whole would hold a second copy of
 * it as bytes at the audit's peak memory. The bytes are the same as Buffer.from(text): a chunk
 * never ends between the two halves of a surrogate pair, so each character is encoded whole.
 */
export function writeUtf8(write: WriteBytes, text: string, chunkChars = WRITE_CHUNK_CHARS): void {
  const buf = Buffer.allocUnsafe(Math.min(text.length, chunkChars + 1) * 3);
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + chunkChars);
    const last = text.charCodeAt(end - 1);
    // A high surrogate at the cut: take its low half along (a lone one is encoded alone either way).
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    writeWhole(write, buf, buf.write(text.slice(at, end), 0, 'utf8'));
    at = end;
  }
}

/** Bytes of pieces gathered per write: small enough to stay in pages already touched after the first file. */
const PIECES_BUFFER_BYTES = 1 << 18;

/**
 * Writes text made piece by piece as UTF-8, gathered in one small buffer. Each piece is encoded
 * whole, so a character is never cut (the pieces of findings.json end between JSON tokens); a piece
 * too long for the buffer is written as writeUtf8 writes a string.
 */
export function writePieces(
  write: WriteBytes,
  pieces: (emit: (text: string) => void) => void,
  bufferBytes = PIECES_BUFFER_BYTES,
): void {
  const buf = Buffer.allocUnsafe(bufferBytes);
  let used = 0;
  pieces((text) => {
    if (text.length * 3 > bufferBytes - used) {
      writeWhole(write, buf, used);
      used = 0;
      if (text.length * 3 > bufferBytes) {
        writeUtf8(write, text);
        return;
      }
    }
    used += buf.write(text, used, 'utf8');
  });
  writeWhole(write, buf, used);
}

/** The first n bytes of buf, however many short writes it takes. */
function writeWhole(write: WriteBytes, buf: Uint8Array, n: number): void {
  for (let done = 0; done < n;) done += write(buf, done, n - done);
}

// Async for its callers, though its calls are synchronous: a failure is a rejection, as before.
/**
 * One output file named by `--out <file>` (`sample`, `init`): written as writeOutputs writes, so a
 * file or system folder on its path is one line; a folder at the name itself is named as such.
 */
export async function writeOutputFile(target: string, content: string): Promise<string> {
  let folder = false;
  try {
    folder = lstatSync(target).isDirectory();
  } catch {
    // not there yet, or inside a file: writeOutputs names it
  }
  if (folder) throw new OutputError(`--out: ${target}: is a folder; give the name of a file to write`);
  const [written] = await writeOutputs(dirname(target), [{ name: basename(target), content }]);
  return written!;
}

/**
 * Checks and makes an output folder written by other code (`generate`), as writeOutputs does its
 * own: a file there, a system folder (mkdir under /proc/self hung) or no permission is one line.
 */
export function prepareOutputFolder(dir: string): void {
  checkOutputFolder(dir);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw outputFailure(dir, e);
  }
}

export async function writeOutputs(dir: string, files: readonly WritableFile[]): Promise<string[]> {
  checkOutputFolder(dir);
  try {
    return writeAll(dir, files);
  } catch (e) {
    throw outputFailure(dir, e);
  }
}

function writeAll(dir: string, files: readonly WritableFile[]): string[] {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const written: string[] = [];
  const cleaned = new Set<string>();
  for (const f of files) {
    const target = join(dir, f.name);
    const folder = dirname(target);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!cleaned.has(folder)) {
      cleaned.add(folder);
      removeStale(folder);
    }
    const tmp = tempNameFor(target);
    try {
      writeExclusive(tmp, f);
      renameSync(tmp, target);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
    written.push(target);
  }
  return written;
}
