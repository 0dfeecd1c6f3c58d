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

// Built on first use (z.lazy): only a run given a suppressions file builds them (start-up, issue 24).
const entrySchema = z.lazy(() =>
  z
    .object({
      rule: z.string().min(1),
      key: z.string().min(1),
      reason: z.string().min(1),
      who: z.string().min(1),
      expires: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
      values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    })
    .strict(),
);
const fileSchema = z.lazy(() =>
  z.union([z.array(entrySchema), z.object({ suppressions: z.array(entrySchema) }).strict()]),
);
export type Suppression = z.infer<typeof entrySchema>;

export async function readSuppressions(path: string): Promise<Suppression[]> {
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
  return Array.isArray(r.data) ? r.data : r.data.suppressions;
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
