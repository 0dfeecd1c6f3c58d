/** How SSD fields' values are read where the loader needs a flag, a day or an outcome's flags. */
import { isValueError, parseDate, parseFlag } from '../values.js';

export function yes(v: string): boolean {
  const f = parseFlag(v);
  return f === true;
}

export function dayOf(v: string): number | null {
  const d = parseDate(v);
  return typeof d === 'number' && !isValueError(d) ? d : null;
}

/** Flags from an SSD `*_outcome_json` string; null when absent or not JSON. */
export function outcomeFlags(json: string): Record<string, string> | null {
  if (json.trim() === '') return null;
  try {
    const v = JSON.parse(json) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v))
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.toUpperCase(), String(x ?? '')]));
  } catch {
    /* not JSON: treated as absent */
  }
  return null;
}
