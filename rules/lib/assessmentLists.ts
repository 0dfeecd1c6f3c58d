/**
 * assessment-timeliness's pass over the assessments (rules/assessment-timeliness.ts): one pass
 * puts each assessment in every list it belongs to, in row order, and counts its team's figures
 * for the breakdown (issue 24: a filter per list and a Set lookup per team row walked the 42,000
 * assessments of a 1.1M-row export about ten times).
 *
 * A module function, not a loop in the rule's `run` (issue 24): `run` is called once per trend
 * point, and V8 compiled a `run` holding this loop again at several points; a small function
 * with one loop is compiled once or twice and kept.
 */
import { wd } from '../../src/model/calendar.js';
import type { Day } from '../../src/model/day.js';
import { NO_DAY, type TableColumns } from '../../src/load/tableColumns.js';
import { teamLabel } from './teams.js';

/** An assessment listed in a finding: made from the columns only for the rows listed (issue 24). */
export interface Placed {
  line: number;
  assessmentId: string;
  childId: string | null;
  team: string | null;
  workerId: string | null;
  startDate: Day;
  completionDate: Day | null;
  seenDate: Day | null;
  seenAloneDate: Day | null;
}

/** One team's figures for the breakdown: each late, overdue, unseen or not-alone assessment counted once. */
export interface TeamCounts {
  completed: number;
  late: number;
  overdue: number;
  started: number;
  notSeen: number;
  notAlone: number;
}

function noCounts(): TeamCounts {
  return { completed: 0, late: 0, overdue: 0, started: 0, notSeen: 0, notAlone: 0 };
}

function teamCounts(teams: Map<string, TeamCounts>, team: string | null): TeamCounts {
  const label = teamLabel(team);
  let t = teams.get(label);
  if (t === undefined) teams.set(label, (t = noCounts()));
  return t;
}

// Module functions, not closures made per call: see above.
function within(d: Day | null, start: Day, end: Day): d is Day {
  return d !== null && d >= start && d <= end;
}

function day(d: number): Day | null {
  return d === NO_DAY ? null : d;
}

export interface AssessmentLists {
  placedCount: number;
  skipped: number;
  completedCount: number;
  startedCount: number;
  late: Placed[];
  overdue: Placed[];
  notSeenInTime: Placed[];
  notAlone: Placed[];
}

/**
 * The assessments with an id and start date (`placedCount`; the others `skipped`), those
 * completed and started in the period (to as-at), and the lists: completed late, open and
 * overdue, not seen in time, not seen alone. Each team's figures go to `teams` when given.
 */
export function assessmentLists(
  cols: TableColumns<'assessments'>,
  teams: Map<string, TeamCounts> | null,
  periodStart: Day,
  asAt: Day,
  o: { maxWorkingDays: number; seenWithinWorkingDays: number },
): AssessmentLists {
  let placedCount = 0,
    skipped = 0,
    completedCount = 0,
    startedCount = 0;
  const late: Placed[] = [],
    overdue: Placed[] = [],
    notSeenInTime: Placed[] = [],
    notAlone: Placed[] = [];
  const sink = noCounts();
  // Read as typed columns (no assessment rows kept); a row is made into a Placed only when a
  // list takes it.
  // The table's own ids are held as numbers: each is spelt only when read (tableColumns.ts).
  const assessmentIdAt = cols.text('assessmentId'),
    noAssessmentId = cols.blank('assessmentId'),
    childIds = cols.strings('childId'),
    teamNames = cols.strings('team'),
    workerIds = cols.strings('workerId'),
    starts = cols.days('startDate'),
    completions = cols.days('completionDate'),
    seens = cols.days('seenDate'),
    seenAlones = cols.days('seenAloneDate'),
    lines = cols.lines;
  for (let i = 0; i < cols.count; i++) {
    const startDate = starts[i]!;
    if (noAssessmentId(i) || startDate === NO_DAY) {
      skipped++;
      continue;
    }
    const completionDate = day(completions[i]!),
      seenDate = day(seens[i]!);
    let placed: Placed | null = null;
    const a = (): Placed =>
      (placed ??= {
        line: lines[i]!,
        assessmentId: assessmentIdAt(i)!,
        childId: childIds[i]!,
        team: teamNames[i]!,
        workerId: workerIds[i]!,
        startDate,
        completionDate,
        seenDate,
        seenAloneDate: day(seenAlones[i]!),
      });
    placedCount++;
    const t = teams === null ? sink : teamCounts(teams, teamNames[i]!);
    if (within(completionDate, periodStart, asAt)) {
      completedCount++;
      t.completed++;
      if (wd(startDate, completionDate) > o.maxWorkingDays) {
        late.push(a());
        t.late++;
      }
      if (seenAlones[i] === NO_DAY) {
        notAlone.push(a());
        t.notAlone++;
      }
    } else if (completionDate === null && wd(startDate, asAt) > o.maxWorkingDays) {
      overdue.push(a());
      t.overdue++;
    }
    if (within(startDate, periodStart, asAt)) {
      startedCount++;
      t.started++;
      if (!(seenDate !== null && wd(startDate, seenDate) <= o.seenWithinWorkingDays)) {
        notSeenInTime.push(a());
        t.notSeen++;
      }
    }
  }
  return { placedCount, skipped, completedCount, startedCount, late, overdue, notSeenInTime, notAlone };
}
