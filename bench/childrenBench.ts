/**
 * `npm run bench -- --children-only [--sizes 100k,1M] [--runs N]`: issue 20's two speed targets,
 * quickly, without the rest of the benchmark (and without writing bench/results.json):
 * - one child's chronology (`caseaudit child`), which reads only that child's rows: with --as-at
 *   (the concerns of the rules declared perChild, run on those rows) and with --findings (the
 *   concerns of a full audit), against the full audit (JSON) it stands in for, in the same round;
 * - the profiles' share of a full audit (bench/children.ts, in-process).
 * Rounds are interleaved (audit, child, child --findings), so a slow spell of a shared machine
 * touches each alike; the medians and the per-round ratios are printed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ChildrenBenchTools {
  bin: string;
  childrenScript: string;
  asAt: string;
  /** Runs a script under the RSS probe: wall time and peak RSS. */
  node(script: string, argv: string[], label: string): { ms: number; maxRssMb: number | null; ok: boolean };
}

const med = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One size: lines to print. `dir` holds the generated export; `work` is scratch space. */
export function benchChildren(t: ChildrenBenchTools, size: string, dir: string, work: string, runs: number): string[] {
  const out = join(work, `children-${size}`);
  const rounds: { audit: number; child: number; findings: number; rss: (number | null)[] }[] = [];
  let first: string | undefined;
  for (let i = 0; i < runs; i++) {
    const audit = t.node(
      t.bin,
      ['audit', dir, '--as-at', t.asAt, '--format', 'json', '--out', out, '--quiet'],
      `audit ${size}`,
    );
    first ??= (JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as { children?: { childId: string }[] })
      .children?.[0]?.childId;
    if (!first) return [`${size}: no child to track in the audit`];
    const child = t.node(t.bin, ['child', dir, first, '--as-at', t.asAt], `child ${size}`);
    const findings = t.node(
      t.bin,
      ['child', dir, first, '--findings', join(out, 'findings.json')],
      `child --findings ${size}`,
    );
    rounds.push({
      audit: audit.ms,
      child: child.ms,
      findings: findings.ms,
      rss: [audit.maxRssMb, child.maxRssMb, findings.maxRssMb],
    });
  }
  const pr = spawnSync(process.execPath, [t.childrenScript, dir, t.asAt], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const profiles =
    pr.status === 0 ? (JSON.parse(pr.stdout) as { profilesMs: number; share: number; profiles: number }) : null;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const ratios = rounds.map((r) => (r.child / r.audit).toFixed(3)).join(', ');
  const rss = rounds[0]!.rss.map((m) => (m === null ? '—' : `${m.toFixed(0)} MB`)).join(' / ');
  return [
    `${size}: full audit ${s(med(rounds.map((r) => r.audit)))}; chronology of ${first} ${s(med(rounds.map((r) => r.child)))} (--as-at), ${s(med(rounds.map((r) => r.findings)))} (--findings); chronology ÷ audit by round ${ratios}; peak RSS audit / child / child --findings ${rss}`,
    `${size}: profiles ${profiles ? `${profiles.profiles} children, ${profiles.profilesMs.toFixed(0)} ms = ${(profiles.share * 100).toFixed(1)}% of load + audit (target ≤ 10%)` : '—'}`,
  ];
}
