// What `npm run identity` (scripts/identity.mjs) and the golden test (test/golden.test.ts) share:
// which fixtures are exports, how one is audited, where its golden file lives, and where two
// findings.json files first differ. One place, so the script and the test cannot audit differently.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

/** Every audit is run as at this day, so neither build infers its own as-at date. */
export const AS_AT = '2024-03-31';

/** Files whose presence makes a folder an export (CSV tables, an Annex A workbook, a returns file). */
const EXPORT_FILES = new Set(['.csv', '.xlsx', '.xls', '.xml', '.txt']);

/**
 * Every export under `fixtures/`, as paths relative to `root` ("fixtures/demo", "fixtures/bad/
 * ragged-rows"), sorted. A folder holding a table file (or a link to one) is an
 * export; any other folder is searched further.
 */
export function fixtureExports(root, dir = 'fixtures') {
  const entries = readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  if (entries.some((e) => e.isSymbolicLink() || (e.isFile() && EXPORT_FILES.has(extname(e.name).toLowerCase()))))
    return [dir];
  return entries.filter((e) => e.isDirectory()).flatMap((e) => fixtureExports(root, `${dir}/${e.name}`));
}

/**
 * `fixtures/demo` is audited with `fixtures/demo.config.json` when that file exists (the council's name).
 * `format`: the outputs asked for (the golden files are findings.json; identity also compares CSV and Markdown).
 */
export function auditArgs(root, exportPath, format = 'json') {
  const config = `${exportPath}.config.json`;
  const args = ['audit', exportPath, '--as-at', AS_AT, '--format', format, '--quiet'];
  return existsSync(join(root, config)) ? [...args, '--config', config] : args;
}

/** The golden findings.json of a fixture: `test/golden/<path under fixtures>.json`. */
export function goldenJson(root, exportPath) {
  return join(root, 'test', 'golden', `${exportPath.replace(/^fixtures\//, '')}.json`);
}

/**
 * The golden exit code and stderr of every fixture, one file (`test/golden/runs.json`): an export
 * the audit refuses exits 2 with one line, and may or may not write findings.json as well.
 */
export const goldenRuns = (root) => join(root, 'test', 'golden', 'runs.json');

/**
 * Audits one export with the CLI at `bin`, from `cwd` (so `source.export` in the JSON is the path
 * as given, the same for every build), into a fresh folder that is removed afterwards.
 * Returns the exit code, findings.json's bytes (null when none was written), every file written
 * (name → bytes, in name order) and stderr.
 */
export async function auditOnce(bin, cwd, args, env = {}) {
  const out = mkdtempSync(join(tmpdir(), 'caseaudit-identity-out-'));
  try {
    const child = spawn(process.execPath, [bin, ...args, '--out', out], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const err = [];
    child.stderr.on('data', (b) => err.push(b));
    const code = await new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (c, signal) => resolve(c ?? `signal ${signal}`));
    });
    const file = join(out, 'findings.json');
    const files = new Map(
      readdirSync(out)
        .sort()
        .filter((name) => lstatSync(join(out, name)).isFile())
        .map((name) => [name, readFileSync(join(out, name))]),
    );
    return {
      code,
      json: existsSync(file) && lstatSync(file).isFile() ? readFileSync(file) : null,
      files,
      stderr: Buffer.concat(err).toString('utf8'),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const pathPart = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);
const shown = (v) => {
  const s = JSON.stringify(v);
  return s === undefined ? 'absent' : s.length > 80 ? `${s.slice(0, 77)}...` : s;
};

/**
 * Where two JSON texts first differ, as "$.rules[3].metrics.x.value: 0.5 → 0.6" (key order counts:
 * the bytes must match). Null when the bytes are equal.
 */
export function firstDifference(before, after) {
  if (Buffer.compare(before, after) === 0) return null;
  let a, b;
  try {
    a = JSON.parse(before.toString('utf8'));
    b = JSON.parse(after.toString('utf8'));
  } catch {
    return `not both JSON; bytes differ at offset ${firstByte(before, after)}`;
  }
  return walk(a, b, '$') ?? `same values, bytes differ at offset ${firstByte(before, after)} (layout or number text)`;
}

function firstByte(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function walk(a, b, path) {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = walk(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return a.length === b.length ? null : `${path}: ${a.length} items → ${b.length} items`;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
      if (ka[i] !== kb[i]) {
        const key = ka[i] ?? kb[i];
        return `${path}${pathPart(key)}: ${shown(a[key])} → ${shown(b[key])}${ka[i] !== undefined && kb[i] !== undefined ? ' (keys in another order or renamed)' : ''}`;
      }
      const d = walk(a[ka[i]], b[kb[i]], `${path}${pathPart(ka[i])}`);
      if (d) return d;
    }
    return null;
  }
  return Object.is(a, b) ? null : `${path}: ${shown(a)} → ${shown(b)}`;
}
