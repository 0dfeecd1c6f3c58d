/**
 * The supervision-quality breakdown tables (by team, by supervisor): a view model built from the
 * scored records, apart from the rule so the rule holds the scoring only.
 */
import { col } from '../../src/engine/metrics.js';
import type { Breakdown, EvidenceRow } from '../../src/engine/types.js';

/** Records, share meeting the standard and copied, per team or per supervisor (blank = "unknown"). */
export function groupTable<S extends { copied: boolean }>(
  id: string,
  title: string,
  keyCol: string,
  label: string,
  rows: readonly S[],
  group: (s: S) => string | null,
  meets: (s: S) => boolean,
): Breakdown {
  const groups = new Map<string, { records: number; meeting: number; copied: number }>();
  for (const s of rows) {
    const g = group(s) ?? '(unknown)';
    let t = groups.get(g);
    if (!t) groups.set(g, (t = { records: 0, meeting: 0, copied: 0 }));
    t.records++;
    if (meets(s)) t.meeting++;
    if (s.copied) t.copied++;
  }
  const out: EvidenceRow[] = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([g, t]) => ({
      key: `supervision-quality/${id}/${g}`,
      [keyCol]: g,
      records: t.records,
      meeting: t.meeting,
      meetingShare: t.meeting / t.records,
      copied: t.copied,
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
