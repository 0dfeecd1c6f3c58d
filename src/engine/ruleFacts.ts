/**
 * Facts derived from the rules' own declarations (rule.metrics, rule.findings), so nothing outside
 * a rule's module lists its findings or metrics: the pseudonymiser codes evidence keys by the
 * subject each finding declares, the generator's ground truth lists the registry's findings, and
 * the England figures are checked against the metrics that exist.
 */
import * as z from 'zod';
import type { AnyRule, IdKind } from './rule.js';

/** `rule/segment` → what the key's id names; `rule/*` when a finding's keys carry no fixed segment. */
export function keySubjects(rules: readonly AnyRule[]): Map<string, IdKind> {
  const out = new Map<string, IdKind>();
  for (const r of rules) for (const f of Object.values(r.findings)) out.set(`${r.id}/${f.key}`, f.subject);
  return out;
}

/**
 * What an evidence key `rule/<segment>/<id>[/<date>]` names, read by the subject its finding
 * declares (not by the key's shape): the segment, the subject and the id. A late-review key ends
 * in the review's due date, which is not part of the id. null for a key no finding declares.
 */
export function keyTarget(
  key: string,
  subjects: ReadonlyMap<string, IdKind>,
): { segment: string; subject: IdKind; id: string } | null {
  const parts = key.split('/');
  const segment = parts[1] ?? '';
  const subject = subjects.get(`${parts[0]}/${segment}`) ?? subjects.get(`${parts[0]}/*`);
  if (subject === undefined || parts.length < 3) return null;
  const dated = parts.length > 3 && /^\d{4}-\d{2}-\d{2}$/.test(parts[parts.length - 1]!);
  return { segment, subject, id: parts.slice(2, dated ? -1 : undefined).join('/') };
}

/**
 * The options a rule accepts that have no default (supervision-quality's `lexicon`), with their
 * JSON type: listed beside the defaults, since parsing `{}` leaves them out.
 */
export function optionsWithoutDefault(rule: AnyRule): { name: string; type: string }[] {
  const defaults = rule.options.parse({}) as Record<string, unknown>;
  const schema = z.toJSONSchema(rule.options, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, { type?: string }>;
  };
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => !(name in defaults))
    .map(([name, p]) => ({ name, type: p.type ?? 'any value' }));
}

/** Every `rule.metric` id the registry reports. */
export function metricIds(rules: readonly AnyRule[]): string[] {
  return rules.flatMap((r) => Object.keys(r.metrics).map((m) => `${r.id}.${m}`));
}

/**
 * What is inconsistent in the rules' declarations: a finding naming an undeclared metric, a
 * wildcard key segment on a finding whose keys name a person, a column need outside the rule's
 * tables. Empty when all is well (a test asserts it for the registry).
 */
export function factProblems(rules: readonly AnyRule[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(r.id)) problems.push(`${r.id}: two rules have this id`);
    ids.add(r.id);
    const tables = new Set<string>([...r.tables, ...(r.optionalTables ?? [])]);
    for (const [id, f] of Object.entries(r.findings)) {
      if (f.metric !== null && !(f.metric in r.metrics))
        problems.push(`${r.id}/${id}: informs metric ${f.metric}, which the rule does not declare`);
      if (f.key === '*' && f.subject !== 'team' && f.subject !== 'table')
        problems.push(`${r.id}/${id}: a key naming a ${f.subject} needs a fixed segment`);
    }
    for (const [m, needs] of Object.entries(r.metrics)) {
      for (const need of needs.needs) {
        for (const ref of typeof need === 'string' ? [need] : need) {
          if (!tables.has(ref.slice(0, ref.indexOf('.'))))
            problems.push(`${r.id}.${m}: needs ${ref}, outside the rule's tables`);
        }
      }
    }
  }
  return problems;
}
