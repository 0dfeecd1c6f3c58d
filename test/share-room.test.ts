/**
 * Issue 24: after trend points the main thread takes supervision parts back from the worker only
 * while the process's resident memory is under a line (ShareHelp.room, src/engine/prepareShare.ts):
 * asked before the ask (with room for the offer's packing and the scorer's making) and before each
 * part it takes. Wherever the line stops it, the joined value is the whole scorer's; without trends
 * the share is not bounded, as before.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { scoreShare, scoringParts } from '../rules/lib/scoreShare.js';
import type { PreparedTexts } from '../rules/lib/supervisionHeld.js';
import { audit, loadExport } from '../src/api.js';
import {
  ASK_MB,
  computeShared,
  helpWith,
  PART_MB,
  roomToAsk,
  SHARE_RSS_LINE_MB,
  underRss,
} from '../src/engine/prepareShare.js';
import { generateExport } from '../src/generate/index.js';
import type { PreparedSource, PrepareShare, ShareHelp } from '../src/model/export.js';
import { parseIsoDay } from '../src/model/day.js';
import type { SupervisionRow } from '../src/model/tables.js';
import { renderJson } from '../src/report/json.js';

const AS_AT = '2024-03-31';
const MB = 1024 * 1024;
let dir: string;
let council: string;
let rows: SupervisionRow[];
let options: Record<string, unknown>;
let whole: PreparedTexts;

const rule = RULES.find((r) => r.id === 'supervision-quality')!;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseaudit-share-room-'));
  council = join(dir, 'council');
  await generateExport({ out: council, seed: 31, children: 1200, asAt: parseIsoDay(AS_AT)! });
  const ex = await loadExport(council);
  rows = ex.tables.supervisions!;
  options = rule.options.parse({}) as Record<string, unknown>;
  whole = rule.prepare!.compute(rows as never, options, true) as PreparedTexts;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const FIELDS = ['bits', 'previous', 'similarity', 'heldRows', 'heldEnds', 'heldNulls', 'heldText'] as const;

/**
 * The worker's side and the main thread's in one thread (as test/score-share.test.ts): asked
 * before part 2, the main thread takes offered parts from the last down while `room` allows.
 */
function sharedWithRoom(room: ShareHelp['room']): { value: PreparedTexts; mainParts: number; parts: number } {
  const share = { ...scoreShare, parts: (r: readonly SupervisionRow[]) => scoringParts(r, 60) } as PrepareShare;
  const mainRows = rows.map((r) => ({ ...r, recordText: null, actions: null }));
  let p = 0;
  let mine: { value: unknown; parts: number } | null = null;
  const worker = computeShared(
    share,
    rows,
    options,
    true,
    () => p++ >= 2,
    (offer) => {
      mine = helpWith(offer, { share, rows: mainRows, ...(room ? { room } : {}) }, options, true);
    },
  );
  const got = mine as { value: unknown; parts: number } | null;
  return {
    value: (got ? share.join(worker, got.value) : worker) as PreparedTexts,
    mainParts: got?.parts ?? 0,
    parts: scoringParts(rows, 60).starts.length - 1,
  };
}

describe('the main thread’s share bounded by the memory line', () => {
  it('says there is room only while resident memory and what a step adds stay under the line', () => {
    let rss = 0;
    const room = underRss(SHARE_RSS_LINE_MB, () => rss);
    rss = (SHARE_RSS_LINE_MB - ASK_MB - 1) * MB;
    expect(room(ASK_MB)).toBe(true);
    expect(roomToAsk({ share: scoreShare as PrepareShare, rows: [], room })).toBe(true);
    rss = (SHARE_RSS_LINE_MB - ASK_MB + 1) * MB;
    expect(room(ASK_MB)).toBe(false);
    expect(roomToAsk({ share: scoreShare as PrepareShare, rows: [], room })).toBe(false);
    // There is still room for a part, which adds less than the ask.
    expect(room(PART_MB)).toBe(true);
    rss = (SHARE_RSS_LINE_MB - PART_MB + 1) * MB;
    expect(room(PART_MB)).toBe(false);
    // No line: always room, as without trends.
    expect(roomToAsk({ share: scoreShare as PrepareShare, rows: [] })).toBe(true);
    // The line is under the 600 MB with the room a step needs.
    expect(SHARE_RSS_LINE_MB + PART_MB).toBeLessThanOrEqual(600);
  });

  it('takes parts only while there is room, and the joined value is the whole scorer’s', () => {
    const free = sharedWithRoom(undefined);
    expect(free.parts).toBeGreaterThanOrEqual(10);
    expect(free.mainParts).toBeGreaterThan(3);
    for (const allowed of [0, 1, 3]) {
      let looks = 0;
      const looked: number[] = [];
      const { value, mainParts } = sharedWithRoom((mb) => {
        looked.push(mb);
        return looks++ < allowed;
      });
      // One look before each part taken and one that stopped it; each asks for a part's room.
      expect(mainParts).toBe(allowed);
      expect(looked).toEqual(Array.from({ length: allowed + 1 }, () => PART_MB));
      for (const field of FIELDS) expect(value[field], `${field}, ${allowed} parts allowed`).toEqual(whole[field]);
    }
  });

  it('gives the audit a memory line after trend points and none without trends, with the same findings', async () => {
    const plain = await loadExport(council);
    const expected = renderJson(audit(plain, { asAt: AS_AT }));
    const expectedNoTrends = renderJson(audit(plain, { asAt: AS_AT, trends: false }));
    // A worker still scoring, which gives no answer: the audit computes the value itself.
    const helps: (ShareHelp | undefined)[] = [];
    const waiting = (): PreparedSource => ({
      computing: (id) => id === 'supervision-quality' && helps.length === 0,
      take: (_id, help) => {
        helps.push(help);
        return undefined;
      },
      withheld: () => [],
    });
    const ex = await loadExport(council);
    ex.prepared = waiting();
    expect(renderJson(audit(ex, { asAt: AS_AT }))).toBe(expected);
    expect(helps.length).toBe(1);
    const room = helps[0]!.room!;
    expect(typeof room).toBe('function');
    // The line is the process's resident memory: no step fits a thousand GB, every step fits a line raised as far.
    expect(room(1e6)).toBe(false);
    expect(room(-1e6)).toBe(true);
    helps.length = 0;
    const ex2 = await loadExport(council);
    ex2.prepared = waiting();
    expect(renderJson(audit(ex2, { asAt: AS_AT, trends: false }))).toBe(expectedNoTrends);
    expect(helps.length).toBe(1);
    expect(helps[0]).toBeDefined();
    expect(helps[0]!.room).toBeUndefined();
  });
});
