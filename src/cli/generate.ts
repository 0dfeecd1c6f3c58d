/** `caseaudit generate`: writes a synthetic council export with planted ground truth. */
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
// The defaults and layout names only: the generator itself loads when the command runs.
import {
  DEFAULT_AS_AT,
  DEFAULT_CHILDREN,
  DEFAULT_SEED,
  GENERATE_LAYOUTS,
  type GenerateLayout,
} from '../generate/generateOptions.js';
import { parseIsoDay } from '../model/day.js';
import { prepareOutputFolder } from '../report/write.js';
import { type CliIo, UserError } from './io.js';

function wholeNumber(name: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
      throw new UserError(`${name}: "${v}" is not a whole number from ${min} to ${max}`);
    return n;
  };
}

export function registerGenerate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('generate')
    .description('Write a synthetic council export (every table, fictional children) with its ground truth')
    .requiredOption('-o, --out <dir>', 'folder to write the CSV files and ground-truth.json into')
    .addOption(
      new Option(
        '--layout <layout>',
        'files to write: canonical (the tables of docs/data-contract.md), ssd (Standard Safeguarding Dataset ssd_*.csv), annex-a (Ofsted Annex A lists as CSV) or returns (CIN census, SSDA903, workforce census); same council and ground truth in each',
      )
        .choices([...GENERATE_LAYOUTS])
        .default('canonical'),
    )
    .option(
      '--seed <n>',
      `random seed; the same seed gives the same bytes (default ${DEFAULT_SEED})`,
      wholeNumber('--seed', 0, 4294967295),
    )
    .option(
      '--children <k>',
      `number of children (default ${DEFAULT_CHILDREN})`,
      wholeNumber('--children', 1, 5_000_000),
    )
    .option('--as-at <date>', `as-at date of the export, YYYY-MM-DD (default ${DEFAULT_AS_AT})`)
    .option(
      '--workbook',
      'with --layout annex-a: write the lists as sheets of one Annex_A.xlsx workbook (dates as Excel dates) instead of CSV files',
    )
    .option('-q, --quiet', 'no progress lines')
    .addHelpText(
      'after',
      `
Examples:
  $ caseaudit generate --out fixtures/demo --seed ${DEFAULT_SEED} --children 300 --as-at 2024-03-31
  $ caseaudit generate --out /tmp/big --children 200000
  $ caseaudit generate --out /tmp/ssd --layout ssd --children 300 && caseaudit audit /tmp/ssd
  $ caseaudit generate --out /tmp/annex --layout annex-a --children 300 && caseaudit audit /tmp/annex
  $ caseaudit generate --out /tmp/annex-xlsx --layout annex-a --workbook && caseaudit audit /tmp/annex-xlsx/Annex_A.xlsx

The ssd and annex-a layouts carry less than the canonical one (no supervision records; Annex A
also no workers, allocation dates or earlier visits and reviews); the command lists what is left
out, and the audit reports those measures as not measured.

Every child, worker and record is fictional. ground-truth.json lists what each rule must flag.`,
    )
    .action(
      async (o: {
        out: string;
        layout: GenerateLayout;
        seed?: number;
        children?: number;
        asAt?: string;
        quiet?: boolean;
        workbook?: boolean;
      }) => {
        if (o.workbook && o.layout !== 'annex-a')
          throw new UserError('--workbook: only with --layout annex-a (the Annex A lists as one .xlsx workbook)');
        const asAtText = o.asAt ?? DEFAULT_AS_AT;
        const asAt = parseIsoDay(asAtText);
        if (asAt === null) throw new UserError(`--as-at: "${asAtText}" is not a date as YYYY-MM-DD`);
        const out = resolve(io.cwd, o.out);
        prepareOutputFolder(out);
        const tty = Boolean(io.stderr.isTTY) && !o.quiet;
        let lastPct = -1;
        const { generateExport } = await import('../generate/index.js');
        const summary = await generateExport({
          out,
          asAt,
          layout: o.layout,
          ...(o.workbook ? { workbook: true } : {}),
          ...(o.seed !== undefined ? { seed: o.seed } : {}),
          ...(o.children !== undefined ? { children: o.children } : {}),
          onProgress: tty
            ? (done, total) => {
                const pct = Math.floor((done / total) * 100);
                if (pct !== lastPct) {
                  lastPct = pct;
                  io.stderr.write(`\r  generating: ${done} of ${total} children (${pct}%)`);
                }
              }
            : undefined,
        });
        if (tty) io.stderr.write('\n');
        const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
        const files = Object.keys(summary.rows).length;
        const layoutNote = summary.layout === 'canonical' ? '' : `, ${summary.layout} layout, ${files} files`;
        io.stdout.write(
          `Wrote ${rows} rows for ${summary.children} fictional children to ${o.out} (seed ${summary.seed}, as at ${summary.groundTruth.asAt}${layoutNote}).\n`,
        );
        if (summary.notCarried.length > 0) {
          io.stdout.write(
            `Not carried by the ${summary.layout} layout (the audit reports what needs it as not run or not measured):\n`,
          );
          for (const line of summary.notCarried) io.stdout.write(`  - ${line}\n`);
          io.stdout.write(
            "The ground truth is the full council's: compare only what the layout carries; its data-quality lines refer to the canonical files.\n",
          );
        }
        io.stdout.write(`Ground truth: ${o.out.replace(/\/$/, '')}/ground-truth.json\n`);
        setExit(0);
      },
    );
}
