import { describe, expect, it } from 'vitest';
import { render } from '../src/api.js';
import { mdText, renderMarkdown } from '../src/report/markdown.js';
import { runAll } from './helpers/rules.js';
import { fixtureResult } from './helpers/reportFixture.js';

describe('Markdown summary', () => {
  const md = renderMarkdown(fixtureResult(), 'OFFICIAL-SENSITIVE');

  it('is byte-identical across two renders of two runs', async () => {
    const a = await render(fixtureResult(), ['md'], { marking: 'OFFICIAL-SENSITIVE' });
    const b = await render(fixtureResult(), ['md'], { marking: 'OFFICIAL-SENSITIVE' });
    expect(a[0]!.name).toBe('summary.md');
    expect(Buffer.from(String(a[0]!.content))).toEqual(Buffer.from(String(b[0]!.content)));
    expect(a[0]!.content).toBe(md);
  });

  it('has the headline table with a status word for every area', () => {
    expect(md).toContain(
      '| The experiences and progress of children who need help and protection | 🔴 Red | 2 of 2 | 1 / 1 / 0 | 1 / 2 |',
    );
    expect(md).toContain(
      '| The experiences and progress of children in care | 🟠 Amber | 1 of 2 | 0 / 1 / 0 | 0 / 1 |',
    );
    expect(md).toContain(
      '| The experiences and progress of care leavers | ⚪ Not assessed | 0 of 1 | 0 / 0 / 0 | 0 / 0 |',
    );
  });

  it('lists what needs to improve by severity then number affected, and the rules not run', () => {
    const improve = md.split('## What needs to improve')[1]!.split('## Rules not run')[0]!;
    const items = improve.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(items).toEqual([
      '1. **High: Values that could not be used** (data-quality; 2 records). Rows with a data-quality error: 33% (2 of 6).',
      '2. **High: Plans allocated late** (fixture-allocation; 2 children). Plans allocated within 5 working days: 30% (3 of 10).',
      '3. **Medium: Children with no worker today** (fixture-allocation; 5 children).',
      '4. **Medium: A team closes more assessments with no further action** (fixture-outliers; 1 team). Teams outside the limits: 1.',
    ]);
    expect(md).toContain('- **fixture-visits** (not run): needs visits (no visits.csv in the export)');
    expect(md).toContain('- **fixture-broken** (error): the rule failed: division by &lt;zero&gt;');
  });

  it('escapes markup and Markdown in values from the export or config', () => {
    expect(md).toContain('# Case audit: Exampleshire &amp; &lt;b&gt;District&lt;/b&gt; Council');
    expect(md).not.toMatch(/<[a-z]/i);
    expect(mdText('a|b *c* [d](http://x) `e`\nf')).toBe('a\\|b \\*c\\* \\[d\\](http://x) \\`e\\` f');
  });

  it('says so when nothing needs to improve and every rule ran', () => {
    const clean = renderMarkdown(
      runAll({ children: [{ child_id: 'C1' }] }, '2024-03-31', {}, 12, ['data-quality']),
      'OFFICIAL',
    );
    expect(clean).toContain('No red or amber findings.');
    expect(clean).toContain('Every selected rule ran.');
    expect(clean.startsWith('**OFFICIAL**\n')).toBe(true);
  });
});
