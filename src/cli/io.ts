/** What the CLI writes to, so tests and the library can run it without a process. */
export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  cwd: string;
}

/** A mistake by the user (bad path, bad option, bad config): one line, exit 2, no stack trace. */
export class UserError extends Error {}
