/**
 * Issue 22: the development material both builders read (the model's and the known words'), in one
 * fixed order: the style corpus's development part (its test part filtered out, never read), the
 * project's 68 labelled records, then outside, outside2, ... up to the set named by `before`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/engine/paths.js';
import { readStyleCorpus, type StyleRecord } from './supervisionAccuracy.js';

export interface DevelopmentSet {
  name: string;
  records: StyleRecord[];
}

/** The development sets before `before` (an outside set's name, e.g. 'outside94'). */
export function developmentSets(before: string): DevelopmentSet[] {
  const small = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'supervision-corpus.json'), 'utf8')) as {
    records: StyleRecord[];
  };
  const out: DevelopmentSet[] = [
    { name: 'style-dev', records: readStyleCorpus().filter((r) => r.part === 'dev') },
    { name: 'corpus', records: small.records },
  ];
  const last = Number(before.slice('outside'.length));
  for (let n = 1; n < last; n++) {
    const part = n === 1 ? 'outside' : `outside${n}`;
    out.push({ name: part, records: readStyleCorpus(part as 'outside') });
  }
  return out;
}
