/** Number formatting shared by every human-readable view. */
import type { EvidenceType, EvidenceValue, Metric } from '../engine/types.js';
import { pct } from '../engine/metrics.js';

export function formatMetricValue(m: Pick<Metric, 'value' | 'unit' | 'numerator' | 'denominator'>): string {
  if (m.value === null) return 'not measured';
  switch (m.unit) {
    case 'share': return m.numerator !== undefined ? `${pct(m.value)} (${m.numerator} of ${m.denominator})` : pct(m.value);
    case 'ratio': return `${m.value >= 0 ? '+' : ''}${pct(m.value)}`;
    case 'workingDays': return `${fmtNumber(m.value)} working days`;
    case 'days': return `${fmtNumber(m.value)} days`;
    case 'count': return String(m.value);
    default: return fmtNumber(m.value);
  }
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
