/**
 * The figures each metric is compared with (SPEC §7): England's from data/england.json, each
 * with its release, table, numerator and denominator, replaced per `rule.metric` by the config's
 * (e.g. statistical neighbours, named by `comparator`). A figure the file marks `checked: false`
 * could not be verified against the published table, so it is never shown. `address` (the page or
 * DfE data file the figure was read from) and `provenance` are for whoever checks the file again:
 * the report names the release and table, not a web address.
 */
import { readFileSync } from 'node:fs';
import type { CaseauditConfig } from '../config/schema.js';
import { dataPath } from './paths.js';
import type { Comparator } from './types.js';

interface PublishedFigure extends Omit<Comparator, 'value' | 'comparator'> {
  value: number | null;
  checked: boolean;
  address?: string;
  provenance?: string;
}

let england: Readonly<Record<string, Comparator>> | null = null;

/** England's checked figures, by `rule.metric`. */
export function englandFigures(): Readonly<Record<string, Comparator>> {
  if (england) return england;
  const file = JSON.parse(readFileSync(dataPath('england.json'), 'utf8')) as Record<string, PublishedFigure>;
  const out: Record<string, Comparator> = {};
  for (const [key, { checked, value, address: _address, provenance: _provenance, ...rest }] of Object.entries(file)) {
    if (checked && value !== null) out[key] = { value, comparator: 'England', ...rest };
  }
  return (england = out);
}

export function comparatorFigures(config: CaseauditConfig): Record<string, Comparator> {
  return { ...englandFigures(), ...(config.england ?? {}) };
}
