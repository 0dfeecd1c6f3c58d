/**
 * The parser's floor: one csv-parse pass over every CSV of an export, counting records and doing
 * nothing else. The audit is judged against this (issue 11: audit ≤ 1.3 × bare parse).
 */
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';

const dir = process.argv[2];
if (!dir) throw new Error('usage: bareParse.js EXPORT_DIR');
let records = 0;
for (const f of readdirSync(dir)
  .filter((n) => n.endsWith('.csv'))
  .sort()) {
  const parser = createReadStream(join(dir, f)).pipe(parse({ relax_column_count: true, bom: true }));
  for await (const _ of parser) records++;
}
process.stdout.write(`${records}\n`);
