import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { render } from '../src/api.js';
import { AREA_TITLES } from '../src/engine/types.js';
import { RENDERERS } from '../src/report/index.js';
import { BROWSER_ARGS, BrowserNotFoundError, findBrowser } from '../src/report/pdf/browser.js';
import { BlockedRequestError, printPdf, renderPdf } from '../src/report/pdf/pdf.js';
import { PLANTED_CHILD, fixtureResult } from './helpers/reportFixture.js';

const OPTS = { excerpts: true, marking: 'OFFICIAL-SENSITIVE' };
const ARTIFACTS = 'test-artifacts';
const scratch = mkdtempSync(join(tmpdir(), 'caseaudit-pdf-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fakeExecutable(name: string): string {
  const p = join(scratch, name);
  writeFileSync(p, '#!/bin/sh\n');
  chmodSync(p, 0o755);
  return p;
}

describe('finding a browser', () => {
  it('prefers PUPPETEER_EXECUTABLE_PATH, then the candidates in order, skipping missing and non-executable files', () => {
    const a = fakeExecutable('a');
    const b = fakeExecutable('b');
    const notExec = join(scratch, 'plain');
    writeFileSync(notExec, '');
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: b }, [a])).toBe(b);
    expect(findBrowser({}, [join(scratch, 'missing'), notExec, scratch, a, b])).toBe(a);
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: join(scratch, 'gone') }, [b])).toBe(b);
  });

  it('throws a BrowserNotFoundError naming every place it looked', () => {
    const err = (() => {
      try {
        findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nope/chrome' }, ['/nope/chromium']);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(BrowserNotFoundError);
    expect((err as Error).message).toContain('PUPPETEER_EXECUTABLE_PATH=/nope/chrome, /nope/chromium');
    expect((err as Error).message).toContain('apt-get install chromium');
  });

  it('without a browser, logs one line and hands back the HTML (and the other formats) for writing', async () => {
    const saved = process.env.PUPPETEER_EXECUTABLE_PATH;
    const lines: string[] = [];
    try {
      // a directory is not an executable file, and it is looked at first
      process.env.PUPPETEER_EXECUTABLE_PATH = scratch;
      const direct = await renderPdf(fixtureResult(), { ...OPTS, log: (l) => lines.push(l) }, []).catch(
        (e: unknown) => e,
      );
      expect(direct).toBeInstanceOf(BrowserNotFoundError);
      expect((direct as BrowserNotFoundError).files.map((f) => f.name)).toEqual(['report.html']);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^caseaudit: PDF not written: no Chromium or Chrome found/);
      // through the library's render(): the other formats still come back, once each, on the error
      RENDERERS['pdf-without-browser'] = (r, o) => renderPdf(r, o, []);
      const viaApi = await render(fixtureResult(), ['html', 'pdf-without-browser', 'md'], OPTS).catch(
        (e: unknown) => e,
      );
      expect(viaApi).toBeInstanceOf(BrowserNotFoundError);
      expect((viaApi as BrowserNotFoundError).files.map((f) => f.name)).toEqual(['report.html', 'summary.md']);
    } finally {
      delete RENDERERS['pdf-without-browser'];
      if (saved === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
      else process.env.PUPPETEER_EXECUTABLE_PATH = saved;
    }
  });

  it('loads puppeteer-core only by dynamic import, so runs without a PDF never load it', () => {
    const dir = 'src/report';
    const sources = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    const staticImports = sources.flatMap((s) => s.match(/^import\s+(?!type\b)[^;]*from\s+'puppeteer-core'/gm) ?? []);
    expect(staticImports).toEqual([]);
    expect(sources.some((s) => s.includes("await import('puppeteer-core')"))).toBe(true);
  });

  it('launches with the locked-down flags', () => {
    expect(BROWSER_ARGS).toEqual([
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ]);
  });
});

describe('PDF report', () => {
  it('prints every area heading, the planted child, the marking and page numbers', async () => {
    const files = await render(fixtureResult(), ['pdf'], OPTS);
    expect(files.map((f) => f.name)).toEqual(['report.pdf']);
    const pdf = files[0]!.content as Uint8Array;
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, 'report.pdf');
    writeFileSync(path, pdf);
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    for (const title of Object.values(AREA_TITLES)) expect(flat).toContain(title);
    expect(flat).toContain(PLANTED_CHILD);
    expect(flat).toContain('<script>alert(1)</script><img src=http://example.invalid/x>');
    expect(flat).toContain('OFFICIAL-SENSITIVE');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('/usr/bin/pdfinfo', [path], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(3);
    expect(flat).toContain(`Page 1 of ${pages}`);
    expect(flat).toContain(`Page ${pages} of ${pages}`);
    // The supervision record's excerpt is printed too: the clipped copy the PDF prints from had
    // lost it (excerpts are held beside the result by identity), so no PDF showed any.
    expect(flat).toContain('child said "I want to stay"');
    // evidence tables are printed in full, even the long one that starts closed in the HTML
    for (const id of ['C10', 'C15']) expect(flat).toContain(id);
    execFileSync('/usr/bin/pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      path,
      join(ARTIFACTS, 'pdf-page1'),
    ]);
  });

  it('prints the first pdfEvidenceRows rows of a long finding and says where every row is; 0 prints them all', async () => {
    const pdfText = async (rows: number) => {
      const [file] = await render(fixtureResult(), ['pdf'], { ...OPTS, pdfEvidenceRows: rows });
      const path = join(scratch, `rows-${rows}.pdf`);
      writeFileSync(path, file!.content as Uint8Array);
      return execFileSync('/usr/bin/pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    };
    const cut = await pdfText(2);
    // The unallocated finding has six rows (C10 to C15): the first two are printed, in order.
    // (pdftotext drops a hyphen where a line breaks, as in the worklist's name)
    expect(cut).toMatch(
      /Printed here: the first 2 of 6 rows, in the worklist's order\. Every row is in the HTML report, the case worklist worklist-fixture-?allocation\.csv and findings\.json/,
    );
    for (const id of ['C10', 'C11']) expect(cut).toContain(id);
    for (const id of ['C12', 'C15']) expect(cut).not.toContain(id);
    // The finding with two rows is printed whole, with no note of its own.
    expect(cut.match(/Printed here/g)).toHaveLength(1);
    const all = await pdfText(0);
    expect(all).not.toContain('Printed here');
    for (const id of ['C10', 'C15']) expect(all).toContain(id);
    // The HTML keeps every row whatever the PDF prints.
    const [html] = await render(fixtureResult(), ['html'], { ...OPTS, pdfEvidenceRows: 2 });
    expect(html!.content).toContain('C15');
    expect(html!.content).not.toContain('Printed here');
  });

  it('fails loudly when the page tries to make any request', async () => {
    const hostile = '<!DOCTYPE html><html><body><p>x</p><img src="http://example.invalid/x.png"></body></html>';
    await expect(printPdf(hostile, '<span></span>', '<span></span>', findBrowser())).rejects.toThrow(
      BlockedRequestError,
    );
    await expect(printPdf(hostile, '<span></span>', '<span></span>', findBrowser())).rejects.toThrow(
      /tried to make 1 network request\(s\) \(http\)/,
    );
  });
});
