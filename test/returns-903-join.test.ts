import { describe, expect, it } from 'vitest';
import { DataQualityLog } from '../src/load/issues.js';
import { isoDate } from '../src/load/returns/ids.js';
import { type Episode, periodsOfCare } from '../src/load/returns/ssda903Periods.js';

/** An episode as episodesOf reads it from a line of a 903 episodes file. */
const ep = (line: number, child: string, decom: string, dec: string, rec: string, file = 'e.csv'): Episode => {
  const from = isoDate(decom);
  return { key: `${child}@${from ?? `line${line}`}`, line, child, decom, dec, rec, file, from, to: isoDate(dec) };
};

// Three children in file order (by child, then start): C1 two periods (X1 continues the first,
// with a gap), C2 an open episode overlapped by the next, C3 one period; C0 has a bad start.
const inOrder: Episode[] = [
  ep(2, 'C0', 'not a date', '', ''),
  ep(3, 'C1', '01/04/2023', '10/05/2023', 'X1'),
  ep(4, 'C1', '12/05/2023', '01/09/2023', 'E11'),
  ep(5, 'C1', '01/10/2023', '', ''),
  ep(6, 'C2', '01/06/2023', '', ''),
  ep(7, 'C2', '01/07/2023', '01/08/2023', 'E13'),
  ep(8, 'C3', '15/01/2024', '20/02/2024', 'E4A'),
];

const join = (episodes: Episode[]) => {
  const dq = new DataQualityLog();
  const { plans, periods } = periodsOfCare(episodes, dq);
  return {
    periods: periods.map((p) => [p.id, p.start, p.end, p.line]),
    plans: [...plans.values()].flatMap((t) => t.records.map((r) => ('cells' in r ? r.cells : r.values))),
    issues: dq.issueGroups().map((g) => [g.code, g.examples.map((e) => [e.line, e.value])]),
  };
};

describe('903 episodes joined into periods of care', () => {
  it('joins episodes listed by child and start in one pass, with the gap and overlap they hold', () => {
    const got = join(inOrder);
    expect(got.periods).toEqual([
      ['CLA-C0-line2', 'not a date', '', 2],
      ['CLA-C1-2023-04-01', '01/04/2023', '01/09/2023', 3],
      ['CLA-C1-2023-10-01', '01/10/2023', '', 5],
      ['CLA-C2-2023-06-01', '01/06/2023', '01/08/2023', 6],
      ['CLA-C3-2024-01-15', '15/01/2024', '20/02/2024', 8],
    ]);
    expect(got.plans[1]).toEqual(['CLA-C1-2023-04-01', 'C1', 'cla', '01/04/2023', '01/09/2023']);
    expect(got.issues).toEqual([
      ['episode-gap', [[4, '12/05/2023']]],
      ['episode-overlap', [[7, '01/07/2023']]],
    ]);
  });

  it('gives the same periods, rows and issues for episodes in any order (years merged, hand-made files)', () => {
    const want = join(inOrder);
    const shuffled = [inOrder[5]!, inOrder[2]!, inOrder[6]!, inOrder[0]!, inOrder[4]!, inOrder[3]!, inOrder[1]!];
    expect(join(shuffled)).toEqual(want);
    expect(join([...inOrder].reverse())).toEqual(want);
  });
});
