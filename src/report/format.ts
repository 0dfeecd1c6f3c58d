/** Number formatting shared by every human-readable view. */
import type { EvidenceType, EvidenceValue, Metric } from '../engine/types.js';
import { limitPct, pct } from '../engine/metrics.js';

export function formatMetricValue(m: Pick<Metric, 'value' | 'unit' | 'numerator' | 'denominator'>): string {
  if (m.value === null) return 'not measured';
  switch (m.unit) {
    case 'share':
      return m.numerator !== undefined ? `${pct(m.value)} (${m.numerator} of ${m.denominator})` : pct(m.value);
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

/** A configured limit as written (at most 22.6%, not 23%): limits are set values, not measurements. */
export function formatLimit(m: Pick<Metric, 'unit'>, limit: number): string {
  return m.unit === 'share' || m.unit === 'ratio'
    ? `${m.unit === 'ratio' && limit >= 0 ? '+' : ''}${limitPct(limit)}`
    : formatMetricValue({ unit: m.unit, value: limit });
}

/** A published count with thousands separators (632,830), the same in every locale. */
export function groupDigits(v: number): string {
  const [whole, frac] = String(v).split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
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
