/**
 * Suppressions: items a manager has acknowledged (rule, evidence key, reason, who, expiry).
 * Suppressed rows move from `evidence` to `suppressed` on their finding — counted and listed in
 * every output, never hidden. An item comes back when its expiry date is before the as-at date
 * (as-at, not the run date, so the same export always gives the same report), or when any value
 * recorded with it in `values` differs from the current evidence row.
 */
import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { ConfigError, formatZodIssues } from '../config/load.js';
import { parseJsonText } from '../config/jsonText.js';
import type { AuditResult, EvidenceValue } from '../engine/types.js';
import { parseIsoDay } from '../model/day.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Built on first use (z.lazy): only a run given a suppressions file builds them (start-up, issue 24).
const entrySchema = z.lazy(() =>
  z
    .object({
      rule: z.string().min(1),
      key: z.string().min(1),
      reason: z.string().min(1),
      who: z.string().min(1),
      // A date the calendar does not have (2024-06-31) compared as text would expire on a guess.
      expires: z
        .string()
        .regex(ISO_DATE, 'expected a date as YYYY-MM-DD')
        .refine((d) => !ISO_DATE.test(d) || parseIsoDay(d) !== null, 'not a date in the calendar'),
      values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    })
    .strict(),
);
const fileSchema = z.lazy(() =>
  z.union([z.array(entrySchema), z.object({ suppressions: z.array(entrySchema) }).strict()]),
);
export type Suppression = z.infer<typeof entrySchema>;

/**
 * The file's items, checked; `ruleIds`, when given, are the rules an item may name: a rule id with
 * a typo would match nothing, and the item would be counted as unmatched without saying why.
 */
export async function readSuppressions(path: string, ruleIds?: readonly string[]): Promise<Suppression[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ConfigError(
      `${path}: suppressions file ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : 'cannot be read'}`,
    );
  }
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch (e) {
    throw new ConfigError(`${path}: ${(e as Error).message}`);
  }
  const r = fileSchema.safeParse(json);
  if (!r.success) throw new ConfigError(formatZodIssues(path, r.error));
  const list = Array.isArray(r.data) ? r.data : r.data.suppressions;
  const unknown = ruleIds ? list.findIndex((s) => !ruleIds.includes(s.rule)) : -1;
  if (unknown >= 0)
    throw new ConfigError(
      `${path}: ${Array.isArray(r.data) ? '' : 'suppressions.'}${unknown}.rule: no such rule "${list[unknown]!.rule}" (rules are: ${ruleIds!.join(', ')})`,
    );
  return list;
}

function sameValue(a: EvidenceValue | undefined, b: EvidenceValue): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9);
}

export function applySuppressions(result: AuditResult, list: readonly Suppression[], file: string): void {
  const byKey = new Map(list.map((s) => [`${s.rule}\u0000${s.key}`, s]));
  const used = new Set<string>();
  let applied = 0,
    expired = 0,
    changed = 0;
  for (const rule of result.rules) {
    for (const f of rule.findings) {
      const keep = [];
      for (const row of f.evidence) {
        const k = `${rule.id}\u0000${row.key}`;
        const s = byKey.get(k);
        if (!s) {
          keep.push(row);
          continue;
        }
        used.add(k);
        if (s.expires < result.asAt) {
          expired++;
          keep.push(row);
          continue;
        }
        if (s.values && Object.entries(s.values).some(([col, v]) => !sameValue(row[col], v))) {
          changed++;
          keep.push(row);
          continue;
        }
        (f.suppressed ??= []).push({ row, reason: s.reason, who: s.who, expires: s.expires });
        applied++;
      }
      f.evidence = keep;
    }
  }
  result.suppressions = { file, applied, expired, changed, unmatched: list.length - used.size };
}
