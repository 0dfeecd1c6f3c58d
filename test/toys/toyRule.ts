/** A rule written as a new contributor would: this module plus one line in a registry. */
import * as z from 'zod';
import { col, shareMetric } from '../../src/engine/metrics.js';
import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  id: 'toy-uasc',
  title: 'Unaccompanied children on plans',
  passTitle: 'ok',
  failTitle: 'not ok',
  area: ['children-in-care'],
  tables: ['children'],
  description: 'The share of children recorded as unaccompanied asylum seekers.',
  options: z.object({ max: z.number().default(0.5) }).strict(),
  metrics: { uascShare: { needs: ['children.uasc'] } },
  findings: { 'uasc-children': { metric: 'uascShare', key: 'child', subject: 'child' } },
  run(ctx) {
    const kids = ctx.rows('children').filter((c) => c.childId !== null && c.uasc !== null);
    const uasc = kids.filter((c) => c.uasc === true);
    const m = shareMetric('UASC share', uasc.length, kids.length, {
      threshold: ctx.options.max,
      direction: 'max',
      tolerance: 0,
    });
    return {
      metrics: { uascShare: m },
      findings:
        uasc.length === 0
          ? []
          : [
              {
                id: 'uasc-children',
                metric: 'uascShare',
                severity: 'low',
                title: 'UASC',
                message: `${uasc.length} children`,
                affected: { count: uasc.length, unit: 'children' },
                columns: [col('childId', 'Child', 'id')],
                evidence: uasc.map((c) => ({ key: `toy-uasc/child/${c.childId!}`, childId: c.childId })),
              },
            ],
    };
  },
});
