/** SPEC §4.9: how much of the export could be read cleanly, with every issue type counted and located. */
import * as z from 'zod';
import { col, pct, plural, severityFor, shareMetric } from '../src/engine/metrics.js';
import { defineRule } from '../src/engine/rule.js';
import type { EvidenceRow, Finding } from '../src/engine/types.js';

export default defineRule({
  id: 'data-quality',
  title: 'Data quality of the export',
  passTitle: 'The export is complete and consistent enough to audit',
  failTitle: 'Data-quality problems weaken what the export can show',
  area: ['leaders'],
  tables: [],
  alwaysOn: true,
  description:
    'Share of rows read with at least one data-quality error (bad or unknown values, duplicate ids, end before start, unknown references), and each kind of issue counted with examples located to file, line and column. Dates after the as-at date and unused columns are listed but are not errors.',
  options: z.lazy(() =>
    z
      .object({
        maxRowsWithIssues: z.number().min(0).max(1).default(0.05),
        tolerance: z.number().min(0).max(1).default(0.05),
      })
      .strict(),
  ),
  metrics: { rowsWithIssues: { needs: [], history: 'latest' } },
  findings: {
    // Keys name a table, an issue code and a column: no personal id.
    'data-quality-issues': { metric: 'rowsWithIssues', key: '*', subject: 'table', after: ['issue code', 'column'] },
    'tables-not-loaded': { metric: null, key: 'table', subject: 'table' },
  },
  run(ctx) {
    const dq = ctx.export.dq;
    const tables = dq.tableList();
    const read = tables.reduce((s, t) => s + t.rowsRead, 0);
    const bad = tables.reduce((s, t) => s + t.rowsWithIssues, 0);
    const metric = shareMetric('Rows with a data-quality error', bad, read, {
      threshold: ctx.options.maxRowsWithIssues,
      direction: 'max',
      tolerance: ctx.options.tolerance,
    });
    const findings: Finding[] = [];
    const groups = dq.issueGroups().filter((g) => !g.informational);
    if (groups.length > 0) {
      const evidence: EvidenceRow[] = groups.map((g) => {
        const ex = g.examples[0];
        return {
          key: `data-quality/${g.table}/${g.code}/${g.column}`,
          table: g.table,
          issue: g.title,
          code: g.code,
          column: g.column,
          count: g.count,
          example: ex ? `${ex.file}:${ex.line}${ex.columnIndex ? `:${ex.columnIndex}` : ''}` : null,
          value: ex ? ex.value : null,
        };
      });
      const total = groups.reduce((s, g) => s + g.count, 0);
      findings.push({
        id: 'data-quality-issues',
        severity: severityFor(metric.rag),
        metric: 'rowsWithIssues',
        title: 'Values that could not be used',
        message: `${plural(bad, 'row')} of ${read} (${pct(metric.value)}) have at least one data-quality error; ${plural(total, 'issue')} of ${plural(groups.length, 'kind')} were found and the bad values were treated as blank.`,
        affected: { count: bad, unit: 'records' },
        columns: [
          col('table', 'Table', 'text'),
          col('issue', 'Issue', 'text'),
          col('column', 'Column', 'text'),
          col('count', 'Count', 'number'),
          col('example', 'First at (file:line:column)', 'text'),
          col('value', 'Value', 'text'),
        ],
        evidence,
      });
    }
    const unusable = tables.filter((t) => t.status === 'failed');
    if (unusable.length > 0) {
      findings.push({
        id: 'tables-not-loaded',
        severity: 'high',
        title: 'Tables that could not be loaded',
        message: `${plural(unusable.length, 'table')} could not be loaded, so the rules that need ${unusable.length === 1 ? 'it' : 'them'} did not run: ${unusable.map((t) => t.table).join(', ')}.`,
        affected: { count: unusable.length, unit: 'records' },
        columns: [col('table', 'Table', 'text'), col('file', 'File', 'text'), col('error', 'Why', 'text')],
        evidence: unusable.map((t) => ({
          key: `data-quality/table/${t.table}`,
          table: t.table,
          file: t.file,
          error: t.error ?? null,
        })),
      });
    }
    return { metrics: { rowsWithIssues: metric }, findings };
  },
});
