/**
 * SSD CLA episodes grouped into periods of care: a plan is a period, not an episode, so CLA
 * measures count each child's time in care once (rules in index.ts's header).
 */
import type { SourceRecord, TableSource } from './assemble.js';
import { dayOf } from './fieldValues.js';
import type { SsdTable } from './folder.js';
import type { RawRow } from './rawCsv.js';

/** CLA episodes grouped into periods of care (one canonical `cla` plan each). */
export function periodsOfCare(cla: SsdTable): TableSource {
  const groups = new Map<string, RawRow[]>();
  for (const r of cla.rows) {
    const key = cla.get(r, 'clae_cla_id').trim() || cla.get(r, 'clae_cla_episode_id').trim() || `\u0000line${r.line}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(r);
  }
  const records: SourceRecord[] = [];
  for (const [key, rows] of groups) {
    const first = rows[0]!;
    let start: { day: number; raw: string } | null = null;
    let startRaw = cla.get(first, 'clae_cla_episode_start_date');
    for (const r of rows) {
      for (const f of ['clae_entered_care_date', 'clae_cla_episode_start_date']) {
        const raw = cla.get(r, f);
        const day = dayOf(raw);
        if (day !== null && (start === null || day < start.day)) start = { day, raw };
      }
    }
    if (start) startRaw = start.raw;
    let end: { day: number; raw: string } | null = null;
    let open = false;
    for (const r of rows) {
      const raw = cla.get(r, 'clae_cla_episode_ceased_date');
      const day = dayOf(raw);
      if (raw.trim() === '') open = true;
      else if (day !== null && (end === null || day > end.day)) end = { day, raw };
    }
    records.push({
      line: first.line,
      values: {
        plan_id: key.startsWith('\u0000') ? '' : key,
        child_id: cla.get(first, 'clae_person_id'),
        plan_type: 'cla',
        start_date: startRaw,
        end_date: open ? '' : (end?.raw ?? (rows.length === 1 ? cla.get(first, 'clae_cla_episode_ceased_date') : '')),
      },
    });
  }
  return {
    table: 'plans',
    file: cla.file,
    headerLine: cla.raw.headerLine,
    records,
    labels: {
      plan_id: cla.label('clae_cla_id'),
      child_id: cla.label('clae_person_id'),
      plan_type: 'plan_type (derived)',
      start_date: cla.label('clae_cla_episode_start_date'),
      end_date: cla.label('clae_cla_episode_ceased_date'),
    },
    positions: {
      plan_id: cla.position('clae_cla_id'),
      child_id: cla.position('clae_person_id'),
      plan_type: 0,
      start_date: cla.position('clae_cla_episode_start_date'),
      end_date: cla.position('clae_cla_episode_ceased_date'),
    },
  };
}
