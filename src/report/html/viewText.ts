/**
 * The view model's wording: dates, RAG and severity labels, thresholds, England figures and
 * counts, formatted once here so the templates hold layout only.
 */
import { plural } from '../../engine/metrics.js';
import type { Finding, Metric, Rag, Severity } from '../../engine/types.js';
import { formatLimit, groupDigits, limitText } from '../format.js';
import type { RagView } from './viewTypes.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** GOV.UK style long date, "31 March 2024"; ISO dates stay ISO inside tables so they match case systems. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

const RAG_LABEL: Readonly<Record<Rag, string>> = { red: 'Red', amber: 'Amber', green: 'Green', none: 'Not measured' };
export function ragView(rag: Rag, noneLabel = RAG_LABEL.none): RagView {
  return { cls: rag, label: rag === 'none' ? noneLabel : RAG_LABEL[rag] };
}
const SEVERITY_RAG: Readonly<Record<Severity, Rag>> = { high: 'red', medium: 'amber', low: 'green', info: 'none' };
const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };
export function severityView(s: Severity): RagView & { severity: Severity } {
  return { cls: SEVERITY_RAG[s], label: SEVERITY_LABEL[s], severity: s };
}

/** The metric's limit as configured, in words (at most 22.6%): the one wording every view uses. */
export function thresholdText(m: Metric): string {
  return limitText(m);
}

/**
 * England figure in the metric's unit. SPEC §7 figures are shares (below 1) or per-FTE numbers; a
 * count metric compared with an England *share* (long CP plans) shows the share as a percentage,
 * and the figure's note says it is not directly comparable.
 */
export function englandText(m: Metric): string {
  const e = m.england;
  if (!e) return '';
  const asShare = m.unit === 'share' || (e.value > 0 && e.value < 1 && m.unit !== 'workingDays' && m.unit !== 'days');
  // a published figure as written (22.6%, 15.2), like a limit: never rounded to 23%
  const value = formatLimit({ unit: asShare ? 'share' : 'number' }, e.value);
  const counts =
    e.numerator !== undefined && e.denominator !== undefined
      ? `${groupDigits(e.numerator)} of ${groupDigits(e.denominator)}; `
      : '';
  // whose figures: England's, or the comparator the config names (e.g. statistical neighbours)
  return `${e.comparator} ${value} (${counts}${e.year}, ${e.source}${e.note ? `; ${e.note}` : ''})`;
}

export function affectedText(f: Finding): string {
  const unit =
    f.affected.unit === 'children'
      ? ['child', 'children']
      : f.affected.unit === 'workers'
        ? ['worker', 'workers']
        : f.affected.unit === 'teams'
          ? ['team', 'teams']
          : ['record', 'records'];
  return plural(f.affected.count, unit[0]!, unit[1]);
}

export function optionValue(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return String(v);
  return JSON.stringify(v) ?? '';
}

export function countsText(n: number, one: string): string {
  return n === 0 ? `no ${one}s` : plural(n, one);
}
