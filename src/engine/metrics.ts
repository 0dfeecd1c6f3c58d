/** Helpers every rule uses to build metrics and findings the same way. */
import type { EvidenceColumn, EvidenceType, Metric, MetricUnit, Rag, Severity } from './types.js';

export interface Judged {
  threshold: number;
  direction: 'min' | 'max';
  /** How far past the threshold still counts as amber rather than red (same unit as the value). */
  tolerance: number;
}

/** Green meets the threshold; amber is within the tolerance beyond it; red is further. */
export function ragFor(value: number | null, j?: Judged): Rag {
  if (value === null || !j) return 'none';
  const eps = 1e-12; // shares computed as fractions must not miss an exact limit by rounding
  if (j.direction === 'min') {
    if (value >= j.threshold - eps) return 'green';
    return value >= j.threshold - j.tolerance - eps ? 'amber' : 'red';
  }
  if (value <= j.threshold + eps) return 'green';
  return value <= j.threshold + j.tolerance + eps ? 'amber' : 'red';
}

function verdictFor(rag: Rag, value: number | null): Metric['verdict'] {
  if (value === null) return 'not-measured';
  return rag === 'amber' || rag === 'red' ? 'fail' : 'pass';
}

export function shareMetric(
  label: string,
  numerator: number,
  denominator: number,
  judged?: Judged,
  note?: string,
): Metric {
  const value = denominator > 0 ? numerator / denominator : null;
  const rag = ragFor(value, judged);
  return {
    value,
    numerator,
    denominator,
    rag,
    unit: 'share',
    label,
    verdict: verdictFor(rag, value),
    ...(judged ? { threshold: judged.threshold, direction: judged.direction } : {}),
    ...(value === null ? { note: note ?? 'no records in the population' } : note ? { note } : {}),
  };
}

export function valueMetric(
  label: string,
  value: number | null,
  unit: MetricUnit,
  judged?: Judged,
  note?: string,
): Metric {
  const rag = ragFor(value, judged);
  return {
    value,
    rag,
    unit,
    label,
    verdict: verdictFor(rag, value),
    ...(judged ? { threshold: judged.threshold, direction: judged.direction } : {}),
    ...(note ? { note } : value === null ? { note: 'no records in the population' } : {}),
  };
}

/** Default severity of a finding from the RAG of its metric; config may override per rule. */
export function severityFor(rag: Rag): Severity {
  return rag === 'red' ? 'high' : rag === 'amber' ? 'medium' : rag === 'green' ? 'low' : 'info';
}

export function pct(value: number | null): string {
  if (value === null) return 'n/a';
  const p = value * 100;
  return `${Number.isInteger(p) ? p : p.toFixed(p < 10 ? 1 : 0)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** An evidence or breakdown column; `metric` names the metric a breakdown column informs. */
export function col(key: string, label: string, type: EvidenceType, metric?: string): EvidenceColumn {
  return metric === undefined ? { key, label, type } : { key, label, type, metric };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * A configured limit or published figure as a percentage, as written (0.226 → "22.6%", 0.2 →
 * "20%"): twelve significant digits drop binary noise (22.600000000000001) without rounding the
 * figure. Text only: no rule rounds a value it reports or judges (SPEC §5).
 */
export function limitPct(share: number): string {
  return `${Number((share * 100).toPrecision(12))}%`;
}

/** A number in a message, as written but without binary noise (a mean headcount of 12.5). */
export function numberText(v: number): string {
  return String(Number(v.toPrecision(12)));
}
