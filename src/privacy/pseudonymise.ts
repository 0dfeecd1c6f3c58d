/**
 * Pseudonymisation (`--pseudonymise`): a pure function from an AuditResult to a copy in which
 * every record id is a keyed code, dates of birth are month-only, and names and free-text
 * excerpts are gone. The CLI applies it before any renderer runs, so every output format is
 * covered by construction.
 *
 * Codes are `<prefix>-` + the first 12 hex characters of HMAC-SHA256(key, `<prefix>:<raw id>`):
 * the same key gives the same code in every run (trends and baselines still line up), and
 * without the key a code cannot be turned back into an id by trying likely ids. Children get
 * `C-`, workers and supervisors `W-` (one namespace, so a supervisor who is also a worker keeps
 * one code). Plan, assessment, referral, section 47, supervision and contact ids are coded too
 * (`P-`, `A-`, `R-`, `S-`, `V-`, `K-`): they are keys into the council's case system and lead
 * straight back to the child.
 *
 * The copy is a new object, so `excerptsOf(copy)` is empty: excerpts are never shown.
 */
import { createHmac } from 'node:crypto';
import type {
  AuditResult,
  Breakdown,
  ChildProfile,
  EvidenceColumn,
  EvidenceRow,
  EvidenceValue,
  Finding,
  RuleResult,
} from '../engine/types.js';
import type { IdKind } from '../engine/rule.js';
import { type NamedIds, namedIdsOf } from '../engine/namedIds.js';
import type { IssueGroup } from '../load/issues.js';
import { checkKey } from './pseudonymKey.js';
import { codeNamedLists, scrubDeep } from './scrubIds.js';

// The key's checks moved to their own module; re-exported so importers keep their paths.
export { MIN_KEY_LENGTH, PseudonymKeyError, checkKey, keyFromFileText, readPseudonymKey } from './pseudonymKey.js';

/** Which prefix an id field gets, by its name (case-insensitive suffix). */
const ID_PREFIXES: readonly [suffix: string, prefix: string][] = [
  ['childid', 'C'],
  ['workerid', 'W'],
  ['supervisorid', 'W'],
  ['managerid', 'W'],
  ['planid', 'P'],
  ['assessmentid', 'A'],
  ['referralid', 'R'],
  ['s47id', 'S'],
  ['supervisionid', 'V'],
  ['contactid', 'K'],
];
/** Fields left out entirely: names and free text (SPEC: children's data is special-category). */
const DROPPED = /(name|excerpt|recordtext|notes?|freetext)$/i;
const BIRTH = /(dateofbirth|dob|birthdate)$/i;

function prefixFor(field: string, declaredId: boolean): string | null {
  const f = field.toLowerCase();
  for (const [suffix, prefix] of ID_PREFIXES) if (f.endsWith(suffix)) return prefix;
  return declaredId && f !== 'team' && f !== 'key' ? 'X' : null;
}

class Coder {
  /** raw id → code, for every id met; used to scrub ids out of keys and prose. */
  readonly seen = new Map<string, string>();
  /** raw evidence key → coded key, so a child profile's concern keys match the coded evidence. */
  readonly keys = new Map<string, string>();
  constructor(private readonly key: string) {}

  code(prefix: string, raw: string): string {
    const c = `${prefix}-${createHmac('sha256', this.key).update(`${prefix}:${raw}`).digest('hex').slice(0, 12)}`;
    this.seen.set(raw, c);
    return c;
  }
}

/**
 * A coder for other views of the same run (a child's chronology): the same codes as pseudonymise()
 * gives with the same key.
 */
export function idCoder(key: string): (prefix: string, raw: string) => string {
  const coder = new Coder(checkKey(key));
  return (prefix, raw) => coder.code(prefix, raw);
}

function monthOnly(v: EvidenceValue): EvidenceValue {
  return typeof v === 'string' && /^\d{4}-\d{2}/.test(v) ? v.slice(0, 7) : null;
}

/** Replaces `/raw` segments in a stable key (ids may themselves hold `/`, so longest first). */
function codeKey(key: string, pairs: readonly [string, string][]): string {
  let out = key;
  for (const [raw, code] of [...pairs].sort((a, b) => b[0].length - a[0].length)) {
    out = out.split(`/${raw}/`).join(`/${code}/`);
    if (out.endsWith(`/${raw}`)) out = `${out.slice(0, out.length - raw.length)}${code}`;
  }
  return out;
}

function codeRow(
  row: EvidenceRow,
  idColumns: ReadonlySet<string>,
  coder: Coder,
  codeKeyOf: (key: string) => string = (k) => k,
): EvidenceRow {
  const pairs: [string, string][] = [];
  const out: Record<string, EvidenceValue> = {};
  for (const [field, value] of Object.entries(row)) {
    if (field === 'key') continue;
    if (DROPPED.test(field)) continue;
    if (BIRTH.test(field)) {
      out[field] = monthOnly(value);
      continue;
    }
    const prefix = prefixFor(field, idColumns.has(field));
    if (prefix && (typeof value === 'string' || typeof value === 'number')) {
      const raw = String(value);
      const code = coder.code(prefix, raw);
      pairs.push([raw, code]);
      out[field] = code;
    } else {
      out[field] = value;
    }
  }
  const coded = codeKeyOf(codeKey(row.key, pairs));
  coder.keys.set(row.key, coded);
  return { key: coded, ...out };
}

function codeColumns(columns: readonly EvidenceColumn[]): EvidenceColumn[] {
  return columns
    .filter((c) => !DROPPED.test(c.key))
    .map((c) => {
      if (BIRTH.test(c.key)) return { ...c, type: 'text' as const, label: `${c.label} (month)` };
      if (prefixFor(c.key, c.type === 'id')) return { ...c, type: 'id' as const };
      return { ...c };
    });
}

function idSet(columns: readonly EvidenceColumn[]): Set<string> {
  return new Set(columns.filter((c) => c.type === 'id').map((c) => c.key));
}

function codeFinding(f: Finding, coder: Coder, subjects: ReadonlyMap<string, IdKind>): Finding {
  const ids = idSet(f.columns);
  const keyOf = (k: string) => codeKeyBySubject(k, subjects, coder);
  const out: Finding = {
    ...f,
    columns: codeColumns(f.columns),
    evidence: f.evidence.map((r) => codeRow(r, ids, coder, keyOf)),
  };
  // A suppression's reason is free text and `who` a name: both withheld, the expiry kept.
  if (f.suppressed)
    out.suppressed = f.suppressed.map((s) => ({
      ...s,
      row: codeRow(s.row, ids, coder, keyOf),
      reason: WITHHELD,
      who: WITHHELD,
    }));
  return out;
}

function codeBreakdown(b: Breakdown, coder: Coder): Breakdown {
  const ids = idSet(b.columns);
  return { ...b, columns: codeColumns(b.columns), rows: b.rows.map((r) => codeRow(r, ids, coder)) };
}

/**
 * Data-quality examples keep their place (file, line, column) — enough for the key holder to find
 * the row — but not the cell value, which may be an id or a date of birth. A header is kept only
 * when it looks like a header (no digits) and its table's header row was recognised: a file
 * without a header row (its required columns "missing") has data in its first line, names
 * included, so every header-derived string of that table is withheld (issue 19).
 */
const HEADERISH = /^[^\d]{0,60}$/;
const WITHHELD = '(withheld)';
function headerText(text: string, suspect: boolean): string {
  return text === '' ? '' : !suspect && HEADERISH.test(text) ? text : WITHHELD;
}

/** Tables whose first line may not be a header: a required column was not found in it. */
function suspectHeaders(issues: readonly IssueGroup[]): Set<string> {
  return new Set(issues.filter((g) => g.code === 'missing-required-column').map((g) => g.table));
}

function codeIssue(g: IssueGroup, suspect: boolean): IssueGroup {
  const keepValue = g.level === 'file' || (g.level === 'header' && g.code !== 'missing-required-column' && !suspect);
  // A missing required column names the canonical column, never one of the file's cells.
  const column = g.code === 'missing-required-column' ? g.column : headerText(g.column, suspect);
  return {
    ...g,
    column,
    examples: g.examples.map((e) => ({
      ...e,
      column: g.code === 'missing-required-column' ? e.column : headerText(e.column, suspect),
      value: keepValue && HEADERISH.test(e.value) ? e.value : e.value === '' ? '' : WITHHELD,
    })),
  };
}

/**
 * The data-quality rule's evidence repeats each issue group's column and first value: both are
 * replaced by the coded group's, and the key (which holds the column) follows.
 */
function codeDataQualityFinding(f: Finding, coded: ReadonlyMap<string, IssueGroup>): Finding {
  if (f.id !== 'data-quality-issues') return f;
  const recode = (row: EvidenceRow): EvidenceRow => {
    const g = coded.get(row.key);
    if (!g) return { ...row, value: row.value === null ? null : WITHHELD };
    return {
      ...row,
      key: `data-quality/${g.table}/${g.code}/${g.column}`,
      column: g.column,
      value: g.examples[0]?.value ?? null,
    };
  };
  return {
    ...f,
    evidence: f.evidence.map(recode),
    ...(f.suppressed ? { suppressed: f.suppressed.map((s) => ({ ...s, row: recode(s.row) })) } : {}),
  };
}

/**
 * The id kind in each evidence-key shape of the shared contract (`<rule>/<kind>/<id>[/…]`), for
 * keys that arrive without their row (a baseline's "no longer flagged" list). Team keys are absent.
 */
/** The code prefix of each kind of id an evidence key can name; teams and tables are not coded. */
const SUBJECT_PREFIX: Readonly<Record<IdKind, string | null>> = {
  child: 'C',
  plan: 'P',
  worker: 'W',
  assessment: 'A',
  referral: 'R',
  s47: 'S',
  supervision: 'V',
  team: null,
  table: null,
};

/** Thrown when an evidence key belongs to no finding the rules declare: it is never passed through. */
export class UnknownKeyError extends Error {}

/**
 * Codes the id in a finding's evidence key by the subject its finding declares (rule.findings).
 * A late-review key ends in a date, which stays. A key no finding declares is an error: passing it
 * through unchanged could leak an id the moment a rule is added.
 */
function codeKeyBySubject(key: string, subjects: ReadonlyMap<string, IdKind>, coder: Coder, strict = true): string {
  const parts = key.split('/');
  const subject = subjects.get(`${parts[0]}/${parts[1]}`) ?? subjects.get(`${parts[0]}/*`);
  // A baseline from an older version may hold keys of a finding since renamed: code its id anyway.
  if (subject === undefined && strict)
    throw new UnknownKeyError(
      `--pseudonymise: no rule declares evidence keys of the form ${parts[0]}/${parts[1] ?? ''}/…`,
    );
  const prefix = subject === undefined ? 'X' : SUBJECT_PREFIX[subject];
  if (!prefix || parts.length < 3) return key;
  const hasDate = /^\d{4}-\d{2}-\d{2}$/.test(parts[parts.length - 1]!) && parts.length > 3;
  const idEnd = hasDate ? parts.length - 1 : parts.length;
  const raw = parts.slice(2, idEnd).join('/');
  if (/^[A-Z]-[0-9a-f]{12}$/.test(raw)) return key; // already a code
  return [parts[0], parts[1], coder.code(prefix, raw), ...parts.slice(idEnd)].join('/');
}

/** A child profile with the child and worker coded; its summaries hold no ids or free text (src/engine/children.ts). */
function codeProfile(p: ChildProfile, coder: Coder, subjects: ReadonlyMap<string, IdKind>): ChildProfile {
  return {
    ...p,
    childId: coder.code('C', p.childId),
    workerId: p.workerId === null ? null : coder.code('W', p.workerId),
    concerns: p.concerns.map((c) => ({ ...c, key: coder.keys.get(c.key) ?? codeKeyBySubject(c.key, subjects, coder) })),
  };
}

/**
 * Concerns with their evidence keys coded as pseudonymise() codes a profile's (for one child's
 * chronology, which need not code a whole result to name them).
 */
export function codeConcernKeys<C extends { key: string }>(
  concerns: readonly C[],
  key: string,
  subjects: ReadonlyMap<string, IdKind>,
): C[] {
  const coder = new Coder(checkKey(key));
  return concerns.map((c) => ({ ...c, key: codeKeyBySubject(c.key, subjects, coder) }));
}

/**
 * A rule's notes and limitations with the ids it names there and in no evidence row (namedIdsOf)
 * coded; the coder then knows them, so the net codes them anywhere else too.
 */
function codeNamed(r: RuleResult, named: NamedIds, coder: Coder): RuleResult {
  const codes = new Map<string, string>();
  for (const [kind, ids] of Object.entries(named) as [IdKind, readonly string[]][]) {
    const prefix = SUBJECT_PREFIX[kind];
    if (prefix) for (const id of ids) codes.set(id, coder.code(prefix, id));
  }
  if (codes.size === 0) return r;
  const metrics = Object.fromEntries(
    Object.entries(r.metrics).map(([k, m]) => [k, m.note ? { ...m, note: codeNamedLists(m.note, codes) } : m]),
  );
  return { ...r, metrics, limitations: r.limitations.map((l) => codeNamedLists(l, codes)) };
}

/**
 * `subjects` maps each finding's key segment to what its id names (ruleFacts.keySubjects of the
 * registry the audit ran with).
 */
export function pseudonymise(result: AuditResult, key: string, subjects: ReadonlyMap<string, IdKind>): AuditResult {
  const coder = new Coder(checkKey(key));
  const suspect = suspectHeaders(result.dataQuality.issues);
  const issues = result.dataQuality.issues.map((g) => codeIssue(g, suspect.has(g.table)));
  const byKey = new Map(
    result.dataQuality.issues.map((g, i) => [`data-quality/${g.table}/${g.code}/${g.column}`, issues[i]!]),
  );
  const rules: RuleResult[] = result.rules.map((r) =>
    codeNamed(
      {
        ...r,
        findings: r.findings.map((f) => codeFinding(codeDataQualityFinding(f, byKey), coder, subjects)),
        breakdowns: r.breakdowns.map((b) => codeBreakdown(b, coder)),
      },
      namedIdsOf(r),
      coder,
    ),
  );
  const out: AuditResult = {
    ...result,
    rules,
    dataQuality: {
      ...result.dataQuality,
      tables: result.dataQuality.tables.map((t) => ({
        ...t,
        columnsIgnored: t.columnsIgnored.map((c) => headerText(c, suspect.has(t.table))),
      })),
      issues,
    },
    pseudonymised: true,
  };
  // Profiles after the findings, so each concern key is the code its evidence row got.
  if (result.children) out.children = result.children.map((p) => codeProfile(p, coder, subjects));
  if (result.baseline) {
    const b = result.baseline;
    out.baseline = {
      ...b,
      rules: Object.fromEntries(
        Object.entries(b.rules).map(([id, c]) => [
          id,
          {
            newlyFlagged: c.newlyFlagged.map((k) => codeKeyBySubject(k, subjects, coder, false)),
            noLongerFlagged: c.noLongerFlagged.map((k) => codeKeyBySubject(k, subjects, coder, false)),
            newlyFlaggedChildren: c.newlyFlaggedChildren.map((x) => coder.code('C', x)),
            noLongerFlaggedChildren: c.noLongerFlaggedChildren.map((x) => coder.code('C', x)),
          },
        ]),
      ),
      ...(b.children
        ? {
            children: {
              newlyTracked: b.children.newlyTracked.map((x) => coder.code('C', x)),
              noLongerTracked: b.children.noLongerTracked.map((x) => coder.code('C', x)),
            },
          }
        : {}),
    };
  }
  // Last, any id met above is replaced wherever else it appears as a whole word (finding messages,
  // notes, limitations): rules write prose freely, so this is the net under them.
  return scrubDeep(out, coder.seen);
}
