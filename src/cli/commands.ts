/** The audit, validate and rules commands. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import {
  auditWith,
  LAYOUT_NAMES,
  LAYOUTS,
  type LayoutChoice,
  loadExportWith,
  renderFiles,
  todayDay,
} from '../auditApi.js';
import { loadRules, loadRulesFor, RULE_IDS } from '../../rules/registry.js';
import { loadConfigFile } from '../config/load.js';
import type { CaseauditConfig } from '../config/schema.js';
import { dataQualityOf, resolveRuleOptions } from '../engine/run.js';
import { latestEventDate } from '../engine/asAt.js';
import { optionsWithoutDefault } from '../engine/ruleFacts.js';
import { readFindings } from '../ci/baseline.js';
import { failingFindings } from '../ci/failOn.js';
import { validateBudgetKeys } from '../ci/budgets.js';
import { readSuppressions } from '../ci/suppressions.js';
import type { Severity } from '../engine/types.js';
import { DEFAULT_PDF_EVIDENCE_ROWS, FORMAT_NAMES, reportOptions, showsExcerpts } from '../report/index.js';
import { PdfNotWrittenError } from '../report/pdf/browser.js';
import { makeChalk, renderTerminal } from '../report/terminal.js';
import { writeOutputs } from '../report/write.js';
import { readPseudonymKey } from '../privacy/pseudonymise.js';
import { type CliIo, UserError } from './io.js';
import { checkFormats, intBetween, parseList, positiveInt, selectedRules, wholeNumber } from './options.js';

export const DEFAULT_CONFIG_NAME = 'caseaudit.config.json';

/** The suppressions file from --suppressions, else the config's, read; undefined when neither names one. */
export async function readSuppressionsOption(
  io: CliIo,
  given: string | undefined,
  config: CaseauditConfig,
): Promise<{ list: Awaited<ReturnType<typeof readSuppressions>>; file: string } | undefined> {
  const file = given ?? config.suppressions;
  return file ? { list: await readSuppressions(resolve(io.cwd, file), RULE_IDS), file } : undefined;
}

export async function readConfig(
  io: CliIo,
  path: string | undefined,
): Promise<{ config: CaseauditConfig; path: string | null }> {
  if (path !== undefined) {
    io.configFile = resolve(io.cwd, path);
    return { config: await loadConfigFile(io.configFile), path };
  }
  const implicit = join(io.cwd, DEFAULT_CONFIG_NAME);
  if (existsSync(implicit)) {
    io.configFile = implicit;
    return { config: await loadConfigFile(implicit), path: DEFAULT_CONFIG_NAME };
  }
  return { config: {}, path: null };
}

function progress(io: CliIo, quiet: boolean) {
  const on = Boolean(io.stderr.isTTY) && !quiet;
  return {
    table: (t: string, n: number) => {
      if (on) io.stderr.write(`  read ${t}: ${n} rows\n`);
    },
    rule: (id: string, status: string, ms: number) => {
      if (on) io.stderr.write(`  ${id}: ${status} in ${ms.toFixed(0)} ms\n`);
    },
  };
}

// --layout (issue 8): auto detects Annex A workbooks/lists and ssd_*.csv files from their names.
export const layoutOption = () =>
  new Option(
    '--layout <layout>',
    `layout of the export (default: config layout, else detected): ${LAYOUTS.map((l) => `${l.name}: ${l.describe}`).join('; ')}`,
  ).choices(['auto', ...LAYOUT_NAMES]);

const severityOption = () =>
  new Option('--fail-on <severity>', 'exit 1 when any finding is at or above this severity').choices([
    'high',
    'medium',
    'low',
  ]);

export function registerAudit(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('audit')
    .description('Load an export, run every rule and write the findings')
    .argument(
      '<export>',
      'an export: a folder of CSV files (one per table, docs/data-contract.md), an Ofsted Annex A workbook (.xlsx) or its lists as CSV, a Standard Safeguarding Dataset extract, or a folder of statutory returns',
    )
    .option(
      '--as-at <date>',
      'audit as at this date (YYYY-MM-DD); default: config asAt, else the latest event in the export',
    )
    .option(
      '--period-months <n>',
      'length of the audit period in months (default 12)',
      intBetween('--period-months', 1, 120),
    )
    .option('-c, --config <file>', `config file (default: ./${DEFAULT_CONFIG_NAME} when present)`)
    .option('-f, --format <list>', `comma-separated outputs: ${FORMAT_NAMES().join(', ')}`, 'json')
    .option('-o, --out <dir>', 'folder for the output files', 'caseaudit-report')
    .option(
      '--rules <list>',
      'run only these rules (comma-separated ids; data-quality always runs). With --as-at, only the tables these rules use are read, and the others are listed as not read',
    )
    .addOption(severityOption())
    .option(
      '--max-file-mb <n>',
      'refuse any input file larger than this many MB (default 2048)',
      positiveInt('--max-file-mb'),
    )
    .option('-q, --quiet', 'no progress lines, only the summary')
    .addOption(layoutOption())
    .option(
      '--baseline <findings.json>',
      'compare with a previous findings.json: metric changes, children newly flagged and no longer flagged',
    )
    .option('--suppressions <file>', 'JSON file of acknowledged items (default: config "suppressions")')
    .option(
      '--pseudonymise',
      'replace child, worker and record ids with keyed codes, dates of birth with months, and leave out names and excerpts (key: CASEAUDIT_KEY or --key-file)',
    )
    .option('--key-file <path>', 'file holding the pseudonymisation key (with --pseudonymise)')
    .addOption(
      new Option(
        '--threads <when>',
        "read and score supervision text in a worker thread while the rest loads: auto (with more than one core and at least 24 MB of supervision text), always (and a share of the other tables, or of a returns folder's CIN census files, too), or never",
      )
        .choices(['auto', 'always', 'never'])
        .default('auto'),
    )
    .option('--no-threads', 'the same as --threads never: do all the work on one thread')
    .option('--no-trends', 'leave out the month-by-month trends of every measure (docs/rules.md), and their cost')
    .option(
      '--pdf-rows <n>',
      `evidence rows printed per finding in the PDF, 0 for all (default: config report.pdfEvidenceRows, else ${DEFAULT_PDF_EVIDENCE_ROWS}); the PDF says how many it leaves out, and the HTML, CSV and JSON keep every row`,
      wholeNumber('--pdf-rows'),
    )
    .addHelpText(
      'after',
      `
Examples:
  $ caseaudit audit fixtures/demo
  $ caseaudit audit exports/latest --baseline last-month/findings.json --format json,md --fail-on high
  $ caseaudit audit exports/latest --as-at 2024-03-31 --format html,pdf,csv --out audit-2024-03
  $ caseaudit audit exports/latest --rules allocation-delay,caseloads --fail-on high
  $ caseaudit audit exports/latest --format pdf --pdf-rows 200 --out audit-for-managers`,
    )
    .action(
      async (
        exportPath: string,
        o: {
          asAt?: string;
          periodMonths?: number;
          config?: string;
          format: string;
          out: string;
          rules?: string;
          failOn?: Severity;
          maxFileMb?: number;
          quiet?: boolean;
          baseline?: string;
          suppressions?: string;
          pseudonymise?: boolean;
          keyFile?: string;
          layout?: LayoutChoice;
          threads: 'auto' | 'always' | 'never' | false;
          pdfRows?: number;
          trends: boolean;
        },
      ) => {
        const { config, path: configPath } = await readConfig(io, o.config);
        const formats = parseList(o.format);
        checkFormats(formats, FORMAT_NAMES());
        const only = selectedRules(o.rules, RULE_IDS);
        // Only the rules this audit runs are loaded (issue 24), every rule when the config sets any.
        const registry = await loadRulesFor(only, config);
        resolveRuleOptions(registry, config, { only }); // config mistakes stop the run before any data is read
        if (o.keyFile !== undefined && !o.pseudonymise)
          throw new UserError('--key-file is only used with --pseudonymise');
        const pseudonymKey = o.pseudonymise
          ? await readPseudonymKey(
              o.keyFile === undefined ? undefined : resolve(io.cwd, o.keyFile),
              process.env.CASEAUDIT_KEY,
            ).catch((e: Error) => {
              throw new UserError(e.message);
            })
          : null;
        validateBudgetKeys(config, RULE_IDS);
        const baseline = o.baseline ? await readFindings(resolve(io.cwd, o.baseline)) : undefined;
        const suppressions = await readSuppressionsOption(io, o.suppressions, config);
        const p = progress(io, Boolean(o.quiet));
        const maxMb = o.maxFileMb ?? config.maxFileMb;
        const ex = await loadExportWith(registry, resolve(io.cwd, exportPath), {
          ...(maxMb ? { maxBytes: maxMb * 1024 * 1024 } : {}),
          ...(config.mapping ? { mapping: config.mapping } : {}),
          layout: o.layout ?? config.layout ?? 'auto',
          onTable: p.table,
          auditFor: {
            config,
            // An audit's outputs show supervision text only as the rule's evidence excerpts.
            rulesOnly: true,
            excerpts: showsExcerpts(formats, reportOptions(config, { pseudonymised: pseudonymKey !== null })),
            ...(only ? { rules: only } : {}),
            ...(o.asAt ? { asAt: o.asAt } : {}),
            ...(o.threads === false || o.threads === 'never'
              ? { threads: false }
              : o.threads === 'always'
                ? { threads: true }
                : {}),
          },
        });
        ex.source = exportPath;
        const result = auditWith(registry, ex, {
          config,
          ...(o.asAt ? { asAt: o.asAt } : {}),
          ...(o.periodMonths ? { periodMonths: o.periodMonths } : {}),
          ...(only ? { rules: only } : {}),
          ...(baseline ? { baseline } : {}),
          ...(suppressions ? { suppressions } : {}),
          ...(pseudonymKey !== null ? { pseudonymiseKey: pseudonymKey } : {}),
          ...(o.trends === false ? { trends: false } : {}),
          onRule: p.rule,
        });
        // No browser for --format pdf: write everything else (and the HTML), then exit 2; the PDF
        // renderer has already said why in one line through `log`.
        let noBrowser = false;
        // audit() pseudonymised the result before any renderer sees it, so every format is covered.
        const shown = result;
        // findings.json goes to its file as it is made, never whole as one string (issue 24).
        const files = await renderFiles(shown, formats, {
          ...reportOptions(config, { pseudonymised: pseudonymKey !== null, pdfEvidenceRows: o.pdfRows }),
          jsonInPieces: true,
          log: (line) => io.stderr.write(`${line}\n`),
        }).catch((e: unknown) => {
          if (!(e instanceof PdfNotWrittenError)) throw e;
          noBrowser = true;
          return e.files;
        });
        const written = await writeOutputs(resolve(io.cwd, o.out), files);
        io.stdout.write(renderTerminal(shown, makeChalk(io.stdout)));
        if (configPath) io.stdout.write(`Config: ${configPath}\n`);
        for (const w of written) io.stdout.write(`Wrote ${w}\n`);
        const errored = result.rules.filter((r) => r.status === 'error');
        for (const r of errored) io.stderr.write(`caseaudit: rule ${r.id} failed: ${r.reason ?? ''}\n`);
        // A table that is present but unusable is unreadable input (SPEC §5: exit 2), even though
        // the report was still written for everything else.
        const unreadable = result.dataQuality.tables.filter((t) => t.status === 'failed');
        // One line per cause: an Annex A list that cannot be read fails each table it feeds.
        for (const line of new Set(unreadable.map((t) => t.error ?? `${t.file ?? t.table}: could not be read`)))
          io.stderr.write(`caseaudit: ${line}\n`);
        const failOn = o.failOn ?? config.failOn;
        const failing = failingFindings(result, failOn);
        if (failing > 0) io.stdout.write(`${failing} finding(s) at or above --fail-on ${failOn}\n`);
        const broken = (result.budgets ?? []).filter((b) => b.status === 'fail').length;
        setExit(errored.length || unreadable.length || noBrowser ? 2 : failing > 0 || broken > 0 ? 1 : 0);
      },
    );
}

export function registerValidate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('Load an export and report its data quality only (no rules run)')
    .argument(
      '<export>',
      'an export: a folder of CSV files (one per table, docs/data-contract.md), an Ofsted Annex A workbook (.xlsx) or its lists as CSV, a Standard Safeguarding Dataset extract, or a folder of statutory returns',
    )
    .option('-c, --config <file>', 'config file (for column mappings and asAt)')
    .option('--as-at <date>', 'as-at date for counting dates after as-at (YYYY-MM-DD)')
    .addOption(layoutOption())
    .addHelpText(
      'after',
      `
Example:
  $ caseaudit validate exports/latest`,
    )
    .action(async (exportPath: string, o: { config?: string; asAt?: string; layout?: LayoutChoice }) => {
      const { config } = await readConfig(io, o.config);
      // No rule runs but data-quality (and the config's rules are checked): only those are loaded.
      const registry = await loadRulesFor([], config);
      const ex = await loadExportWith(registry, resolve(io.cwd, exportPath), {
        ...(config.mapping ? { mapping: config.mapping } : {}),
        layout: o.layout ?? config.layout ?? 'auto',
      });
      ex.source = exportPath;
      // validate reports data quality with or without an as-at date: a broken export (a table
      // that could not be read) may have no event dates at all, and that is what it must report.
      // Without one, only "after the as-at date" is not checked.
      const dated = o.asAt !== undefined || config.asAt !== undefined || latestEventDate(ex, todayDay()) !== null;
      const result = dated ? auditWith(registry, ex, { config, rules: [], ...(o.asAt ? { asAt: o.asAt } : {}) }) : null;
      const c = makeChalk(io.stdout);
      const dq = result ? result.dataQuality : dataQualityOf(ex);
      const asAtLine = result
        ? `As at ${result.asAt} (${result.asAtSource})`
        : 'As at: none (the export has no event dates; pass --as-at to check for dates after it)';
      const lines = [c.bold(`Data quality of ${exportPath}`), `Layout: ${ex.layout}`, asAtLine, ''];
      for (const t of dq.tables) {
        lines.push(
          `${t.table.padEnd(13)} ${t.status === 'loaded' ? `${String(t.rowsRead).padStart(8)} rows, ${t.rowsWithIssues} with errors${t.encoding && t.encoding !== 'utf-8' ? ` (${t.encoding})` : ''}` : c.dim(`${t.status}${t.error ? `: ${t.error}` : ''}`)}`,
        );
      }
      lines.push('');
      for (const g of dq.issues) {
        const ex0 = g.examples[0];
        lines.push(
          `${g.informational ? c.dim('note ') : c.yellow('issue')} ${g.table}.${g.column || '*'}: ${g.title} ×${g.count}${ex0 ? ` — first at ${ex0.file}:${ex0.line}${ex0.columnIndex ? `:${ex0.columnIndex}` : ''}${ex0.value ? ` "${ex0.value}"` : ''}` : ''}`,
        );
      }
      lines.push('', `${dq.rowsWithIssues} of ${dq.rowsRead} rows have data-quality errors.`);
      // A table that could not be read at all (a required column missing, not a CSV) fails the
      // check, so a nightly validate catches it; issues in readable tables are reported only.
      const failed = dq.tables.filter((t) => t.status === 'failed');
      if (failed.length)
        lines.push(
          c.red(
            `${failed.length} table${failed.length === 1 ? '' : 's'} could not be read: ${failed.map((t) => t.table).join(', ')}.`,
          ),
        );
      io.stdout.write(`${lines.join('\n')}\n`);
      setExit(failed.length ? 1 : 0);
    });
}

export function registerRules(program: Command, io: CliIo): void {
  program
    .command('rules')
    .description('List every rule with its area, tables and options with defaults')
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      `
Example:
  $ caseaudit rules

What each rule measures, with its metrics and defaults: docs/rules.md.`,
    )
    .action(async (o: { json?: boolean }) => {
      const rules = await loadRules();
      const defaults = resolveRuleOptions(rules, {});
      if (o.json) {
        io.stdout.write(
          `${JSON.stringify(
            rules.map((r) => ({
              id: r.id,
              title: r.title,
              area: r.area,
              tables: r.tables,
              options: defaults.get(r.id),
              optionsWithoutDefault: optionsWithoutDefault(r),
            })),
            null,
            2,
          )}\n`,
        );
        return;
      }
      const c = makeChalk(io.stdout);
      for (const r of rules) {
        io.stdout.write(
          `${c.bold(r.id)} — ${r.title}\n  area: ${r.area.join(', ')}\n  tables: ${r.tables.join(', ') || '(every table present)'}\n`,
        );
        const opts = defaults.get(r.id) ?? {};
        for (const [k, v] of Object.entries(opts)) io.stdout.write(`  option ${k} = ${JSON.stringify(v)}\n`);
        for (const u of optionsWithoutDefault(r)) io.stdout.write(`  option ${u.name} (${u.type}): no default\n`);
        io.stdout.write(`  ${r.description}\n\n`);
      }
    });
}
