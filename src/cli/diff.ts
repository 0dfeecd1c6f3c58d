/** `caseaudit diff old.json new.json`: the baseline comparison without re-running the audit. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { assertComparable, compareResults, readFindings, renderComparisonText } from '../ci/baseline.js';
import type { CliIo } from './io.js';
import { stableJson } from '../report/json.js';

export function registerDiff(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('diff')
    .description('Compare two findings.json files: metric changes and items newly flagged or no longer flagged')
    .argument('<old>', 'the earlier findings.json')
    .argument('<new>', 'the later findings.json')
    .option('--json', 'print the comparison as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ caseaudit diff audit-2024-02/findings.json audit-2024-03/findings.json
  $ caseaudit diff old/findings.json new/findings.json --json > changes.json`,
    )
    .action(async (oldPath: string, newPath: string, o: { json?: boolean }) => {
      const prev = await readFindings(resolve(io.cwd, oldPath), 'old');
      const cur = await readFindings(resolve(io.cwd, newPath), 'new');
      assertComparable(prev, cur, oldPath);
      const c = compareResults(prev, cur);
      io.stdout.write(o.json ? stableJson(c) : renderComparisonText(c));
      setExit(0);
    });
}
