/**
 * A rule's value made once for a trend point and kept for every earlier point (SPEC §9, issue 24).
 *
 * `RuleContext.shared` keeps only what reads no date. Some of a rule's per-point work does read
 * dates, yet is the same at every point once the dates after the point are skipped: the trend
 * points run latest first, and each one only blanks more dates (src/engine/rewind.ts), so a list
 * of rows made as at one point holds every row the point after it sees, in the same order, plus
 * rows whose dates that later point blanked. A rule using such a value reads each row's dates
 * again at its own point and skips the blanked ones; the value is made again if a later date asks
 * for it (never, in the audit's order, but a rule must not depend on that).
 */
import type { Day } from '../../src/model/day.js';

/** What a rule's context needs to offer for a value kept from point to point. */
interface PointContext {
  asAt: Day;
  shared<V>(name: string, build: () => V): V;
}

interface Held<V> {
  /** The as-at date the value was made at: it serves this date and every earlier one. */
  at: Day;
  value: V;
}

/**
 * The value of `build()` made at this context's as-at date or a later one, kept in the rule's
 * shared store under `name`. Use only where every row in the value is read again, with its dates
 * as they now are, at each point: a row whose date the point blanked must be treated as blank.
 */
export function keptForEarlierPoints<V>(ctx: PointContext, name: string, build: () => V): V {
  const held = ctx.shared<{ current: Held<V> | null }>(name, () => ({ current: null }));
  const current = held.current;
  if (current !== null && current.at >= ctx.asAt) return current.value;
  const value = build();
  held.current = { at: ctx.asAt, value };
  return value;
}
