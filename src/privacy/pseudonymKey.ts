/**
 * The key for `--pseudonymise`: where it comes from and what makes it strong enough. Kept apart from
 * the coding so the CLI and batch runner can check a key without the whole pseudonymiser.
 */
/** Keys shorter than this are refused: ids are guessable, so a weak key makes codes reversible. */
export const MIN_KEY_LENGTH = 16;

export class PseudonymKeyError extends Error {}

export function checkKey(key: string | undefined): string {
  if (key === undefined || key.length === 0) {
    throw new PseudonymKeyError('--pseudonymise needs a key: set CASEAUDIT_KEY or give --key-file <path>');
  }
  if (key.length < MIN_KEY_LENGTH)
    throw new PseudonymKeyError(`--pseudonymise: the key must be at least ${MIN_KEY_LENGTH} characters`);
  return key;
}

/** Reads a key file's text: trailing line breaks are not part of the key. */
export function keyFromFileText(text: string): string {
  return text.replace(/[\r\n]+$/, '');
}

/**
 * The key for `--pseudonymise`: the file given with `--key-file`, else `CASEAUDIT_KEY`. A file
 * that cannot be read, or a missing or short key, is a PseudonymKeyError (one line, exit 2).
 */
export async function readPseudonymKey(keyFile: string | undefined, env: string | undefined): Promise<string> {
  if (keyFile !== undefined) {
    const { readFile } = await import('node:fs/promises');
    let text: string;
    try {
      text = await readFile(keyFile, 'utf8');
    } catch (e) {
      throw new PseudonymKeyError(
        `--key-file: ${keyFile}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    return checkKey(keyFromFileText(text));
  }
  return checkKey(env);
}
