/**
 * One CIN census read in two parts cut at a `<Child>` start tag (src/load/returns/cinSplit.ts):
 * the parts joined give exactly what one read of the file gives (rows, keys, lines, issues and
 * their order, unknown elements, previous CP plans), at every cut; where they could not (a child
 * in both parts), the join declines, and a part outside the scanner's subset is declined. The
 * built binary with `--threads always` reads a large census in two parts with byte-identical output.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateExport } from '../src/generate/index.js';
import { CIN_TABLES, readCinBuilt, readCinPart } from '../src/load/returns/cinBuild.js';
import type { CinFacts } from '../src/load/returns/cinCensus.js';
import { joinParts, splitPlan } from '../src/load/returns/cinSplit.js';

let dir: string;
let census: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'caseaudit-cin-split-'));
  await generateExport({ out: join(dir, 'gen'), children: 300, seed: 11, layout: 'returns' });
  const newest = readdirSync(join(dir, 'gen'))
    .filter((f) => f.startsWith('cin_census_'))
    .sort()
    .pop()!;
  census = readFileSync(join(dir, 'gen', newest), 'latin1');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Everything a read gives, as text to compare. */
function facts(r: CinFacts): string {
  return JSON.stringify({
    tables: CIN_TABLES.map((t) => r.tables[t].built),
    previousCp: [...r.previousCp],
    unknown: [...r.unknown],
    other: [r.collection, r.year, r.referenceDate, r.genderElement],
  });
}

/** The byte offsets of every `<Child>` start tag. */
function cuts(text: string): number[] {
  const bytes = Buffer.from(text, 'latin1');
  const out: number[] = [];
  for (let i = bytes.indexOf('<Child>'); i !== -1; i = bytes.indexOf('<Child>', i + 1)) out.push(i);
  return out;
}

async function parts(path: string, at: number): Promise<CinFacts | null> {
  const a = await readCinPart(path, Infinity, {}, { start: 0, end: at });
  const b = await readCinPart(path, Infinity, {}, { start: at, end: Infinity });
  expect(a).not.toBeNull();
  expect(b).not.toBeNull();
  return joinParts(a!.records, a!.line, b!.records);
}

/** A census whose later children have an unknown element, a bad date and a review of their own. */
function odd(text: string): string {
  const at = cuts(text);
  const late = at[Math.floor(at.length * 0.7)]!;
  const tail = text
    .slice(late)
    .replace('<Ethnicity>', '<Favourite>x</Favourite><Ethnicity>')
    .replace(/<PersonBirthDate>[^<]*</, '<PersonBirthDate>2016-02-30<');
  return text.slice(0, late) + tail;
}

describe('a census read in two parts', () => {
  it('joins to what one read gives, at every cut, with lines, issues and unknown elements in place', async () => {
    for (const [name, text] of [
      ['plain.xml', census],
      ['odd.xml', odd(census)],
      ['crlf.xml', odd(census).replace(/\n/g, '\r\n')],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, text, 'latin1');
      const whole = facts(await readCinBuilt(path, Infinity));
      const at = cuts(text);
      expect(at.length).toBeGreaterThan(100);
      for (const cut of at.filter((_, i) => i % 9 === 1 || i === at.length - 1)) {
        const joined = await parts(path, cut);
        expect(joined, `${name} cut at ${cut}`).not.toBeNull();
        expect(facts(joined!), `${name} cut at ${cut}`).toBe(whole);
      }
    }
  });

  it('joins children out of id order, and declines when a child is in both parts', async () => {
    const at = cuts(census);
    const end = census.indexOf('</Children>');
    const block = (i: number) => census.slice(at[i]!, i + 1 < at.length ? at[i + 1] : end);
    // The second child moved to the end: children out of order, none twice.
    const moved = census.slice(0, at[1]) + census.slice(at[2], end) + block(1) + census.slice(end);
    // The third child also written again at the end: in both parts when cut between the two.
    const twice = census.slice(0, end) + block(2) + census.slice(end);
    for (const [name, text, declined] of [
      ['moved.xml', moved, false],
      ['twice.xml', twice, true],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, text, 'latin1');
      const whole = facts(await readCinBuilt(path, Infinity));
      const middle = cuts(text)[Math.floor(at.length / 2)]!;
      const joined = await parts(path, middle);
      if (declined) expect(joined).toBeNull();
      else expect(facts(joined!)).toBe(whole);
    }
  });

  it('declines a part outside the scanner, and a cut that is not between two children', async () => {
    const at = cuts(census);
    const late = at[Math.floor(at.length * 0.7)]!;
    const path = join(dir, 'comment.xml');
    writeFileSync(path, census.slice(0, late) + '<!-- a note -->' + census.slice(late), 'latin1');
    expect(await readCinPart(path, Infinity, {}, { start: late, end: Infinity })).toBeNull();
    const plain = join(dir, 'plain2.xml');
    writeFileSync(plain, census, 'latin1');
    // A cut inside a child: the first part does not end between children.
    const inside = Buffer.from(census, 'latin1').indexOf('<ChildIdentifiers>', at[5]!);
    expect(await readCinPart(plain, Infinity, {}, { start: 0, end: inside })).toBeNull();
    // Small files are read whole; a large one is cut at a child's start tag.
    expect(splitPlan([plain], Infinity)).toBeNull();
    const big = join(dir, 'big.xml');
    const body = census.slice(at[0], census.indexOf('</Children>'));
    writeFileSync(
      big,
      census.slice(0, at[0]) +
        body.repeat(Math.ceil((5 * 1024 * 1024) / body.length)) +
        census.slice(at[0] + body.length),
      'latin1',
    );
    const plan = splitPlan([big], Infinity)!;
    expect(
      readFileSync(big)
        .subarray(plan.at, plan.at + 7)
        .toString('latin1'),
    ).toBe('<Child>');
    expect(splitPlan([big], 1024)).toBeNull();
  });
});

describe('the built binary with one census read on two threads', () => {
  const BIN = resolve('bin/caseaudit.js');
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });

  it('gives byte-identical outputs to one thread', () => {
    const ret = join(dir, 'large');
    expect(run(['generate', '--layout', 'returns', '--out', ret, '--children', '16000', '--seed', '3']).status).toBe(0);
    // One census year (the literal case), with an unknown element and a bad date late in it.
    const newest = readdirSync(ret)
      .filter((f) => f.startsWith('cin_census_'))
      .sort()
      .pop()!;
    const one = join(dir, 'one');
    mkdirSync(one);
    const text = readFileSync(join(ret, newest), 'latin1');
    writeFileSync(join(one, newest), odd(text), 'latin1');
    expect(text.length).toBeGreaterThan(4 * 1024 * 1024);
    const outs: Record<string, string> = {};
    for (const threads of ['never', 'always']) {
      const out = join(dir, `split-${threads}`);
      const r = run(
        ['audit', one, '--as-at', '2024-03-31', '--format', 'json,csv,md', '--out', out, '-q', '--threads', threads],
        { CASEAUDIT_DEBUG_CIN: '1' },
      );
      expect(r.status, r.stderr).toBe(0);
      const byWorker = r.stderr.split('\n').filter((l) => l.endsWith('read by the census worker'));
      expect(byWorker.length).toBe(threads === 'never' ? 0 : 1);
      expect(r.stderr.includes(`${newest} joined from two parts`)).toBe(threads === 'always');
      outs[threads] = readdirSync(out)
        .sort()
        .map((f) => `${f}\n${readFileSync(join(out, f), 'utf8')}`)
        .join('\n');
    }
    expect(outs.always).toContain('Favourite');
    expect(outs.always).toContain('2016-02-30');
    expect(outs.always).toBe(outs.never);
  });
});
