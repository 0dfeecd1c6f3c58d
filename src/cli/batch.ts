/** `caseaudit batch`: audit many exports at once (one worker thread each) and compare them. */
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { loadRulesFor, RULE_IDS } from '../../rules/registry.js';
// The batch runner loads when the command runs (start-up of every other command, issue 24).
import { defaultJobs } from '../batch/pool.js';
import type { ExportSummary } from '../batch/types.js';
import { validateBudgetKeys } from '../ci/budgets.js';
import { resolveRuleOptions } from '../engine/run.js';
import type { Severity } from '../engine/types.js';
import { type LayoutChoice, LAYOUT_NAMES } from '../load/index.js';
import { parseIsoDay } from '../model/day.js';
import { readPseudonymKey } from '../privacy/pseudonymise.js';
import { DEFAULT_PDF_EVIDENCE_ROWS, FORMAT_NAMES } from '../report/index.js';
import { makeChalk } from '../report/terminal.js';
import { readConfig, readSuppressionsOption } from './commands.js';
import { type CliIo, UserError } from './io.js';
import { checkFormats, intBetween, parseList, positiveInt, selectedRules, wholeNumber } from './options.js';

/** Formats asked for by default, where present: the list of renderers grows as formats are added. */
const DEFAULT_FORMATS = ['json', 'html'];

/** A one-line bar redrawn in place on stderr; only on a TTY, so logs and pipes stay clean. */
function progressBar(io: CliIo, on: boolean) {
  const width = 24;
  let total = 0;
  const draw = (done: number, last?: string) => {
    if (!on || total === 0) return;
    const filled = Math.round((done / total) * width);
    io.stderr.write(
      `\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} exports${last ? ` · ${last}` : ''}`,
    );
  };
  return {
    start: (n: number) => {
      total = n;
      draw(0);
    },
    step: (s: ExportSummary, done: number) => draw(done, `${s.name} ${s.status === 'ok' ? 'done' : 'failed'}`),
    end: () => {
      if (on && total > 0) io.stderr.write('\r\x1b[2K');
    },
  };
}

interface BatchCliOptions {
  out: string;
  jobs?: number;
  format?: string;
  config?: string;
  asAt?: string;
  periodMonths?: number;
  rules?: string;
  failOn?: Severity;
  maxFileMb?: number;
  quiet?: boolean;
  layout?: LayoutChoice;
  baseline?: string;
  suppressions?: string;
  pseudonymise?: boolean;
  keyFile?: string;
  pdfRows?: number;
  trends: boolean;
}

export function registerBatch(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('batch')
    .description(
      'Audit several exports, each in its own worker thread, and write a report per export plus a comparison table',
    )
    .argument('<exports...>', 'export folders, folders holding export folders, or globs such as "exports/2024-*"')
    .requiredOption('-o, --out <dir>', 'output folder: one sub-folder per export, and comparison.json/.csv/.html')
    .option('-j, --jobs <n>', `worker threads (default: one per core, here ${defaultJobs()})`, positiveInt('--jobs'))
    .option(
      '-f, --format <list>',
      `comma-separated report formats per export: ${FORMAT_NAMES().join(', ')} (default: ${DEFAULT_FORMATS.join(',')} where available)`,
    )
    .option(
      '-c, --config <file>',
      'config file applied to every export (default: ./caseaudit.config.json when present)',
    )
    .option('--as-at <date>', "audit every export as at this date (YYYY-MM-DD); default: each export's own")
    .option(
      '--period-months <n>',
      'length of the audit period in months (default 12)',
      intBetween('--period-months', 1, 120),
    )
    .option('--rules <list>', 'run only these rules (comma-separated ids; data-quality always runs)')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when any export has a finding at or above this severity').choices([
        'high',
        'medium',
        'low',
      ]),
    )
    .option(
      '--max-file-mb <n>',
      'refuse any input file larger than this many MB (default 2048)',
      positiveInt('--max-file-mb'),
    )
    .option('-q, --quiet', 'no progress bar')
    .addOption(
      new Option(
        '--layout <layout>',
        'layout of every export (default: config layout, else detected per export)',
      ).choices(['auto', ...LAYOUT_NAMES]),
    )
    .option(
      '--baseline <dir>',
      'the --out folder of a previous batch: each export is compared with <dir>/<its name>/findings.json when there',
    )
    .option(
      '--suppressions <file>',
      'JSON file of acknowledged items applied to every export (default: config "suppressions")',
    )
    .option('--no-trends', 'leave out the month-by-month trends of every measure (docs/rules.md), and their cost')
    .option(
      '--pseudonymise',
      "replace ids with keyed codes in every export's outputs, dates of birth with months, and leave out names and excerpts (key: CASEAUDIT_KEY or --key-file)",
    )
    .option('--key-file <path>', 'file holding the pseudonymisation key (with --pseudonymise)')
    .option(
      '--pdf-rows <n>',
      `evidence rows printed per finding in each PDF, 0 for all (default: config report.pdfEvidenceRows, else ${DEFAULT_PDF_EVIDENCE_ROWS})`,
      wholeNumber('--pdf-rows'),
    )
    .addHelpText(
      'after',
      `
Examples:
  $ caseaudit batch exports/ --out batch-report
  $ caseaudit batch "exports/2024-*" --as-at 2024-03-31 --jobs 2 --out batch-2024-03
  $ caseaudit batch north/ south/ --format json,html,csv --fail-on high --out compare
  $ caseaudit batch nightly/ --out runs/today --baseline runs/yesterday --suppressions acknowledged.json
  $ caseaudit batch exports/ --layout ssd --pseudonymise --key-file /secure/caseaudit.key --out shared

An export is a folder holding at least one CSV or xlsx file; a folder without any is searched one
level down for such folders. With --baseline, an export whose name has no findings.json in that
folder is audited without a baseline and a warning says so; a baseline that cannot be compared
(another council, schema version, pseudonymised against raw) is that export's error. Exit codes:
0 every export audited cleanly, 1 an export has findings at or above --fail-on (or a broken
budget), 2 an export could not be audited (the others are still written) or a usage/config error.`,
    )
    .action(async (inputs: string[], o: BatchCliOptions) => {
      const { config, path: configPath } = await readConfig(io, o.config);
      const available = FORMAT_NAMES();
      const formats = o.format ? parseList(o.format) : DEFAULT_FORMATS.filter((f) => available.includes(f));
      checkFormats(formats, available);
      const only = selectedRules(o.rules, RULE_IDS);
      if (o.asAt !== undefined && parseIsoDay(o.asAt) === null)
        throw new UserError(`--as-at: "${o.asAt}" is not a date as YYYY-MM-DD`);
      // Mistakes common to every export stop the batch before any worker starts, rather than
      // appearing once per export.
      resolveRuleOptions(await loadRulesFor(only, config), config, { only });
      validateBudgetKeys(config, RULE_IDS);
      // Key and acknowledged items are read once here, as `audit` reads them, and handed to every
      // worker; a bad key or suppressions file is a usage error before any worker starts.
      if (o.keyFile !== undefined && !o.pseudonymise)
        throw new UserError('--key-file is only used with --pseudonymise');
      const pseudonymiseKey = o.pseudonymise
        ? await readPseudonymKey(
            o.keyFile === undefined ? undefined : resolve(io.cwd, o.keyFile),
            process.env.CASEAUDIT_KEY,
          ).catch((e: Error) => {
            throw new UserError(e.message);
          })
        : undefined;
      const suppressions = await readSuppressionsOption(io, o.suppressions, config);
      const bar = progressBar(io, Boolean(io.stderr.isTTY) && !o.quiet);
      const { runBatch } = await import('../batch/runBatch.js');
      const result = await runBatch({
        inputs,
        out: o.out,
        formats,
        config,
        cwd: io.cwd,
        ...(o.jobs !== undefined ? { jobs: o.jobs } : {}),
        ...(o.asAt !== undefined ? { asAt: o.asAt } : {}),
        ...(o.periodMonths !== undefined ? { periodMonths: o.periodMonths } : {}),
        ...(only ? { rules: only } : {}),
        ...((o.failOn ?? config.failOn) ? { failOn: (o.failOn ?? config.failOn)! } : {}),
        ...(o.maxFileMb !== undefined ? { maxFileMb: o.maxFileMb } : {}),
        ...(o.layout !== undefined ? { layout: o.layout } : {}),
        ...(o.baseline !== undefined ? { baseline: o.baseline } : {}),
        ...(suppressions ? { suppressions } : {}),
        ...(pseudonymiseKey !== undefined ? { pseudonymiseKey } : {}),
        ...(o.pdfRows !== undefined ? { pdfEvidenceRows: o.pdfRows } : {}),
        ...(o.trends === false ? { trends: false } : {}),
        onStart: bar.start,
        onExport: bar.step,
      });
      bar.end();
      const c = makeChalk(io.stdout);
      const ok = result.exports.filter((s) => s.status === 'ok');
      const lines = [c.bold(`Batch: ${ok.length} of ${result.exports.length} exports audited`)];
      for (const s of result.exports) {
        if (s.status === 'ok') {
          const f = s.findings;
          lines.push(
            `  ${c.green('ok')}     ${s.name}: as at ${s.asAt}; ${f.high} high, ${f.medium} medium, ${f.low} low${s.failing ? c.red(`; ${s.failing} at or above --fail-on`) : ''}`,
          );
        } else {
          lines.push(
            `  ${c.red('failed')} ${s.name}: ${s.reason ?? 'could not be audited'}${s.written.length ? ' (report written for what could be read)' : ''}`,
          );
        }
      }
      if (configPath) lines.push(`Config: ${configPath}`);
      for (const w of result.written) lines.push(`Wrote ${w}`);
      io.stdout.write(`${lines.join('\n')}\n`);
      for (const s of result.exports) {
        for (const w of s.warnings) io.stderr.write(`caseaudit: ${s.name}: ${w}\n`);
        if (s.status === 'error') io.stderr.write(`caseaudit: ${s.name}: ${s.reason ?? 'could not be audited'}\n`);
      }
      setExit(result.exitCode);
    });
}
