/** What the CLI writes to, so tests and the library can run it without a process. */
export interface CliIo {
  /** `on` (a stream's): a reader that closes early (`caseaudit rules | head -1`) is not an error. */
  stdout: {
    write(s: string): unknown;
    isTTY?: boolean;
    on?(event: 'error', listener: (e: NodeJS.ErrnoException) => void): unknown;
  };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  cwd: string;
  /**
   * The config file this run read (set by readConfig), so a config mistake found later (a rule id,
   * a rule's option, a budget, asAt), which the engine reports as `config: …`, names the file.
   */
  configFile?: string;
}

export { UserError } from '../model/errors.js';
