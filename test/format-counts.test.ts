/**
 * A share's numerator and denominator as the views print them: counts as they are, sums of FTEs
 * to at most two decimals (the workforce census sample's vacancy denominator was printed as
 * 87.80888300000001). findings.json keeps the exact values.
 */
import { describe, expect, it } from 'vitest';
import { countText, formatMetricValue } from '../src/report/format.js';

describe('countText', () => {
  it('prints counts as they are and FTE sums to at most two decimals', () => {
    expect([countText(28), countText(0), countText(79.68), countText(87.26126000000001), countText(4.5)]).toEqual([
      '28',
      '0',
      '79.68',
      '87.26',
      '4.5',
    ]);
  });
  it('is what a share shows', () => {
    const m = {
      value: 79.68 / 87.26126000000001,
      unit: 'share' as const,
      numerator: 79.68,
      denominator: 87.26126000000001,
    };
    expect(formatMetricValue(m)).toMatch(/ \(79\.68 of 87\.26\)$/);
  });
});
