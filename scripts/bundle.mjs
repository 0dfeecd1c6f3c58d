// Bundles the compiled CLI and its three worker scripts into dist/bundle/ (run after tsc; `npm run
// build` does both). Why: Node starts the bundle about 0.1 s sooner than ~190 separate modules, and
// a tenth of a second is a tenth of an audit the size an analyst's pandas script takes (issue 11).
// The library API (`import ... from 'caseaudit'`) stays the unbundled tsc output in dist/src/.
//
// - From tsc's output, not the TypeScript sources, so the bundle is exactly the type-checked code.
// - Split into chunks: the HTML renderer, Handlebars and the generator load only when used.
// - puppeteer-core and exceljs stay outside: they are loaded lazily from node_modules (PDF output,
//   .xlsx input), and a bundled copy would be read on every run.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Chunk names carry a content hash: clear the old ones so none is left behind.
rmSync(join(root, 'dist', 'bundle'), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: {
    cli: 'dist/src/cli/main.js',
    // Named after the file builtScript() looks for beside the bundle (src/engine/paths.ts).
    prepareWorker: 'dist/src/engine/prepareWorker.js',
    worker: 'dist/src/batch/worker.js',
    // Found beside the bundle by src/load/returns/cinThread.ts.
    cinWorker: 'dist/src/load/returns/cinWorker.js',
    // The rule registry the prepare worker imports (src/auditApi.ts, RULES_MODULE): bundled, it shares
    // prepareWorker's chunks, so the worker loads a few files instead of ~60 modules and zod's own, and
    // of the rules only its job's, from the chunk the CLI loads it from (issue 24).
    ruleRegistry: 'dist/rules/registry.js',
  },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['puppeteer-core', 'exceljs'],
  // CommonJS dependencies bundled into ESM call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __caseauditRequire } from 'node:module'; const require = __caseauditRequire(import.meta.url);",
  },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  // Maps back through tsc's own maps to the TypeScript sources; read only with --debug (bin/).
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'warning',
});

/** What both CommonJS builds below share: one Node 20 file each in dist/bundle. */
const CJS = {
  absWorkingDir: root,
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
};

// The same CLI as one CommonJS file, which bin/caseaudit.js runs with a V8 code cache (issue 24:
// Node 20 caches no ES-module code; src/cli/codeCache.ts). Dynamic imports of the project's own
// modules are bundled in (evaluated only when called), so one cache covers every command; the
// import() of puppeteer-core and exceljs is kept, for Node's own loader. import.meta.url is the
// file's own URL, as in the ES-module bundle beside it (paths.ts finds the package from it).
await build({
  ...CJS,
  entryPoints: { cli: 'dist/src/cli/main.js' },
  // No module the CLI reaches may import rules/index.js: its top-level await (every rule loaded, for
  // the library) cannot be bundled as CommonJS. The CLI passes the rules it loads from
  // rules/registry.js instead (test/rule-registry.test.ts walks its imports).
  // saxes (the returns' XML, only when the fast reader hands over) and csv-parse (init, the
  // generator's workbook) are read from node_modules by the rare commands that use them: bundled,
  // their 70 KB were read, decoded and hashed at every start (issue 24). Handlebars stays bundled:
  // read from node_modules it cost an HTML report more (about 0.1 s at load 11) than it saved a start.
  external: ['puppeteer-core', 'exceljs', 'saxes', 'csv-parse'],
  define: { 'import.meta.url': '__caseauditUrl' },
  banner: { js: "const __caseauditUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Strings, identifiers and template literals in ASCII (escaped); regular expressions are checked below.
  charset: 'ascii',
  // Whitespace and comments dropped (1.84 -> 1.25 MB), nothing renamed, so names and messages stay
  // as written: the file is read, decoded and hashed at every start, about 12-18 us a fresh 4 KB
  // page on the machine issue 24 measures on. --debug starts cli.js, with source maps, instead.
  minifyWhitespace: true,
  legalComments: 'linked',
  logLevel: 'warning',
});

// A function compiled from a code cache loses the script's dynamic-import callback (Node 20: "A
// dynamic import callback was not specified"), so the bundle's few import() calls (Node's own
// modules, puppeteer-core, exceljs) go through __caseauditImport, which src/cli/codeCache.ts hands
// the bundle: Node's import(), the same as the ES-module bundle's.
const cjs = join(root, 'dist', 'bundle', 'cli.cjs');
const childProcess = 'var childProcess=require("node:child_process");';
const text = readFileSync(cjs, 'utf8')
  .replace(/\bimport\(("[^"]+")\)/g, '__caseauditImport($1)')
  // commander requires Node's child_process (and with it net, dgram and streams: about 5 ms of every
  // start) for subcommands run as separate executables, which caseaudit has none of: loaded on a
  // call instead. If commander changes, the text is left as it is (test/startup.test.ts notices).
  .replace(childProcess, 'var childProcess={spawn:(...a)=>require("node:child_process").spawn(...a)};');
if (/\bimport\s*\(/.test(text)) throw new Error('bundle: dist/bundle/cli.cjs still calls import() directly');
// The file in ASCII only (issue 24): bin/caseaudit.js reads it at every start, and 1.6 MB of UTF-8
// with a few other characters decodes about 4x slower than ASCII and makes a two-byte string for V8
// to scan. esbuild's charset escapes strings, identifiers and template literals, and minifying drops
// the comments; a regular expression keeps what its source wrote, and on the minified lines the
// build cannot tell a regular expression from a template literal (where an escape would change
// String.raw's text), so such a character is the source's to escape (\u2013 for an en dash).
const other = text.search(/[^\x00-\x7f]/);
if (other >= 0)
  throw new Error(
    `bundle: dist/bundle/cli.cjs has a character other than ASCII (escape it as \\uXXXX in the source): ${JSON.stringify(text.slice(Math.max(0, other - 60), other + 20))}`,
  );
writeFileSync(cjs, text);

// The code-cache loader bin/caseaudit.js requires (CommonJS, so a start needs no ES-module loader).
// Its import() is kept as written: it runs only for a bundle's import() of Node's or outside modules.
await build({
  ...CJS,
  entryPoints: { start: 'dist/src/cli/codeCache.js' },
  logLevel: 'warning',
});

// Its code cache, made by a fresh Node process after an audit of fixtures/mini (scripts/codeCache.mjs).
const cached = spawnSync(process.execPath, [join(root, 'scripts', 'codeCache.mjs')], { stdio: 'inherit' });
if (cached.status !== 0) process.exitCode = cached.status ?? 1;
