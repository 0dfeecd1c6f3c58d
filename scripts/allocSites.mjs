// Where a warm load allocates (issue 18: the collector's work). `--heap-prof` keeps only what is
// still alive when the process ends, which hides the short-lived objects that make the collector
// run; V8's sampling profiler, asked through the inspector, also keeps the ones the collector has
// already freed. Run after a build:
//   node scripts/allocSites.mjs <export folder> [returns|canonical] [top N]
// Prints the sampled bytes per allocating function (a built-in such as push or next is shown with
// the function that called it). One warm-up load first, so the figures are those of a warm load.
import { Session } from 'node:inspector/promises';
import { loadExport } from '../dist/src/index.js';

const [dir, layout = 'returns', topArg = '25'] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: node scripts/allocSites.mjs <export folder> [returns|canonical] [top N]\n');
  process.exit(2);
}
await loadExport(dir, { layout });
const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 1024,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
await loadExport(dir, { layout });
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();

/** "name file:line", the last two parts of the file's path. */
const site = (cf) =>
  `${cf.functionName || '(anonymous)'} ${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber + 1}`;
const bytes = new Map();
const walk = (node, caller) => {
  const me = site(node.callFrame);
  // A built-in has no file: name its caller, or every array's growth would be one "push".
  const key = node.callFrame.url ? me : `${caller} > ${me}`;
  bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child, me);
};
walk(profile.head, '');
const total = [...bytes.values()].reduce((a, b) => a + b, 0);
process.stdout.write(`sampled ${(total / 1e6).toFixed(1)} MB in one warm load of ${dir}\n`);
for (const [key, n] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg)))
  process.stdout.write(
    `${(n / 1e6).toFixed(2).padStart(6)} MB ${((100 * n) / total).toFixed(1).padStart(5)}%  ${key}\n`,
  );
