/** `caseaudit child <export> <childId>`: one child's chronology (SPEC §8). */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { type LayoutChoice, loadExport } from '../api.js';
import { UnknownChildError, chronology } from '../childrenApi.js';
import { readPseudonymKey } from '../privacy/pseudonymise.js';
import { reportOptions } from '../report/index.js';
import {
  CHRONOLOGY_FORMATS,
  type ChronologyFormat,
  chronologyMarkdown,
  renderChronology,
} from '../report/chronology.js';
import { writeOutputs } from '../report/write.js';
import { DEFAULT_CONFIG_NAME, layoutOption, readConfig, readSuppressionsOption } from './commands.js';
import { type CliIo, UserError } from './io.js';
import { checkFormats, parseList } from './options.js';

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
      '--pseudonymise',
      'find the child by their code and code every id; no free text or birth date (key: CASEAUDIT_KEY or --key-file)',
    )
    .option('--key-file <path>', 'file holding the pseudonymisation key (with --pseudonymise)')
    .addHelpText(
      'after',
      `
Free text (supervision records) is shown only in the HTML, and never under --pseudonymise.
What the export's layout does not carry is said once at the top.

Examples:
  $ caseaudit child fixtures/demo C0042
  $ caseaudit child exports/latest C0042 --as-at 2024-03-31 --format html,json --out child-C0042
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
        },
      ) => {
        const { config } = await readConfig(io, o.config);
        const formats = parseList(o.format ?? 'md');
        checkFormats(formats, CHRONOLOGY_FORMATS);
        if (!o.out && formats.some((f) => f !== 'md'))
          throw new UserError(
            '--format html and json are written to files: give --out <dir> (Markdown alone prints to the terminal)',
          );
        if (o.keyFile !== undefined && !o.pseudonymise)
          throw new UserError('--key-file is only used with --pseudonymise');
        const key = o.pseudonymise
          ? await readPseudonymKey(
              o.keyFile === undefined ? undefined : resolve(io.cwd, o.keyFile),
              process.env.CASEAUDIT_KEY,
            ).catch((e: Error) => {
              throw new UserError(e.message);
            })
          : undefined;
        const suppressions = await readSuppressionsOption(io, o.suppressions, config);
        const ex = await loadExport(resolve(io.cwd, exportPath), {
          ...(config.mapping ? { mapping: config.mapping } : {}),
          layout: o.layout ?? config.layout ?? 'auto',
          auditFor: { config, ...(o.asAt ? { asAt: o.asAt } : {}) },
        });
        ex.source = exportPath;
        let c;
        try {
          c = chronology(ex, childId, {
            config,
            ...(o.asAt ? { asAt: o.asAt } : {}),
            ...(suppressions ? { suppressions } : {}),
            ...(key !== undefined ? { pseudonymiseKey: key } : {}),
          });
        } catch (e) {
          if (e instanceof UnknownChildError) throw new UserError(e.message);
          throw e;
        }
        const ro = reportOptions(config, { pseudonymised: key !== undefined });
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
