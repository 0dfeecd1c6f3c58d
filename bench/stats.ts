/**
 * The benchmark's measures and how several rounds of one are summed up: medians, and ratios of
 * two measures taken one after the other. Shared by bench.ts and the DuckDB peer's summary.
 */
export interface Measure {
  ms: number;
  maxRssMb: number | null;
  ok: boolean;
  note?: string;
  runs?: number[];
}

/**
 * The median of several measures of one thing (peak RSS: the largest). The per-size measures are
 * taken in interleaved rounds (parse, audit, …, parse, audit, …), so a slow spell of a shared
 * machine touches every column alike instead of one.
 */
export function median<M extends Measure>(ms: readonly M[]): M {
  const sorted = [...ms].sort((a, b) => a.ms - b.ms);
  const mid = sorted[Math.floor(sorted.length / 2)]!;
  const rss = ms.map((m) => m.maxRssMb).filter((v): v is number => v !== null);
  return {
    ...mid,
    maxRssMb: rss.length ? Math.max(...rss) : null,
    ok: ms.every((m) => m.ok),
    runs: ms.map((m) => Math.round(m.ms)),
  };
}

export const fmtMs = (m: Measure | undefined) => (m ? `${(m.ms / 1000).toFixed(2)} s${m.ok ? '' : ' (failed)'}` : '—');
export const fmtRss = (m: Measure | undefined) => (m?.maxRssMb != null ? `${m.maxRssMb.toFixed(0)} MB` : '—');
export const ratio = (a: Measure | undefined, b: Measure | undefined) => (a && b && a.ok && b.ok ? a.ms / b.ms : null);
export const fmtRatio = (r: number | null) => (r === null ? '—' : r.toFixed(2));

/**
 * a ÷ b within each round, where a and b ran one after the other, and their median: a slow spell
 * of a shared machine slows both sides of a pair alike, so these spread less than medians of each.
 */
export function pairedRatios(
  pairs: readonly [Measure | undefined, Measure | undefined][],
): { median: number; min: number; max: number; rounds: number[] } | null {
  const rs = pairs.map(([a, b]) => ratio(a, b));
  if (rs.length === 0 || rs.some((r) => r === null)) return null;
  const sorted = (rs as number[]).slice().sort((x, y) => x - y);
  return {
    median: sorted[Math.floor(sorted.length / 2)]!,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    rounds: (rs as number[]).map((r) => Math.round(r * 1000) / 1000),
  };
}
