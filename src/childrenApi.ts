/**
 * Library API for single children (SPEC §8): a child's chronology and the case-file audit sample.
 * Both start from the same audit as `audit()`, so their concerns are the report's.
 */
import { RULES } from '../rules/index.js';
import { type AuditOptions, audit } from './api.js';
import { parseConfig } from './config/load.js';
import { type Chronology, type ChronologyLimits, buildChronology, chronologyLacks } from './engine/chronology.js';
import { resolveRuleOptions } from './engine/run.js';
import { type AuditSample, drawSample } from './engine/sample.js';
import type { AuditResult } from './engine/types.js';
import { parseIsoDay } from './model/day.js';
import type { LoadedExport } from './model/export.js';
import { idCoder, pseudonymise } from './privacy/pseudonymise.js';
import { placements } from './engine/children.js';
import { keySubjects } from './engine/ruleFacts.js';
import { Rng } from './generate/rng.js';

export type { Chronology, ChronologyEvent } from './engine/chronology.js';
export type { AuditSample, SampleRow } from './engine/sample.js';

/** An unknown child id (or code): one line, exit 2 in the CLI. */
export class UnknownChildError extends Error {}

export type ChronologyOptions = Pick<AuditOptions, 'asAt' | 'config' | 'today' | 'suppressions' | 'pseudonymiseKey'>;

/** Every child id the export holds: the children table's, else any table's. */
function childIds(ex: LoadedExport): Set<string> {
  const ids = new Set<string>();
  if (ex.tables.children) {
    for (const c of ex.tables.children) if (c.childId !== null) ids.add(c.childId);
    return ids;
  }
  for (const rows of Object.values(ex.tables)) {
    for (const r of rows as readonly { childId?: string | null }[])
      if (typeof r.childId === 'string') ids.add(r.childId);
  }
  return ids;
}

function limitsFrom(options: Map<string, Record<string, unknown>>): ChronologyLimits {
  const n = (rule: string, key: string) => options.get(rule)![key] as number;
  return {
    assessmentWorkingDays: n('assessment-timeliness', 'maxWorkingDays'),
    seenWorkingDays: n('assessment-timeliness', 'seenWithinWorkingDays'),
    icpcWorkingDays: n('threshold-consistency', 'maxIcpcWorkingDays'),
    allocationWorkingDays: n('allocation-delay', 'maxWorkingDays'),
    cpVisitWorkingDays: n('visit-timeliness', 'cpMaxWorkingDays'),
    cinVisitWorkingDays: n('visit-timeliness', 'cinMaxWorkingDays'),
    claVisitDays: n('visit-timeliness', 'claMaxDays'),
  };
}

const RECORD_PREFIX: Readonly<Record<string, string>> = {
  contacts: 'K',
  referrals: 'R',
  assessments: 'A',
  section47: 'S',
  plans: 'P',
  reviews: 'P',
  supervisions: 'V',
};

/**
 * The chronology of one child. Under `pseudonymiseKey` the child is named by their code, every
 * id in the answer is coded as in the pseudonymised report, and no free text or birth date is kept.
 */
export function chronology(ex: LoadedExport, childId: string, opts: ChronologyOptions = {}): Chronology {
  const known = childIds(ex);
  const code = opts.pseudonymiseKey !== undefined ? idCoder(opts.pseudonymiseKey) : null;
  let raw: string | undefined = childId;
  if (code) raw = [...known].find((id) => code('C', id) === childId);
  if (raw === undefined || !known.has(raw)) {
    throw new UnknownChildError(
      `child ${JSON.stringify(childId)} is not in this export, which holds ${known.size} ${known.size === 1 ? 'child' : 'children'}${code ? " (under --pseudonymise, give the child's code, C-…)" : ''}`,
    );
  }
  const { pseudonymiseKey: _key, ...plain } = opts;
  const result = audit(ex, plain);
  const at = parseIsoDay(result.asAt)!;
  const index = result.children!.findIndex((p) => p.childId === raw);
  const profile = index >= 0 ? result.children![index]! : null;
  const limits = limitsFrom(resolveRuleOptions(RULES, parseConfig(opts.config ?? {})));
  let events = buildChronology(ex, raw, at, limits, profile?.concerns ?? [], code === null);
  let concerns = profile?.concerns ?? [];
  // From the export, so a child with no concern has them too (the same as a profile's).
  const where = placements(ex, at, new Set([raw])).get(raw)!;
  let out: Chronology = {
    childId: raw,
    asAt: result.asAt,
    source: { export: ex.source, layout: ex.layout },
    lacks: chronologyLacks(ex),
    team: where.team,
    workerId: where.workerId,
    openPlans: where.openPlans,
    events,
    concerns,
  };
  if (code) {
    // The same codes as the pseudonymised report: profiles are coded in order, so the index matches.
    const coded = pseudonymise(result, opts.pseudonymiseKey!, keySubjects(RULES)).children!;
    concerns = index >= 0 ? coded[index]!.concerns : [];
    const keyMap = new Map((profile?.concerns ?? []).map((c, i) => [c.key, concerns[i]!.key]));
    events = events
      .filter((e) => e.table !== 'children')
      .map((e) => ({
        ...e,
        recordId: e.recordId === null ? null : code(RECORD_PREFIX[e.table] ?? 'X', e.recordId),
        workerId: e.workerId === null ? null : code('W', e.workerId),
        // codes and flags only; a supervisor or referral id named in the detail is coded too
        detail: e.detail.replace(
          /\b(supervisor|referral|plan) (\S+)/g,
          (_m, what: string, id: string) =>
            `${what} ${code(what === 'supervisor' ? 'W' : what === 'referral' ? 'R' : 'P', id)}`,
        ),
        concerns: e.concerns.map((k) => keyMap.get(k) ?? k),
      }));
    out = {
      ...out,
      childId,
      workerId: out.workerId === null ? null : code('W', out.workerId),
      events,
      concerns,
      pseudonymised: true,
    };
  }
  return out;
}

export interface SampleOptions {
  /** The export the result was audited from: open cases come from its plans. */
  export: LoadedExport;
  size: number;
  /** Default: the as-at date as a number (20240331), so a rerun without --seed draws the same. */
  seed?: number;
}

/** The reproducible case-file audit sample (SPEC §8) from an audit result and its export. */
export function sample(result: AuditResult, opts: SampleOptions): AuditSample {
  if (!Number.isInteger(opts.size) || opts.size < 1)
    throw new RangeError(`sample size must be a whole number of at least 1 (got ${opts.size})`);
  const seed = opts.seed ?? Number(result.asAt.replace(/-/g, ''));
  const rng = new Rng(seed); // the generator's seeded sfc32: the same seed, the same draw, on any machine
  return drawSample(opts.export, parseIsoDay(result.asAt)!, result.asAt, result.children ?? [], opts.size, seed, () =>
    rng.next(),
  );
}
