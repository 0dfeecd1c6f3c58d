// Writes dist/bundle/cli.cjs.cache, the V8 code cache bin/caseaudit.js starts the CLI from (issue
// 24; src/cli/codeCache.ts). Run by scripts/bundle.mjs after the bundle is built, in a process of
// its own so the cache is made under a plain `node`. The bundle is warmed by the seven headline
// metrics of fixtures/mini (JSON) so the cache holds the functions they compile; without
// fixtures/mini (a build outside the repository) the cache holds what loading the CLI compiles.
// Why not the full audit as well (as before issue 24's s24-lazy): V8 reads the whole cache at every
// start, and since each rule loads only when a command runs it (rules/registry.ts), the other six
// rules' code was a sixth of it (904 -> 765 KB); a full audit compiles them itself, in no more CPU
// than reading them cost (measured). Nothing is written anywhere else: the reports go to a
// temporary folder, removed at the end.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { writeCodeCache } from '../dist/src/cli/codeCache.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'bundle', 'cli.cjs');
const mini = join(root, 'fixtures', 'mini');
const sink = () => new Writable({ write: (_chunk, _enc, done) => done() });

const out = mkdtempSync(join(tmpdir(), 'caseaudit-cache-'));
try {
  const bytes = await writeCodeCache(bundle, async (cli) => {
    if (!existsSync(mini)) return;
    const io = { stdout: sink(), stderr: sink(), cwd: root };
    const audit = ['audit', mini, '--as-at', '2024-03-31', '--format', 'json', '--quiet', '--out', out];
    for (const argv of [
      [...audit, '--rules', 'assessment-timeliness,threshold-consistency,caseloads', '--no-trends'],
    ]) {
      const code = await cli.run(argv, io);
      if (code === 2) throw new Error(`codeCache: warming audit failed (exit 2): ${argv.join(' ')}`);
    }
  });
  process.stderr.write(`codeCache: dist/bundle/cli.cjs.cache written (${(bytes / 1024).toFixed(0)} KB)\n`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
