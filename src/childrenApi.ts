/**
 * Library API for single children (SPEC §8): a child's chronology and the case-file audit sample.
 * The sample starts from the same audit as `audit()`, so its concerns are the report's. A
 * chronology takes its concerns from a full audit's findings.json when given one, else from the
 * rules that judge a child by their own records, run on that child's rows alone (rule.perChild):
 * loading one child's rows of a 1M-row export takes a second or two, a full audit far longer.
 * The chronology is given the rules (chronologyWith), as src/auditApi.ts's functions are: the
 * library (src/api.ts) binds the whole registry, the CLI passes the rules it loaded from
 * rules/registry.ts, so the CLI never loads rules/index.ts (issue 24).
 */
import { PER_CHILD_RULE_IDS } from '../rules/registry.js';
import { type AuditOptions, auditWith } from './auditApi.js';
import { parseConfig } from './config/load.js';
import {
  type Chronology,
  type ChronologyConcern,
  type ChronologyLimits,
  buildChronology,
  chronologyLacks,
} from './engine/chronology.js';
import { childIdsOf, loadChildRows } from './engine/childRows.js';
import { resolveRuleOptions } from './engine/run.js';
import { type AuditSample, drawSample } from './engine/sample.js';
import type { AuditResult } from './engine/types.js';
import type { LoadOptions } from './load/index.js';
import { parseIsoDay } from './model/day.js';
import type { LoadedExport } from './model/export.js';
import { codeConcernKeys, idCoder } from './privacy/pseudonymise.js';
import { concernsByChild, placements } from './engine/children.js';
import { keySubjects } from './engine/ruleFacts.js';
import type { AnyRule } from './engine/rule.js';
import { Rng } from './generate/rng.js';

export type { Chronology, ChronologyConcern, ChronologyEvent } from './engine/chronology.js';
export type { AuditSample, SampleRow } from './engine/sample.js';

/** An unknown child id (or code): one line, exit 2 in the CLI. */
export class UnknownChildError extends Error {}
/** A chronology asked for something it cannot give (a findings.json of another export): one line, exit 2. */
export class ChronologyInputError extends Error {}

export interface ChronologyOptions extends Pick<
  AuditOptions,
  'asAt' | 'config' | 'today' | 'suppressions' | 'pseudonymiseKey'
> {
  /**
   * A full audit of the same export (its findings.json, not pseudonymised) and the file it came
   * from: the concerns and their severities are taken from it, as the report shows them.
   */
  findings?: { result: AuditResult; file: string };
}

/** The rules whose concerns about a child come from that child's rows alone (rule.perChild). */
export const PER_CHILD_RULES: readonly string[] = PER_CHILD_RULE_IDS;

/** How `loadChild()` reads the export; `pseudonymiseKey` when the child is given by their code. */
export type LoadChildOptions = Pick<LoadOptions, 'layout' | 'mapping' | 'maxBytes'> & { pseudonymiseKey?: string };

/**
 * The export holding one child's rows only (and every worker), for `chronology()`: far quicker
 * than the whole export. Under `pseudonymiseKey` the child is given by their code.
 */
export function loadChild(path: string, childId: string, opts: LoadChildOptions = {}): Promise<LoadedExport> {
  const { pseudonymiseKey, ...load } = opts;
  const code = pseudonymiseKey !== undefined ? idCoder(pseudonymiseKey) : null;
  return code
    ? loadChildRows(path, (id) => code('C', id) === childId, load)
    : loadChildRows(path, (id) => id === childId, load, childId);
}

/** The child's id as the export spells it, or an UnknownChildError naming how many children it holds. */
function findChild(ex: LoadedExport, childId: string, code: ((p: string, raw: string) => string) | null): string {
  let raw: string | null | undefined;
  let held: number;
  if (ex.onlyChild) {
    raw = ex.onlyChild.childId;
    held = ex.onlyChild.children;
  } else {
    const known = childIdsOf(ex);
    raw = code ? [...known].find((id) => code('C', id) === childId) : known.has(childId) ? childId : undefined;
    held = known.size;
  }
  if (raw === null || raw === undefined)
    throw new UnknownChildError(
      `child ${JSON.stringify(childId)} is not in this export, which holds ${held} ${held === 1 ? 'child' : 'children'}${code ? " (under --pseudonymise, give the child's code, C-…)" : ''}`,
    );
  return raw;
}

/**
 * A findings.json must be an audit of this export: not pseudonymised, the same layout, the same
 * file for every table, and (when one is asked for) the same as-at date.
 */
function checkFindings(f: { result: AuditResult; file: string }, ex: LoadedExport, asAt: string | undefined): void {
  const r = f.result;
  const wrong = (why: string) => new ChronologyInputError(`${f.file}: ${why}`);
  if (r.pseudonymised) throw wrong('is pseudonymised; give the findings.json of an audit run without --pseudonymise');
  if (asAt !== undefined && r.asAt !== asAt) throw wrong(`is an audit as at ${r.asAt}, not ${asAt}`);
  if (r.source.layout !== ex.layout)
    throw wrong(`is an audit of a ${r.source.layout} export; this export is ${ex.layout}`);
  for (const t of r.dataQuality.tables) {
    const here = ex.dq.tables.get(t.table)?.file ?? null;
    if (t.status !== 'not-read' && (t.file ?? null) !== here)
      throw wrong(
        `is an audit of another export: it read the ${t.table} table from ${t.file ?? 'no file'}, this export has ${here ?? 'none'}`,
      );
  }
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

/** The concerns about one child and where they came from, in words. */
function concernsOf(
  registry: readonly AnyRule[],
  ex: LoadedExport,
  raw: string,
  opts: ChronologyOptions,
): { asAt: string; concerns: ChronologyConcern[]; from: string } {
  const { pseudonymiseKey: _key, findings, ...plain } = opts;
  if (findings) {
    checkFindings(findings, ex, opts.asAt);
    const r = findings.result;
    // A findings.json from before profiles has none: its evidence is read the same way.
    const concerns = r.children
      ? (r.children.find((p) => p.childId === raw)?.concerns ?? [])
      : (concernsByChild(r).get(raw) ?? []);
    return { asAt: r.asAt, concerns, from: `the audit in ${findings.file}` };
  }
  if (ex.onlyChild) {
    if (opts.asAt === undefined && parseConfig(opts.config ?? {}).asAt === undefined)
      throw new ChronologyInputError(
        "one child's rows cannot say the export's as-at date: give an as-at date or a findings.json",
      );
    // Severities follow the whole export's figures, which one child's rows cannot give.
    const perChild = registry.filter((r) => r.perChild).map((r) => r.id);
    const result = auditWith(registry, ex, { ...plain, rules: perChild, trends: false });
    const concerns = (result.children ?? [])
      .filter((p) => p.childId === raw)
      .flatMap((p) => p.concerns.map((c) => ({ ...c, severity: null })));
    return {
      asAt: result.asAt,
      concerns,
      from: `the rules that judge a child by their own records (${perChild.join(', ')}), run on this child's rows; their severities, which follow the whole export's figures, come with a full audit's findings.json (--findings)`,
    };
  }
  const result = auditWith(registry, ex, plain);
  const concerns = result.children?.find((p) => p.childId === raw)?.concerns ?? [];
  return { asAt: result.asAt, concerns, from: 'an audit of the whole export' };
}

/**
 * chronology (src/api.ts) with `registry` as the rules: every rule (a findings.json's concerns may
 * come from any rule, and its keys are coded by their rule's facts), as rules/registry.ts's
 * loadRules() gives them.
 */
export function chronologyWith(
  registry: readonly AnyRule[],
  ex: LoadedExport,
  childId: string,
  opts: ChronologyOptions = {},
): Chronology {
  const code = opts.pseudonymiseKey !== undefined ? idCoder(opts.pseudonymiseKey) : null;
  const raw = findChild(ex, childId, code);
  const { asAt, concerns: found, from } = concernsOf(registry, ex, raw, opts);
  const at = parseIsoDay(asAt)!;
  const subjects = keySubjects(registry);
  const limits = limitsFrom(resolveRuleOptions(registry, parseConfig(opts.config ?? {})));
  let events = buildChronology(ex, raw, at, limits, found, code === null, subjects);
  let concerns = found;
  // From the export, so a child with no concern has them too (the same as a profile's).
  const where = placements(ex, at, new Set([raw])).get(raw)!;
  let out: Chronology = {
    childId: raw,
    asAt,
    source: { export: ex.source, layout: ex.layout },
    lacks: chronologyLacks(ex),
    team: where.team,
    workerId: where.workerId,
    openPlans: where.openPlans,
    events,
    concerns,
    concernsFrom: from,
  };
  if (code) {
    // The same codes as the pseudonymised report gives these concerns.
    concerns = codeConcernKeys(found, opts.pseudonymiseKey!, subjects);
    const keyMap = new Map(found.map((c, i) => [c.key, concerns[i]!.key]));
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
  /**
   * Code each child and worker as the pseudonymised report does (so `chronology()` finds the child
   * by that code). The sample holds no name, birth date or free text in any case: a row is the
   * child, team, worker, plan types and a reason naming rules.
   */
  pseudonymiseKey?: string;
}

/** The reproducible case-file audit sample (SPEC §8) from an audit result and its export. */
export function sample(result: AuditResult, opts: SampleOptions): AuditSample {
  if (!Number.isInteger(opts.size) || opts.size < 1)
    throw new RangeError(`sample size must be a whole number of at least 1 (got ${opts.size})`);
  const seed = opts.seed ?? Number(result.asAt.replace(/-/g, ''));
  if (result.pseudonymised)
    throw new RangeError('sample() draws from an audit without pseudonymiseKey: give the key to sample() instead');
  const rng = new Rng(seed); // the generator's seeded sfc32: the same seed, the same draw, on any machine
  const drawn = drawSample(
    opts.export,
    parseIsoDay(result.asAt)!,
    result.asAt,
    result.children ?? [],
    opts.size,
    seed,
    () => rng.next(),
  );
  if (opts.pseudonymiseKey === undefined) return drawn;
  const code = idCoder(opts.pseudonymiseKey);
  return {
    ...drawn,
    rows: drawn.rows.map((r) => ({
      ...r,
      childId: code('C', r.childId),
      workerId: r.workerId === null ? null : code('W', r.workerId),
    })),
  };
}
