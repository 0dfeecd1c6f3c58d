// `npm run identity -- --ref <git-ref>`: proves a change kept behaviour. Builds <ref> in a temporary
// git worktree, audits the same exports with that build and with this tree's build (same options,
// as at 2024-03-31), and compares every output byte for byte (findings.json, the CSVs, the
// Markdown), for the full audit and for the seven-metric run the benchmark times against DuckDB
// (issue 24: `--rules` of the three rules, `--no-trends`): every export under fixtures/ and one
// generated export (--size, default the 1.1M-row one the benchmark calls 1M). The generated
// export is written once, by this tree's generator, and both builds read the same files.
// Prints the first difference per run (a JSON path, or a file and byte); exit 1 on any difference,
// 2 on a usage error.
// Progress goes to stderr. Run after `npm run build` (the npm script does it).
//
//   --ref REF          the build to compare with (a commit, branch or tag)
//   --size 10k|100k|1.1m|none   the generated export (default 1.1m: 108,000 children, 1.1M rows)
//   --update-golden    write test/golden/ from this tree's build (no --ref needed): the golden test
//                      then fails on any change in findings.json, which shows in review as a diff
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AS_AT,
  auditArgs,
  auditOnce,
  firstDifference,
  fixtureExports,
  goldenJson,
  goldenRuns,
} from './identityRuns.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(root, 'bin', 'caseaudit.js');
// Children per size, as the benchmark generates them (bench/bench.ts): about 10 rows a child.
const SIZES = { none: 0, '10k': 1_100, '100k': 11_000, '1.1m': 108_000 };
// Fixed zone and locale for both builds: the outputs must not depend on them (the golden test runs
// in another zone and locale and compares with files written here).
const ENV = { TZ: 'UTC', LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };

const log = (s) => process.stderr.write(`identity: ${s}\n`);
function usage(message) {
  process.stderr.write(
    `identity: ${message}\nusage: node scripts/identity.mjs --ref <git-ref> [--size ${Object.keys(SIZES).join('|')}] | --update-golden\n`,
  );
  process.exit(2);
}

function options(argv) {
  const o = { ref: null, size: '1.1m', updateGolden: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--update-golden') o.updateGolden = true;
    else if (a === '--ref' || a === '--size') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) usage(`${a} needs a value`);
      o[a.slice(2)] = v;
    } else usage(`unknown option ${a}`);
  }
  if (!(o.size in SIZES)) usage(`--size: "${o.size}" is not one of ${Object.keys(SIZES).join(', ')}`);
  if (!o.updateGolden && !o.ref) usage('--ref <git-ref> or --update-golden is required');
  return o;
}

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}): ${(r.stderr || r.stdout).trim()}`);
  return r.stdout;
}

async function updateGolden() {
  const exportsFound = fixtureExports(root);
  rmSync(join(root, 'test', 'golden'), { recursive: true, force: true });
  const runs = {};
  for (const [i, path] of exportsFound.entries()) {
    const r = await auditOnce(BIN, root, auditArgs(root, path), ENV);
    if (r.json) {
      const file = goldenJson(root, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, r.json);
    }
    runs[path] = { exitCode: r.code, stderr: r.stderr };
    log(`[${i + 1}/${exportsFound.length}] ${path}: exit ${r.code}${r.json ? ', findings.json written' : ''}`);
  }
  writeFileSync(goldenRuns(root), `${JSON.stringify(runs, null, 2)}\n`);
  log(`test/golden/ written for ${exportsFound.length} exports; review it with git diff`);
}

/** Builds <ref> in a worktree under `tmp`; returns its CLI. node_modules is shared when the lockfiles match. */
function buildRef(ref, tmp) {
  const commit = run('git', ['rev-parse', '--verify', `${ref}^{commit}`], root).trim();
  const tree = join(tmp, 'ref');
  log(`checking out ${ref} (${commit.slice(0, 10)}) into ${tree}`);
  run('git', ['worktree', 'add', '--detach', '--quiet', tree, commit], root);
  const sameLock =
    existsSync(join(tree, 'package-lock.json')) &&
    readFileSync(join(tree, 'package-lock.json')).equals(readFileSync(join(root, 'package-lock.json')));
  if (sameLock) symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
  else {
    log(`${ref} has other dependencies: npm ci in the worktree`);
    run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], tree);
  }
  log(`building ${ref}`);
  run('npm', ['run', 'build'], tree);
  return { bin: join(tree, 'bin', 'caseaudit.js'), tree, commit };
}

/** What the identity runs ask for: every output compared byte for byte except HTML and PDF (a browser's). */
const FORMATS = 'json,csv,md';
/** The benchmark's like-for-like run against DuckDB (bench/bench.ts): three rules, no trends. */
const SEVEN = ['--rules', 'assessment-timeliness,threshold-consistency,caseloads', '--no-trends'];

/** Null when the two runs agree (exit code, stderr, every file's bytes); else the first difference, in one line. */
function compare(before, after) {
  if (before.code !== after.code) return `exit ${before.code} → ${after.code}`;
  if (before.stderr !== after.stderr)
    return `stderr ${JSON.stringify(before.stderr.trim())} → ${JSON.stringify(after.stderr.trim())}`;
  const names = [...before.files.keys()].join(', ');
  const namesAfter = [...after.files.keys()].join(', ');
  if (names !== namesAfter) return `files written: ${names || 'none'} → ${namesAfter || 'none'}`;
  for (const [name, bytes] of before.files) {
    const now = after.files.get(name);
    if (name === 'findings.json') {
      const d = firstDifference(bytes, now);
      if (d) return d;
    } else if (Buffer.compare(bytes, now) !== 0) {
      let at = 0;
      while (at < bytes.length && at < now.length && bytes[at] === now[at]) at++;
      const line = bytes.subarray(0, at).toString('utf8').split('\n').length;
      return `${name}: bytes differ at offset ${at} (line ${line})`;
    }
  }
  return null;
}

async function compareWithRef(o) {
  const tmp = mkdtempSync(join('/tmp', 'caseaudit-identity-'));
  let ref = null;
  const cleanUp = () => {
    if (ref) spawnSync('git', ['worktree', 'remove', '--force', ref.tree], { cwd: root });
    spawnSync('git', ['worktree', 'prune'], { cwd: root });
    rmSync(tmp, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  // This tree as it was built (npm run identity builds it first), named before anything else runs.
  const head = run('git', ['rev-parse', '--short=10', 'HEAD'], root).trim();
  const dirty = run('git', ['status', '--porcelain', '--untracked-files=no'], root).trim() ? ' + changes' : '';
  try {
    ref = buildRef(o.ref, tmp);
    const targets = fixtureExports(root).flatMap((path) => {
      const args = auditArgs(root, path, FORMATS);
      return [
        { path, args },
        { path: `${path} (seven metrics)`, args: [...args, ...SEVEN] },
      ];
    });
    if (SIZES[o.size] > 0) {
      const gen = join(tmp, `generated-${o.size}`);
      log(`generating the ${o.size} export (${SIZES[o.size]} children) with this tree's generator`);
      execFileSync(
        process.execPath,
        [BIN, 'generate', '--out', gen, '--seed', '7', '--children', String(SIZES[o.size]), '--as-at', AS_AT, '-q'],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
      const args = ['audit', gen, '--as-at', AS_AT, '--format', FORMATS, '--quiet'];
      targets.push({ path: gen, args }, { path: `${gen} (seven metrics)`, args: [...args, ...SEVEN] });
    }
    const differences = [];
    for (const [i, t] of targets.entries()) {
      const before = await auditOnce(ref.bin, root, t.args, ENV);
      const after = await auditOnce(BIN, root, t.args, ENV);
      const d = compare(before, after);
      const size = after.json ? `${(after.json.length / 1024).toFixed(0)} KB` : 'no findings.json';
      log(`[${i + 1}/${targets.length}] ${t.path}: ${d ? `DIFFERS at ${d}` : `identical (${size})`}`);
      if (d) differences.push(`${t.path}: ${d}`);
    }
    if (differences.length) {
      process.stdout.write(
        `${differences.length} of ${targets.length} runs differ between ${o.ref} and ${head}${dirty}:\n${differences.join('\n')}\n`,
      );
      process.exitCode = 1;
    } else
      process.stdout.write(
        `All ${targets.length} runs (the full audit and the seven metrics of each export) give byte-identical findings.json, CSV and Markdown with ${o.ref} (${ref.commit.slice(0, 10)}) and ${head}${dirty}\n`,
      );
  } finally {
    cleanUp();
  }
}

const o = options(process.argv.slice(2));
try {
  if (o.updateGolden) await updateGolden();
  else await compareWithRef(o);
} catch (e) {
  process.stderr.write(`identity: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
