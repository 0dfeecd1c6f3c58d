/** What the CLI writes to, so tests and the library can run it without a process. */
export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  cwd: string;
}

export { UserError } from '../model/errors.js';
