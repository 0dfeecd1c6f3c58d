/**
 * The supervision-quality breakdown tables (by team, by supervisor): a view model built from the
 * scored records, apart from the rule so the rule holds the scoring only.
 */
import { col } from '../../src/engine/metrics.js';
import type { Breakdown, EvidenceRow } from '../../src/engine/types.js';

/**
 * Numbers for group names (a blank name is "(unknown)"), given as records are first seen. The
 * rule numbers each record's team and supervisor before the scores are ready (issue 24: in a
 * large audit that overlaps the wait for the worker thread), so counting needs no string lookups.
 */
export class GroupNames {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  of(name: string | null): number {
    const g = name ?? '(unknown)';
    let id = this.ids.get(g);
    if (id === undefined) {
      this.ids.set(g, (id = this.names.length));
      this.names.push(g);
    }
    return id;
  }
}

/** Records, share meeting the standard and copied, per team or per supervisor (groups with no record left out). */
export function groupTable<S extends { copied: boolean }>(
  id: string,
  title: string,
  keyCol: string,
  label: string,
  rows: readonly S[],
  group: (s: S) => number,
  names: GroupNames,
  meets: (s: S) => boolean,
): Breakdown {
  const n = names.names.length;
  const records = new Int32Array(n),
    meeting = new Int32Array(n),
    copied = new Int32Array(n);
  for (const s of rows) {
    const g = group(s);
    records[g]++;
    if (meets(s)) meeting[g]++;
    if (s.copied) copied[g]++;
  }
  const groups: number[] = [];
  for (let g = 0; g < n; g++) if (records[g]! > 0) groups.push(g);
  const name = names.names;
  const out: EvidenceRow[] = groups
    .sort((a, b) => (name[a]! < name[b]! ? -1 : name[a]! > name[b]! ? 1 : 0))
    .map((g) => ({
      key: `supervision-quality/${id}/${name[g]!}`,
      [keyCol]: name[g]!,
      records: records[g]!,
      meeting: meeting[g]!,
      meetingShare: meeting[g]! / records[g]!,
      copied: copied[g]!,
    }));
  return {
    id,
    title,
    columns: [
      col(keyCol, label, 'text'),
      col('records', 'Records', 'number', 'recordsMeetingStandard'),
      col('meeting', 'Meeting standard', 'number', 'recordsMeetingStandard'),
      col('meetingShare', 'Share meeting standard', 'share', 'recordsMeetingStandard'),
      col('copied', 'Copied', 'number', 'recordsMeetingStandard'),
    ],
    rows: out,
    chart: { kind: 'bar', x: keyCol, y: 'meetingShare', label: 'Share of records meeting the standard' },
  };
}
