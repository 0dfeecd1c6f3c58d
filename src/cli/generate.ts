/** `caseaudit generate`: writes a synthetic council export with planted ground truth. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_AS_AT, DEFAULT_CHILDREN, DEFAULT_SEED, generateExport } from '../generate/index.js';
import { parseIsoDay } from '../model/day.js';
import { type CliIo, UserError } from './io.js';

function wholeNumber(name: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min || n > max) throw new UserError(`${name}: "${v}" is not a whole number from ${min} to ${max}`);
    return n;
  };
}

export function registerGenerate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program.command('generate')
    .description('Write a synthetic council export (every table, fictional children) with its ground truth')
    .requiredOption('-o, --out <dir>', 'folder to write the CSV files and ground-truth.json into')
    .option('--seed <n>', `random seed; the same seed gives the same bytes (default ${DEFAULT_SEED})`, wholeNumber('--seed', 0, 4294967295))
    .option('--children <k>', `number of children (default ${DEFAULT_CHILDREN})`, wholeNumber('--children', 1, 5_000_000))
    .option('--as-at <date>', `as-at date of the export, YYYY-MM-DD (default ${DEFAULT_AS_AT})`)
    .option('-q, --quiet', 'no progress lines')
    .addHelpText('after', `
Examples:
  $ caseaudit generate --out fixtures/demo --seed ${DEFAULT_SEED} --children 300 --as-at 2024-03-31
  $ caseaudit generate --out /tmp/big --children 200000

Every child, worker and record is fictional. ground-truth.json lists what each rule must flag.`)
    .action(async (o: { out: string; seed?: number; children?: number; asAt?: string; quiet?: boolean }) => {
      const asAtText = o.asAt ?? DEFAULT_AS_AT;
      const asAt = parseIsoDay(asAtText);
      if (asAt === null) throw new UserError(`--as-at: "${asAtText}" is not a date as YYYY-MM-DD`);
      const out = resolve(io.cwd, o.out);
      const tty = Boolean(io.stderr.isTTY) && !o.quiet;
      let lastPct = -1;
      const summary = await generateExport({
        out, asAt, ...(o.seed !== undefined ? { seed: o.seed } : {}), ...(o.children !== undefined ? { children: o.children } : {}),
        onProgress: tty ? (done, total) => {
          const pct = Math.floor((done / total) * 100);
          if (pct !== lastPct) { lastPct = pct; io.stderr.write(`\r  generating: ${done} of ${total} children (${pct}%)`); }
        } : undefined,
      });
      if (tty) io.stderr.write('\n');
      const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
      io.stdout.write(`Wrote ${rows} rows for ${summary.children} fictional children to ${o.out} (seed ${summary.seed}, as at ${summary.groundTruth.asAt}).\n`);
      io.stdout.write(`Ground truth: ${o.out.replace(/\/$/, '')}/ground-truth.json\n`);
      setExit(0);
    });
}
