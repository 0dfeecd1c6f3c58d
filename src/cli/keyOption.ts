/** The pseudonymisation key of `--pseudonymise` (CASEAUDIT_KEY or --key-file), for child and sample. */
import { resolve } from 'node:path';
import { readPseudonymKey } from '../privacy/pseudonymise.js';
import { type CliIo, UserError } from './io.js';

export async function keyOption(
  io: CliIo,
  o: { pseudonymise?: boolean; keyFile?: string },
): Promise<string | undefined> {
  if (o.keyFile !== undefined && !o.pseudonymise) throw new UserError('--key-file is only used with --pseudonymise');
  if (!o.pseudonymise) return undefined;
  return readPseudonymKey(
    o.keyFile === undefined ? undefined : resolve(io.cwd, o.keyFile),
    process.env.CASEAUDIT_KEY,
  ).catch((e: Error) => {
    throw new UserError(e.message);
  });
}
