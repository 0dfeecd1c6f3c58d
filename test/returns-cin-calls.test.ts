/**
 * The census scanner calls the record builder's `enter` and `close` only for the names that ask
 * for them (CinRecords.calls, ScanSink.calls): every other name's call must change nothing, or the
 * scanner and the generic reader (which calls both for every element) would build different records.
 */
import { describe, expect, it } from 'vitest';
import { CIN_ELEMENTS } from '../src/load/returns/cinCensusSchema.js';
import { CinRecords } from '../src/load/returns/cinRecords.js';
import { SINK_CLOSE, SINK_ENTER } from '../src/load/returns/cinScanTexts.js';
import { NO_DAY } from '../src/load/returns/types.js';

/** The builder's state, less its cache of shared texts (a cache: filled by any leaf, read by none). */
function state(r: CinRecords): string {
  return JSON.stringify(r, (k, v: unknown) =>
    k === 'shared' ? undefined : v instanceof Map || v instanceof Set ? [...v] : v,
  );
}

/** A builder part-way through a child, a referral and a CP plan, so every record field is live. */
function midChild(): CinRecords {
  const r = new CinRecords();
  let line = 1;
  for (const n of ['Message', 'Children', 'Child', 'ChildIdentifiers']) r.open(n, line++);
  r.close('LAchildID', 'ChildIdentifiers', true, 'C1', line++);
  for (const n of ['CINdetails', 'ChildProtectionPlans']) r.open(n, line++);
  r.close('CPPstartDate', 'ChildProtectionPlans', true, '2024-01-02', line++);
  return r;
}

const PARENTS = [undefined, 'Message', 'Header', 'CollectionDetails', 'Child', 'CINdetails', 'ChildProtectionPlans', 'Section47'];

describe('the census record builder: the calls it needs', () => {
  const names = [...CIN_ELEMENTS, 'UnknownThing', 'Reviews', 'Disabilities'];

  it('asks for start tags only where enter reads them, and enter changes nothing for the rest', () => {
    const asked = names.filter((n) => (new CinRecords().calls(n) & SINK_ENTER) !== 0).sort();
    expect(asked).toEqual(['Assessments', 'CINPlanDates', 'CINdetails', 'Child', 'ChildProtectionPlans', 'Section47']);
    for (const n of names) {
      if (asked.includes(n)) continue;
      const r = midChild();
      const before = state(r);
      r.enter(n, 99);
      expect(state(r), n).toBe(before);
    }
  });

  it('asks for end tags only where close reads them, and close changes nothing for the rest', () => {
    const skipped = names.filter((n) => (new CinRecords().calls(n) & SINK_CLOSE) === 0);
    // The containers and the leaves no canonical table takes: most of a census's other end tags.
    for (const n of ['ChildIdentifiers', 'ChildCharacteristics', 'Disabilities', 'Reviews', 'ICPCnotRequired'])
      expect(skipped).toContain(n);
    for (const n of skipped)
      for (const parent of PARENTS)
        for (const inChildren of [true, false]) {
          const r = midChild();
          const before = state(r);
          r.close(n, parent, inChildren, '2024-02-03', 99, NO_DAY);
          expect(state(r), `${n} in ${parent}`).toBe(before);
        }
  });

  it('close does change the builder for a name it asks for (the check above can see a change)', () => {
    const r = midChild();
    const before = state(r);
    r.close('CPPendDate', 'ChildProtectionPlans', true, '2024-02-03', 99, NO_DAY);
    expect(state(r)).not.toBe(before);
  });
});
