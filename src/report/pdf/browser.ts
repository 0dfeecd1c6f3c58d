/**
 * Finding and launching the system's Chromium for printing the report. puppeteer-core never
 * downloads a browser; we use the one the machine has (Debian's chromium), in a locked-down
 * profile that is thrown away afterwards.
 */
import { accessSync, constants, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { OutputFile, WritableFile } from '../write.js';

/** Where a browser is looked for, in order, after PUPPETEER_EXECUTABLE_PATH. */
export const BROWSER_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/usr/bin/microsoft-edge',
];

export const BROWSER_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The PDF could not be made. The renderer attaches the outputs it could still make (the HTML) so
 * the caller writes them with every other format, then reports the message as one line and exits 2.
 */
export class PdfNotWrittenError extends Error {
  files: WritableFile[] = [];
}

/** Chromium failed to launch, crashed or timed out (issue 19: every output was lost). */
export class PdfPrintError extends PdfNotWrittenError {}

/** No browser to print with. */
export class BrowserNotFoundError extends PdfNotWrittenError {
  readonly looked: readonly string[];
  constructor(looked: readonly string[], files: OutputFile[] = []) {
    super(
      `PDF not written: no Chromium or Chrome found (looked at ${looked.join(', ')}). Install one (on Debian: apt-get install chromium) or set PUPPETEER_EXECUTABLE_PATH to its path; the HTML report is written instead.`,
    );
    this.name = 'BrowserNotFoundError';
    this.looked = looked;
    this.files = files;
  }
}

function executable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable browser: PUPPETEER_EXECUTABLE_PATH, then the usual install paths. */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = BROWSER_PATHS,
): string {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  const looked = [...(fromEnv ? [`PUPPETEER_EXECUTABLE_PATH=${fromEnv}`] : []), ...candidates];
  for (const p of [...(fromEnv ? [fromEnv] : []), ...candidates]) if (executable(p)) return p;
  throw new BrowserNotFoundError(looked);
}

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Profiles of browsers still open, removed if the run is interrupted (issue 19: Ctrl-C left the
 * profile in the temp folder). On SIGINT/SIGTERM/SIGHUP the browser is killed, its profile
 * removed, and the signal raised again so the process ends as it would have.
 */
const openProfiles = new Map<string, () => void>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function onSignal(signal: NodeJS.Signals): void {
  for (const [profile, kill] of openProfiles) {
    try {
      kill();
    } catch {
      /* already gone */
    }
    removeNow(profile);
  }
  openProfiles.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}
/**
 * Removes a profile while the browser's processes are dying: one that is still flushing can
 * write a file after the removal began (seen under load: the profile was left behind), so the
 * removal is repeated, briefly, until the folder stays gone.
 */
function removeNow(profile: string): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < 40; i++) {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      /* a file appeared mid-removal: tried again below */
    }
    if (!existsSync(profile)) return;
    Atomics.wait(pause, 0, 0, 25);
  }
}
/** The browser and every process it started: puppeteer launches it as a process group's leader. */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    process.kill(pid, 'SIGKILL');
  }
}
/** This process's Chromium children (Linux /proc; elsewhere none are found). */
function chromiumChildren(): number[] {
  const pids: number[] = [];
  try {
    for (const task of readdirSync('/proc/self/task'))
      for (const word of readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ')) {
        const pid = Number(word);
        if (pid > 0 && /chrom/i.test(readFileSync(`/proc/${pid}/comm`, 'utf8'))) pids.push(pid);
      }
  } catch {
    /* no /proc here */
  }
  return pids;
}
function track(profile: string, kill: () => void): void {
  if (openProfiles.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  openProfiles.set(profile, kill);
}
function untrack(profile: string): void {
  openProfiles.delete(profile);
  if (openProfiles.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/**
 * Headless, over a pipe (no debugging port is opened), with a fresh temporary profile. puppeteer-core
 * is imported here dynamically so runs that never print never load it.
 */
export async function launchBrowser(executablePath: string): Promise<LaunchedBrowser> {
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = await mkdtemp(join(tmpdir(), 'caseaudit-chromium-'));
  let browser: Browser | null = null;
  // Tracked from before the launch, so a signal during it still removes the profile.
  track(profile, () => {
    const pid = browser?.process()?.pid;
    // Mid-launch puppeteer has not handed the process over yet, but Chromium may be running.
    if (pid !== undefined) killGroup(pid);
    else for (const child of chromiumChildren()) killGroup(child);
  });
  try {
    // Our own signal handling above replaces puppeteer's, which would leave the profile behind.
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      userDataDir: profile,
      args: [...BROWSER_ARGS],
      timeout: 60_000,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (e) {
    untrack(profile);
    await rm(profile, { recursive: true, force: true });
    throw e;
  }
  const launched = browser;
  return {
    browser: launched,
    async close() {
      try {
        await launched.close();
      } finally {
        untrack(profile);
        await rm(profile, { recursive: true, force: true, maxRetries: 3 });
      }
    },
  };
}
