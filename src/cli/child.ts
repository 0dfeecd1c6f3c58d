/** `caseaudit child <export> <childId>`: one child's chronology (SPEC §8). */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadRules, PER_CHILD_RULE_IDS } from '../../rules/registry.js';
import { loadExportWith } from '../auditApi.js';
import type { LayoutChoice } from '../load/index.js';
import { readFindings } from '../ci/baseline.js';
import { reportOptions } from '../report/index.js';
import { CHRONOLOGY_FORMATS, type ChronologyFormat } from '../report/chronologyFormats.js';
import { writeOutputs } from '../report/write.js';
import { DEFAULT_CONFIG_NAME, layoutOption, readConfig, readSuppressionsOption } from './commands.js';
import { type CliIo, UserError } from './io.js';
import { checkFormats, parseList } from './options.js';
import { keyOption } from './keyOption.js';

export function registerChild(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('child')
    .description(
      "One child's chronology: every dated event in date order, with worker and team, the gaps that broke a limit, and every concern the audit raises",
    )
    .argument('<export>', 'the export (as for audit)')
    .argument('<childId>', "the child's id (under --pseudonymise, their code C-…)")
    .option('--as-at <date>', 'as at this date (YYYY-MM-DD); default: config asAt, else the latest event in the export')
    .option('-c, --config <file>', `config file (default: ./${DEFAULT_CONFIG_NAME} when present)`)
    .option(
      '-f, --format <list>',
      `comma-separated: ${CHRONOLOGY_FORMATS.join(', ')} (default md; html and json need --out)`,
    )
    .option('-o, --out <dir>', 'write chronology-<child>.<format> files to this folder instead of printing Markdown')
    .addOption(layoutOption())
    .option('--suppressions <file>', 'acknowledged items, as for audit (default: config "suppressions")')
    .option(
      '--findings <findings.json>',
      'take the concerns and their severities from an earlier audit of the same export (same as-at date, same files)',
    )
    .option(
      '--pseudonymise',
      'find the child by their code and code every id; no free text or birth date (key: CASEAUDIT_KEY or --key-file)',
    )
    .option('--key-file <path>', 'file holding the pseudonymisation key (with --pseudonymise)')
    .addHelpText(
      'after',
      `
Free text (supervision records) is shown only in the HTML, and never under --pseudonymise.
What the export's layout does not carry is said once at the top.

Speed: with an as-at date (--as-at, config "asAt" or the --findings file's), only this child's
rows are read (a second or two even for a million rows). Without --findings the concerns come
from the rules that judge a child by their own records, run on those rows:
  ${PER_CHILD_RULE_IDS.join(', ')}
Their severities follow the whole export's figures, so they come only with --findings
(caseloads and workforce are about workers and teams, never one child). Without any as-at
date the whole export is read and audited, which takes as long as an audit.

Examples:
  $ caseaudit child fixtures/demo C000042
  $ caseaudit child exports/latest C000042 --as-at 2024-03-31 --format html,json --out child-C000042
  $ caseaudit child exports/latest C000042 --findings report/findings.json
  $ CASEAUDIT_KEY=… caseaudit child exports/latest C-1a2b3c4d5e6f --pseudonymise`,
    )
    .action(
      async (
        exportPath: string,
        childId: string,
        o: {
          asAt?: string;
          config?: string;
          format?: string;
          out?: string;
          layout?: LayoutChoice;
          suppressions?: string;
          pseudonymise?: boolean;
          keyFile?: string;
          findings?: string;
        },
      ) => {
        const { config } = await readConfig(io, o.config);
        // The chronology and every rule load when the command runs, not at every start (issue 24):
        // every rule, as the library's chronology() has them (a findings.json's concerns may come
        // from any rule, and the config is checked against all of them).
        const [rules, { ChronologyInputError, UnknownChildError, chronologyWith, loadChild }] = await Promise.all([
          loadRules(),
          import('../childrenApi.js'),
        ]);
        const formats = parseList(o.format ?? 'md');
        checkFormats(formats, CHRONOLOGY_FORMATS);
        if (!o.out && formats.some((f) => f !== 'md'))
          throw new UserError(
            '--format html and json are written to files: give --out <dir> (Markdown alone prints to the terminal)',
          );
        const key = await keyOption(io, o);
        const suppressions = await readSuppressionsOption(io, o.suppressions, config);
        const findings = o.findings
          ? { result: await readFindings(resolve(io.cwd, o.findings), 'findings'), file: o.findings }
          : undefined;
        const asAt = o.asAt ?? findings?.result.asAt;
        const load = {
          ...(config.mapping ? { mapping: config.mapping } : {}),
          layout: o.layout ?? config.layout ?? 'auto',
        } as const;
        // A fixed as-at date lets the chronology read this child's rows only; without one, the
        // as-at date is the export's latest event, which only the whole export can say.
        const ex =
          asAt !== undefined || config.asAt !== undefined
            ? await loadChild(resolve(io.cwd, exportPath), childId, {
                ...load,
                ...(key !== undefined ? { pseudonymiseKey: key } : {}),
              })
            : await loadExportWith(rules, resolve(io.cwd, exportPath), { ...load, auditFor: { config } });
        ex.source = exportPath;
        let c;
        try {
          c = chronologyWith(rules, ex, childId, {
            config,
            ...(asAt ? { asAt } : {}),
            ...(suppressions ? { suppressions } : {}),
            ...(key !== undefined ? { pseudonymiseKey: key } : {}),
            ...(findings ? { findings } : {}),
          });
        } catch (e) {
          if (e instanceof UnknownChildError || e instanceof ChronologyInputError) throw new UserError(e.message);
          throw e;
        }
        const ro = reportOptions(config, { pseudonymised: key !== undefined });
        // Loaded here, not at the top: it brings the HTML templates and Handlebars, which every
        // other command (an audit writing JSON above all) would otherwise load at start-up.
        const { chronologyMarkdown, renderChronology } = await import('../report/chronology.js');
        if (!o.out) {
          io.stdout.write(chronologyMarkdown(c, ro.marking));
        } else {
          const written = await writeOutputs(
            resolve(io.cwd, o.out),
            renderChronology(c, formats as ChronologyFormat[], ro),
          );
          for (const w of written) io.stdout.write(`Wrote ${w}\n`);
        }
        setExit(0);
      },
    );
}
