/**
 * Issue 24 (peak memory): for an audit, the worker that scores the supervision text keeps it to
 * itself and the main thread gets rows without it, the scores, each record's similarity to the
 * child's previous record, and the text of the records that can be evidence. The answer, the HTML
 * excerpts and the chronology must be what they were; under --pseudonymise no text at all.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { scoreByChild } from '../rules/lib/supervisionPrevious.js';
import { followUp } from '../rules/lib/supervisionFollowUp.js';
import { CopyComparer, createScorer, loadLexicon, TEXT_BITS } from '../rules/lib/supervisionText.js';
import { hasText, isCaseRecord } from '../rules/lib/supervisionRecords.js';
import { audit, loadExport } from '../src/api.js';
import { preparedValue } from '../src/engine/prepare.js';
import { generateExport } from '../src/generate/index.js';
import { decodeRows, encodeRows } from '../src/load/rowColumns.js';
import { parseIsoDay } from '../src/model/day.js';
import type { SupervisionRow } from '../src/model/tables.js';
import { renderJson } from '../src/report/json.js';

const AS_AT = '2024-03-31';
const BIN = resolve('bin/caseaudit.js');
const KEY = 'a-test-key-of-at-least-thirty-two-characters';
let dir: string;
let council: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseaudit-held-'));
  council = join(dir, 'council');
  // About 7,800 supervision records: more than one chunk of scoreByChild (4,096).
  await generateExport({ out: council, seed: 24, children: 3000, asAt: parseIsoDay(AS_AT)! });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const textOf = (rows: readonly SupervisionRow[]) => (i: number) => {
  const r = rows[i]!;
  return isCaseRecord(r) && hasText(r) ? ([r.recordText, r.actions] as const) : null;
};

describe('scoring child by child (scoreByChild)', () => {
  it('gives the scores of the whole-table scorer and the similarity to the previous record by date, then line', async () => {
    const ex = await loadExport(council);
    // Reversed, so row order is not date order: the previous record is found by date and line.
    const rows = [...ex.tables.supervisions!].reverse();
    expect(rows.length).toBeGreaterThan(4096);
    const lex = loadLexicon();
    const got = scoreByChild(createScorer(lex), rows, textOf(rows));
    const whole = createScorer(lex).scoreTexts(rows.length, textOf(rows));
    // The previous record worked out the slow way: the child's scored, dated records sorted.
    const comparer = new CopyComparer();
    const expected = new Int32Array(rows.length).fill(-1);
    const similarity = new Float64Array(rows.length);
    const byChild = new Map<string, number[]>();
    rows.forEach((r, i) => {
      if (r.childId === null || r.supervisionDate === null || whole.bits[i] === 0) return;
      byChild.set(r.childId, [...(byChild.get(r.childId) ?? []), i]);
    });
    let compared = 0,
      copied = 0;
    for (const list of byChild.values()) {
      list.sort((a, b) => rows[a]!.supervisionDate! - rows[b]!.supervisionDate! || rows[a]!.line - rows[b]!.line);
      for (let k = 1; k < list.length; k++) {
        expected[list[k]!] = list[k - 1]!;
        similarity[list[k]!] = comparer.similarity(whole, list[k]!, list[k - 1]!);
        compared++;
        if (similarity[list[k]!]! >= 0.8) copied++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(copied).toBeGreaterThan(10);
    // The whole-table scorer's bits, with the reviews of the last actions found from the child's
    // previous record (round 12, supervisionFollowUp) added.
    const bits = whole.bits.slice();
    let followed = 0;
    expected.forEach((p, i) => {
      if (p < 0 || (bits[i]! & TEXT_BITS.reviewsPrevious) !== 0) return;
      if (followUp(textOf(rows)(p)!, textOf(rows)(i)!) === null) return;
      bits[i] = bits[i]! | TEXT_BITS.reviewsPrevious;
      followed++;
    });
    expect(followed).toBeGreaterThan(0);
    expect(got.bits).toEqual(bits);
    expect(got.previous).toEqual(expected);
    expect(got.similarity).toEqual(similarity);
    // Small batches: a child's previous record is often in the batch before, whose keys must stay
    // readable while the next batch is written (KeyTurns uses two arrays in turn); a batch of one
    // record with more than 64 keys makes the array grow.
    for (const chunk of [1, 7, 333]) {
      const small = scoreByChild(createScorer(lex), rows, textOf(rows), chunk);
      expect(small.bits).toEqual(bits);
      expect(small.previous).toEqual(expected);
      expect(small.similarity).toEqual(similarity);
    }
  });

  it('scores rows already in child, date and line order as it scores them out of order', async () => {
    const ex = await loadExport(council);
    // The dated rows of each child together, by date then line: the order childOrder keeps as it is.
    const dated = ex.tables.supervisions!.filter((r) => r.childId !== null && r.supervisionDate !== null);
    const first = new Map<string, number>();
    dated.forEach((r, i) => first.set(r.childId!, first.get(r.childId!) ?? i));
    const sorted = [...dated].sort(
      (a, b) =>
        first.get(a.childId!)! - first.get(b.childId!)! || a.supervisionDate! - b.supervisionDate! || a.line - b.line,
    );
    const lex = loadLexicon();
    const inOrder = scoreByChild(createScorer(lex), sorted, textOf(sorted));
    // The same rows reversed (each child's list sorted) and mapped back to the sorted positions.
    const reversed = [...sorted].reverse();
    const back = scoreByChild(createScorer(lex), reversed, textOf(reversed));
    const n = sorted.length;
    const at = (i: number) => n - 1 - i;
    expect(Array.from(inOrder.bits)).toEqual(Array.from({ length: n }, (_, i) => back.bits[at(i)]));
    expect(Array.from(inOrder.previous)).toEqual(
      Array.from({ length: n }, (_, i) => (back.previous[at(i)]! < 0 ? -1 : at(back.previous[at(i)]!))),
    );
    expect(Array.from(inOrder.similarity)).toEqual(Array.from({ length: n }, (_, i) => back.similarity[at(i)]));
    // Each scored record's previous one is the scored record before it of the same child.
    let compared = 0;
    for (let i = 0; i < n; i++) {
      const p = inOrder.previous[i]!;
      if (p < 0) continue;
      compared++;
      expect(sorted[p]!.childId).toBe(sorted[i]!.childId);
      for (let k = p + 1; k < i; k++) expect(inOrder.bits[k]).toBe(0);
    }
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('supervision text kept by the worker for an audit (auditFor.rulesOnly)', () => {
  it('hands over rows without text, and the audit is the same as on one thread', async () => {
    const held = await loadExport(council, { auditFor: { asAt: AS_AT, threads: true, rulesOnly: true } });
    const rows = held.tables.supervisions!;
    expect(rows.every((r) => r.recordText === null && r.actions === null)).toBe(true);
    expect(held.prepared!.withheld!('supervisions')).toEqual(['recordText', 'actions']);
    const single = await loadExport(council, { auditFor: { asAt: AS_AT, threads: false } });
    expect(single.tables.supervisions!.some((r) => r.recordText !== null)).toBe(true);
    expect(renderJson(audit(held, { asAt: AS_AT }))).toBe(renderJson(audit(single, { asAt: AS_AT })));
  });

  it('keeps the text in the rows without rulesOnly (a chronology shows it)', async () => {
    const ex = await loadExport(council, { auditFor: { asAt: AS_AT, threads: true } });
    expect(ex.tables.supervisions!.some((r) => r.recordText !== null)).toBe(true);
    expect(ex.prepared!.withheld!('supervisions')).toEqual([]);
    ex.prepared!.take('supervision-quality');
  });

  it('stops with an error, rather than score empty text, when the worker kept the text and gave no answer', async () => {
    const ex = await loadExport(council, { auditFor: { asAt: AS_AT, threads: false } });
    const rule = RULES.find((r) => r.id === 'supervision-quality')!;
    const options = rule.options.parse({}) as Record<string, unknown>;
    ex.prepared = { take: () => undefined, withheld: () => ['recordText', 'actions'] };
    expect(() => preparedValue(rule, ex, options)).toThrow(
      /worker thread reading supervisions gave no answer for supervision-quality.*--threads never/,
    );
    // Rows that are whole: computed here, as before.
    ex.prepared = { take: () => undefined, withheld: () => [] };
    expect(preparedValue(rule, ex, options)).toHaveProperty('bits');
  });

  it('encodes rows without the omitted columns, which decode as null', async () => {
    const ex = await loadExport(council);
    const rows = ex.tables.supervisions!.slice(0, 50);
    const enc = encodeRows('supervisions', rows, ['recordText', 'actions']);
    expect(Object.keys(enc.columns)).not.toContain('recordText');
    const back = decodeRows<'supervisions'>(enc);
    expect(back).toEqual(rows.map((r) => ({ ...r, recordText: null, actions: null })));
  });

  it('the CLI with the worker writes the same HTML excerpts as one thread, and none under --pseudonymise', async () => {
    const out = (name: string) => join(dir, name);
    const args = ['audit', council, '--as-at', AS_AT, '--format', 'html,json', '--no-trends', '--quiet'];
    const a = cli([...args, '--threads', 'always', '--out', out('threaded')], { CASEAUDIT_DEBUG_PREPARE: '1' });
    expect(a.code).toBe(0);
    expect(a.err).toMatch(/prepare supervision-quality .*answered/);
    const b = cli([...args, '--threads', 'never', '--out', out('single')]);
    expect(b.code).toBe(0);
    const html = await readFile(join(out('threaded'), 'report.html'), 'utf8');
    expect(html).toBe(await readFile(join(out('single'), 'report.html'), 'utf8'));
    // Every record below the standard has its excerpt and explanation.
    const json = JSON.parse(await readFile(join(out('threaded'), 'findings.json'), 'utf8')) as {
      rules: { id: string; findings: { id: string; affected: { count: number } }[] }[];
    };
    const below = json.rules
      .find((r) => r.id === 'supervision-quality')!
      .findings.find((f) => f.id === 'records-below-standard')!.affected.count;
    expect(below).toBeGreaterThan(10);
    expect(html.match(/Why: Child focus/g)?.length).toBe(below);

    const p = cli([...args, '--threads', 'always', '--pseudonymise', '--out', out('pseudo')], { CASEAUDIT_KEY: KEY });
    expect(p.code).toBe(0);
    const ex = await loadExport(council);
    const texts = ex.tables.supervisions!.flatMap((r) => [r.recordText, r.actions]).filter((t) => t && t.length > 40);
    for (const f of await readdir(out('pseudo'))) {
      const written = await readFile(join(out('pseudo'), f), 'utf8');
      expect(written).not.toMatch(/Why: /);
      expect(
        texts.some((t) => written.includes(t!.slice(0, 40))),
        f,
      ).toBe(false);
    }
  });
});
