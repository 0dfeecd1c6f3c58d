/** `caseaudit sample <export> --size N [--seed S]`: the case-file audit sample (SPEC §8). */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadRules } from '../../rules/registry.js';
import { auditWith, loadExportWith } from '../auditApi.js';
import type { LayoutChoice } from '../load/index.js';
import { renderSample } from '../report/children.js';
import { writeOutputFile } from '../report/write.js';
import { DEFAULT_CONFIG_NAME, layoutOption, readConfig, readSuppressionsOption } from './commands.js';
import { type CliIo, UserError } from './io.js';
import { keyOption } from './keyOption.js';

/** --size: a whole number of at least 1; anything else is a usage error. */
function sizeOption(v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isInteger(n) || n < 1)
    throw new UserError(`--size: "${v}" is not a whole number of at least 1`);
  return n;
}

function seedOption(v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isInteger(n) || n < 0 || n > 0xffffffff)
    throw new UserError(`--seed: "${v}" is not a whole number from 0 to 4294967295`);
  return n;
}

export function registerSample(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('sample')
    .description(
      'A reproducible case-file audit sample of children on CIN, CP or CLA plans: half the children to track, half at random, each team in proportion',
    )
    .argument('<export>', 'the export (as for audit)')
    .requiredOption('-n, --size <n>', 'how many children', sizeOption)
    .option(
      '--seed <n>',
      'seed of the random half (default: the as-at date as a number, e.g. 20240331); the same seed gives the same file',
      seedOption,
    )
    .option('--as-at <date>', 'as at this date (YYYY-MM-DD); default: config asAt, else the latest event in the export')
    .option('-c, --config <file>', `config file (default: ./${DEFAULT_CONFIG_NAME} when present)`)
    .option('-o, --out <file>', 'write the sample (CSV) to this file instead of printing it')
    .addOption(layoutOption())
    .option('--suppressions <file>', 'acknowledged items, as for audit (default: config "suppressions")')
    .option(
      '--pseudonymise',
      'code each child and worker as the pseudonymised report does (caseaudit child --pseudonymise finds them by it); key: CASEAUDIT_KEY or --key-file',
    )
    .option('--key-file <path>', 'file holding the pseudonymisation key (with --pseudonymise)')
    .addHelpText(
      'after',
      `
The first line of the file names the as-at date, the seed and how many open cases there were;
each row gives the child, team, worker, plan types and the reason ("concerns: …" or "random").
No name, birth date or free text is ever written; under --pseudonymise no id either.

Examples:
  $ caseaudit sample fixtures/demo --size 20
  $ caseaudit sample exports/latest --size 30 --seed 7 --as-at 2024-03-31 --out sample.csv`,
    )
    .action(
      async (
        exportPath: string,
        o: {
          size: number;
          seed?: number;
          asAt?: string;
          config?: string;
          out?: string;
          layout?: LayoutChoice;
          suppressions?: string;
          pseudonymise?: boolean;
          keyFile?: string;
        },
      ) => {
        const { config } = await readConfig(io, o.config);
        // The sample and every rule (its audit is a full one) load when the command runs, not at
        // every start (issue 24).
        const [rules, { sample }] = await Promise.all([loadRules(), import('../childrenApi.js')]);
        const key = await keyOption(io, o);
        const suppressions = await readSuppressionsOption(io, o.suppressions, config);
        const ex = await loadExportWith(rules, resolve(io.cwd, exportPath), {
          ...(config.mapping ? { mapping: config.mapping } : {}),
          layout: o.layout ?? config.layout ?? 'auto',
          auditFor: { config, ...(o.asAt ? { asAt: o.asAt } : {}) },
        });
        ex.source = exportPath;
        const result = auditWith(rules, ex, {
          config,
          ...(o.asAt ? { asAt: o.asAt } : {}),
          ...(suppressions ? { suppressions } : {}),
        });
        const s = sample(result, {
          export: ex,
          size: o.size,
          ...(o.seed !== undefined ? { seed: o.seed } : {}),
          ...(key !== undefined ? { pseudonymiseKey: key } : {}),
        });
        if (s.all)
          io.stderr.write(
            `caseaudit: --size ${s.size} is at least the ${s.openCases} open cases: the sample is all of them\n`,
          );
        if (s.plansUntil)
          io.stderr.write(
            `caseaudit: plans are known up to ${s.plansUntil.date} only (${s.plansUntil.what}); the cases are those open then (--as-at ${s.plansUntil.date} to draw as at that date)\n`,
          );
        const text = renderSample(s);
        if (!o.out) io.stdout.write(text);
        else {
          const target = resolve(io.cwd, o.out);
          const written = await writeOutputFile(target, text);
          const tracked = s.rows.filter((r) => r.reason !== 'random').length;
          io.stdout.write(
            `Wrote ${written} (${s.rows.length} children: ${tracked} with concerns, ${s.rows.length - tracked} at random; seed ${s.seed})\n`,
          );
        }
        setExit(0);
      },
    );
}
