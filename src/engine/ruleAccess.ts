/**
 * A rule's table readers (`rows`, `has`, `columns` of its RuleContext), made once per export and
 * rule and handed to every context the rule gets: the headline and each of the trend points.
 *
 * Why once (issue 24): with trends a rule's `run` is called a dozen times and V8 optimises it,
 * inlining these small readers and checking that the function called is the one it saw. A fresh
 * closure per context failed that check at the next point, threw the optimised `run` away and had
 * it compiled again; the same functions at every point keep it.
 */
import type { LoadedExport } from '../model/export.js';
import type { TableName, TableRows } from '../model/tables.js';
import { columnsOf, hasTable } from '../load/tableColumns.js';
import type { AnyRule, RuleContext } from './rule.js';

export type RuleAccess = Pick<RuleContext<unknown>, 'rows' | 'has' | 'columns'>;

const made = new WeakMap<LoadedExport, WeakMap<AnyRule, RuleAccess>>();

/** The readers of the tables `rule` declares: any other table throws, as a rule may read only those. */
export function ruleAccess(ex: LoadedExport, rule: AnyRule): RuleAccess {
  let byRule = made.get(ex);
  if (!byRule) made.set(ex, (byRule = new WeakMap()));
  let access = byRule.get(rule);
  if (!access) byRule.set(rule, (access = makeAccess(ex, rule)));
  return access;
}

function makeAccess(ex: LoadedExport, rule: AnyRule): RuleAccess {
  const declared = new Set<TableName>([...rule.tables, ...(rule.optionalTables ?? [])]);
  const own = <T extends TableName>(t: T): T => {
    if (!declared.has(t)) throw new Error(`rule ${rule.id} reads the ${t} table without declaring it`);
    return t;
  };
  return {
    rows: <T extends TableName>(t: T) => (ex.tables[own(t)] ?? []) as readonly TableRows[T][],
    has: (t) => hasTable(ex, own(t)),
    columns: (t) => columnsOf(ex, own(t)),
  };
}

/**
 * Each rule's store of date-free values (RuleContext.shared) and the one `shared` function that
 * reads it, handed to the headline and every trend point (a fresh function per context cost a
 * recompile of `run` at each point, as above).
 */
export class SharedStores {
  private readonly values = new Map<string, Map<string, unknown>>();
  private readonly fns = new Map<string, RuleContext<unknown>['shared']>();

  of(ruleId: string): RuleContext<unknown>['shared'] {
    let fn = this.fns.get(ruleId);
    if (!fn) {
      const values = new Map<string, unknown>();
      this.values.set(ruleId, values);
      fn = <V>(name: string, build: () => V): V => {
        if (!values.has(name)) values.set(name, build());
        return values.get(name) as V;
      };
      this.fns.set(ruleId, fn);
    }
    return fn;
  }

  /** Lets go of a rule's values: each is built again if asked for. */
  clear(ruleId: string): void {
    this.values.get(ruleId)?.clear();
  }
}
