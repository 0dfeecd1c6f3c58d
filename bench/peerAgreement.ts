/**
 * Whether a peer (the pandas script, DuckDB) and caseaudit give the same numbers for the metrics
 * the peer computes: a speed comparison is only fair if both answer the same question.
 */
import { existsSync, readFileSync } from 'node:fs';

/** A metric as the peers print it: `rule.metric` → value, and the counts behind a share. */
export interface PeerMetric {
  value: number | null;
  numerator?: number;
  denominator?: number;
}
export type PeerMetrics = Record<string, PeerMetric>;

export interface Agreement {
  compared: number;
  agree: number;
  /** One line per metric that differs, both sides' counts and values. */
  differ: string[];
}

interface FindingsJson {
  rules: { id: string; metrics: Record<string, PeerMetric | undefined> }[];
}

// caseaudit rounds values in its JSON (shares to 6 places, averages to 4); counts must be exact.
const same = (a: number | null | undefined, b: number | null | undefined): boolean =>
  (a == null && b == null) || (a != null && b != null && Math.abs(a - b) <= 1e-4 * Math.max(1, Math.abs(b)));

const show = (m: PeerMetric | undefined): string =>
  m === undefined
    ? 'not computed'
    : `${m.numerator !== undefined ? `${m.numerator}/${m.denominator ?? ''} ` : ''}${m.value ?? 'none'}`;

/**
 * Every metric the peer computed (keys starting with `_` are its notes, not metrics) against
 * caseaudit's findings.json. A peer's numerator and denominator, when it gives them, must match
 * exactly; a metric caseaudit did not compute differs.
 */
export function compareWithFindings(peer: string, metrics: PeerMetrics, findings: FindingsJson): Agreement {
  const out: Agreement = { compared: 0, agree: 0, differ: [] };
  for (const [key, theirs] of Object.entries(metrics)) {
    if (key.startsWith('_')) continue;
    const [ruleId, metricId] = key.split('.') as [string, string | undefined];
    const ours = metricId === undefined ? undefined : findings.rules.find((r) => r.id === ruleId)?.metrics[metricId];
    out.compared++;
    const counts =
      theirs.numerator === undefined ||
      (ours?.numerator === theirs.numerator && ours?.denominator === theirs.denominator);
    if (ours && same(ours.value, theirs.value) && counts) out.agree++;
    else out.differ.push(`${key}: caseaudit ${show(ours)}, ${peer} ${show(theirs)}`);
  }
  return out;
}

/** The same, reading caseaudit's findings.json; a missing file agrees on nothing. */
export function compareWithFindingsFile(peer: string, metrics: PeerMetrics, findingsPath: string): Agreement {
  if (!existsSync(findingsPath)) return { compared: 0, agree: 0, differ: [`caseaudit wrote no ${findingsPath}`] };
  return compareWithFindings(peer, metrics, JSON.parse(readFileSync(findingsPath, 'utf8')) as FindingsJson);
}

/** One line for the benchmark's output: agreement, or every value that differs. */
export function formatAgreement(size: string, peer: string, a: Agreement): string {
  const ok = a.compared > 0 && a.agree === a.compared;
  return ok
    ? `${size}: caseaudit and ${peer} agree on ${a.agree} of ${a.compared} metrics`
    : `${size}: caseaudit and ${peer} DISAGREE (${a.agree} of ${a.compared} metrics agree): ${a.differ.join('; ')}`;
}
