/** Where the package's own files are, whether running from dist/ or from sources under vitest. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('caseaudit: cannot find the package root (package.json beside data/)');
}

export const PACKAGE_ROOT = findRoot();
export const TOOL_VERSION: string = (
  JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
export const dataPath = (name: string): string => join(PACKAGE_ROOT, 'data', name);
export const templatePath = (name: string): string => join(PACKAGE_ROOT, 'templates', name);

/**
 * A compiled worker-thread script, given its path under src/ without extension ("batch/worker").
 * The bundled CLI (dist/bundle/, scripts/bundle.mjs) starts the bundled worker of the same base
 * name. Otherwise the script beside the calling module when running from dist/, or from dist/ when
 * running from TypeScript sources (tests, ts runners), where no .js sits beside the module. Null
 * when none is built.
 */
export function builtScript(fromSrc: string): string | null {
  const self = fileURLToPath(import.meta.url);
  const bundleDir = join(PACKAGE_ROOT, 'dist', 'bundle');
  if (self.startsWith(bundleDir + sep)) {
    const bundled = join(bundleDir, `${basename(fromSrc)}.js`);
    if (existsSync(bundled)) return bundled;
  }
  const beside = join(dirname(self), '..', `${fromSrc}.js`);
  if (existsSync(beside)) return beside;
  const built = join(PACKAGE_ROOT, 'dist', 'src', `${fromSrc}.js`);
  return existsSync(built) ? built : null;
}

/**
 * The built rule registry (rules/registry.ts) a worker thread imports to load its job's rule: the
 * bundled one beside the bundled CLI (scripts/bundle.mjs: it shares the bundled worker's chunks and
 * loads the rule's own chunk, so the worker loads a few files rather than ~60 modules and zod's,
 * and no other rule, issue 24), else tsc's output in dist/rules/.
 */
export function builtRegistry(): string {
  const bundleDir = join(PACKAGE_ROOT, 'dist', 'bundle');
  if (fileURLToPath(import.meta.url).startsWith(bundleDir + sep)) {
    const bundled = join(bundleDir, 'ruleRegistry.js');
    if (existsSync(bundled)) return bundled;
  }
  return join(PACKAGE_ROOT, 'dist', 'rules', 'registry.js');
}
