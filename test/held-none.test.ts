/**
 * Issue 24: the worker scoring the supervision text keeps it to itself for an audit and hands
 * back only the text of the records that can be evidence, for the HTML and PDF excerpts. When no
 * output of the audit shows an excerpt (JSON, CSV, Markdown; or pseudonymised), it hands back no
 * text at all (auditFor.excerpts false), and the audit is the same.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreparedTexts } from '../rules/lib/supervisionHeld.js';
import { audit, loadExport } from '../src/api.js';
import { generateExport } from '../src/generate/index.js';
import { parseIsoDay } from '../src/model/day.js';
import { showsExcerpts } from '../src/report/index.js';
import { renderJson } from '../src/report/json.js';

const AS_AT = '2024-03-31';
let dir: string;
let council: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseaudit-held-none-'));
  council = join(dir, 'council');
  await generateExport({ out: council, seed: 7, children: 1200, asAt: parseIsoDay(AS_AT)! });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The worker's prepared value for supervision-quality, the export loaded for an audit on two threads. */
async function workerValue(excerpts?: boolean) {
  const ex = await loadExport(council, {
    auditFor: { asAt: AS_AT, threads: true, rulesOnly: true, ...(excerpts === undefined ? {} : { excerpts }) },
  });
  const value = ex.prepared!.take('supervision-quality')!.value as PreparedTexts;
  return { ex, value };
}

describe('no held supervision text when no output shows an excerpt', () => {
  it('tells the formats that show excerpts: the HTML and the PDF, unless excerpts are off', () => {
    expect(showsExcerpts(['json'], { excerpts: true })).toBe(false);
    expect(showsExcerpts(['json', 'csv', 'md', 'junit'], { excerpts: true })).toBe(false);
    expect(showsExcerpts(['json', 'html'], { excerpts: true })).toBe(true);
    expect(showsExcerpts(['pdf'], { excerpts: true })).toBe(true);
    expect(showsExcerpts(['html', 'pdf'], { excerpts: false })).toBe(false);
  });

  it('hands back no text with excerpts false, the held text otherwise, and the same audit', async () => {
    const none = await workerValue(false);
    expect(none.value.bits.length).toBeGreaterThan(1000);
    expect(none.value.heldText).toBeUndefined();
    expect(none.value.heldRows).toBeUndefined();
    const held = await workerValue();
    expect(held.value.heldRows!.length).toBeGreaterThan(50);
    expect(held.value.heldText!.length).toBeGreaterThan(1000);
    // The rows the main thread has carry no text either way.
    expect(none.ex.tables.supervisions!.every((r) => r.recordText === null && r.actions === null)).toBe(true);
    // The scores are the same, and so is the audit (rerun each time: take gives one answer).
    expect(none.value.bits).toEqual(held.value.bits);
    expect(none.value.similarity).toEqual(held.value.similarity);
    const again = async (excerpts?: boolean) => renderJson(audit((await workerValue(excerpts)).ex, { asAt: AS_AT }));
    const single = await loadExport(council, { auditFor: { asAt: AS_AT, threads: false } });
    expect(await again(false)).toBe(renderJson(audit(single, { asAt: AS_AT })));
  });
});
