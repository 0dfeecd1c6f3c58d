/** Number formatting shared by every human-readable view. */
import type { EvidenceType, EvidenceValue, Metric } from '../engine/types.js';
import { limitPct, numberText, pct } from '../engine/metrics.js';

export function formatMetricValue(m: Pick<Metric, 'value' | 'unit' | 'numerator' | 'denominator'>): string {
  if (m.value === null) return 'not measured';
  switch (m.unit) {
    case 'share':
      return m.numerator !== undefined
        ? `${pct(m.value)} (${countText(m.numerator)} of ${countText(m.denominator!)})`
        : pct(m.value);
    case 'ratio':
      return `${m.value >= 0 ? '+' : ''}${pct(m.value)}`;
    case 'workingDays':
      return `${fmtNumber(m.value)} working days`;
    case 'days':
      return `${fmtNumber(m.value)} days`;
    case 'count':
      return String(m.value);
    default:
      return fmtNumber(m.value);
  }
}

/**
 * A configured limit or a published figure as written, in the metric's unit: at most 22.6%, +12.5%,
 * 15.25, 5 working days; never rounded (23%, 15.3), scaled (0.226) or with binary noise
 * (18.599999999999998%). Limits are set values, not measurements: every view prints them
 * through this one function, so the terminal, HTML, PDF, Markdown and JUnit agree.
 */
export function formatLimit(m: Pick<Metric, 'unit'>, limit: number): string {
  switch (m.unit) {
    case 'share':
      return limitPct(limit);
    case 'ratio':
      return `${limit >= 0 ? '+' : ''}${limitPct(limit)}`;
    case 'workingDays':
      return `${numberText(limit)} working days`;
    case 'days':
      return `${numberText(limit)} days`;
    default:
      return numberText(limit);
  }
}

/** A metric's limit in words ("at least 85.7%", "at most 5 working days"), or '' without one. */
export function limitText(m: Pick<Metric, 'unit' | 'threshold' | 'direction'>): string {
  if (m.threshold === undefined) return '';
  return `${m.direction === 'min' ? 'at least' : 'at most'} ${formatLimit(m, m.threshold)}`;
}

/** A published count with thousands separators (632,830), the same in every locale. */
export function groupDigits(v: number): string {
  const [whole, frac] = String(v).split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

/**
 * A share's numerator or denominator as a reader wants it: a count as it is, a sum of FTEs to at
 * most two decimals (87.26, not the exact sum's 87.26126000000001, which findings.json keeps).
 */
export function countText(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(2)));
}

export function fmtNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

export function formatCell(v: EvidenceValue | undefined, type: EvidenceType): string {
  if (v === null || v === undefined) return '';
  if (type === 'share' && typeof v === 'number') return pct(v);
  if (type === 'flag' || typeof v === 'boolean') return v === true ? 'Yes' : v === false ? 'No' : String(v);
  if (typeof v === 'number') return type === 'number' ? fmtNumber(v) : String(v);
  return v;
}
