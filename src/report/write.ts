/**
 * Writes output files safely: to a temporary name beside the target, then renamed, so an
 * interrupted run never leaves a half-written report; owner-only permissions on POSIX because the
 * contents are children's personal data.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface OutputFile { name: string; content: string | Uint8Array }

export async function writeOutputs(dir: string, files: readonly OutputFile[]): Promise<string[]> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const written: string[] = [];
  for (const f of files) {
    const target = join(dir, f.name);
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    const tmp = `${target}.${process.pid}.tmp`;
    try {
      await writeFile(tmp, f.content, { mode: 0o600 });
      await rename(tmp, target);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    written.push(target);
  }
  return written;
}
