/** Every record, previous record and actions text of test/fixtures' supervision corpora. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function corpusTexts(): string[] {
  const dir = join(import.meta.dirname, '..', 'fixtures');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((f) => /^supervision-.*corpus\.json$/.test(f))) {
    const { records } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
      records: { recordText?: string | null; previous?: string; actions?: string | null }[];
    };
    for (const r of records)
      for (const t of [r.recordText, r.previous, r.actions]) if (typeof t === 'string' && t !== '') out.push(t);
  }
  return out;
}
