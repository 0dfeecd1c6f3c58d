/**
 * The command line. `run` returns the exit code (SPEC §5); bin/caseaudit.js only calls it.
 * 0 ran and nothing at or above --fail-on; 1 findings at or above it, or a broken budget;
 * 2 usage, config or unreadable input (or a rule that failed).
 */
import { Command, CommanderError, Option } from 'commander';
import { ZodError } from 'zod';
import { ConfigError } from '../config/load.js';
import { AsAtError } from '../engine/asAt.js';
import { InputError } from '../load/csvFile.js';
import { BaselineError } from '../ci/baseline.js';
import { OutputError } from '../report/write.js';
import { registerDiff } from './diff.js';
import { registerBatch } from './batch.js';
import { registerInit } from './init.js';
import { TOOL_VERSION } from '../engine/paths.js';
import { type CliIo, UserError } from './io.js';
import { registerAudit, registerRules, registerValidate } from './commands.js';
import { registerGenerate } from './generate.js';
import { registerChild } from './child.js';
import { registerSample } from './sample.js';

export async function run(argv: readonly string[], caller: CliIo): Promise<number> {
  const io: CliIo = { ...caller }; // this run's own: readConfig notes its config file here
  let exitCode = 0;
  // EPIPE: whoever reads stdout stopped (`| head -1`); the rest of the output has nowhere to go,
  // which is not a failure and must not print a stack (issue 19).
  io.stdout.on?.('error', (e) => {
    if (e.code !== 'EPIPE') io.stderr.write(`caseaudit: cannot write to standard output (${e.code ?? 'error'})\n`);
  });
  let debug = argv.includes('--debug');
  const program = new Command('caseaudit')
    .description("Audit a children's services case-management export against what Ofsted inspectors look for.")
    .version(TOOL_VERSION, '-V, --version')
    .option('--debug', 'show stack traces for unexpected errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .addHelpText(
      'after',
      `
Examples:
  $ caseaudit audit fixtures/demo --format html,pdf,json --out report
  $ caseaudit validate exports/2024-03-31
  $ caseaudit rules
  $ caseaudit child fixtures/demo C000042
  $ caseaudit sample fixtures/demo --size 20 --seed 7

Exit codes: 0 ran cleanly, 1 findings at or above --fail-on or a broken budget, 2 usage, config or input error.
The tables and columns an export can hold: docs/data-contract.md. What each rule measures: docs/rules.md.`,
    );
  const setExit = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  registerAudit(program, io, setExit);
  registerValidate(program, io, setExit);
  registerRules(program, io);
  registerGenerate(program, io, setExit);
  registerDiff(program, io, setExit);
  registerBatch(program, io, setExit);
  registerInit(program, io, setExit);
  registerChild(program, io, setExit);
  registerSample(program, io, setExit);
  program.hook('preAction', (cmd) => {
    debug = debug || Boolean(cmd.optsWithGlobals().debug);
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0 ? 0 : 2;
    }
    const known =
      e instanceof UserError ||
      e instanceof ConfigError ||
      e instanceof InputError ||
      e instanceof AsAtError ||
      e instanceof ZodError ||
      e instanceof BaselineError ||
      e instanceof OutputError;
    if (known) {
      // The engine names a config mistake `config: rules.x…` or `config asAt: …`: the file instead.
      const file = io.configFile;
      const message = file
        ? (e as Error).message.replace(/^config(?:: | (?=asAt: ))/gm, `${file}: `)
        : (e as Error).message;
      io.stderr.write(`caseaudit: ${message}\n`);
      if (debug) io.stderr.write(`${(e as Error).stack ?? ''}\n`);
      return 2;
    }
    io.stderr.write(`caseaudit: internal error: ${(e as Error).message}\n`);
    io.stderr.write(
      debug
        ? `${(e as Error).stack ?? ''}\n`
        : "Run again with --debug for details, and report it at the project's issue tracker.\n",
    );
    return 2;
  }
}

export { Option };
