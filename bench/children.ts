/**
 * `node dist/bench/children.js <export> <asAt>`: what the children-to-track profiles cost inside
 * a full audit (SPEC §8; issue 20 allows at most 10%). Loads and audits the export in this
 * process, then builds the profiles again from the same result and times that alone; prints JSON.
 */
import { audit, loadExport } from '../src/api.js';
import { buildProfiles } from '../src/engine/children.js';
import { parseIsoDay } from '../src/model/day.js';

const [path, asAt] = process.argv.slice(2);
if (!path || !asAt) throw new Error('usage: children.js <export> <asAt>');
const t0 = performance.now();
const ex = await loadExport(path, { auditFor: { asAt } });
const t1 = performance.now();
const result = audit(ex, { asAt });
const t2 = performance.now();
// Median of three builds from the finished result: the profiles' own share of the audit.
const times: number[] = [];
for (let i = 0; i < 3; i++) {
  const s = performance.now();
  buildProfiles(result, ex, parseIsoDay(asAt)!);
  times.push(performance.now() - s);
}
const profilesMs = times.sort((a, b) => a - b)[1]!;
process.stdout.write(
  `${JSON.stringify({ loadMs: t1 - t0, auditMs: t2 - t1, profilesMs, profiles: result.children!.length, share: profilesMs / (t2 - t0) })}\n`,
);
