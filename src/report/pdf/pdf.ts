/**
 * `--format pdf` → report.pdf, printed from the same HTML by headless Chromium. The page runs
 * with JavaScript off and every network request aborted and counted: the report is set with
 * setContent and needs nothing, so any attempted request is a bug (or injected markup) and the
 * run fails loudly rather than print a document that tried to reach the network.
 */
import type { AuditResult } from '../../engine/types.js';
import type { RenderOptions } from '../types.js';
import { pdfHeaderFooter, renderHtml } from '../html/index.js';
import type { OutputFile } from '../write.js';
import { BROWSER_PATHS, BrowserNotFoundError, findBrowser, launchBrowser } from './browser.js';

export class BlockedRequestError extends Error {}

export async function printPdf(html: string, headerTemplate: string, footerTemplate: string, executablePath: string): Promise<Uint8Array> {
  const launched = await launchBrowser(executablePath);
  try {
    const page = await launched.browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    const blocked: string[] = [];
    page.on('request', (req) => {
      blocked.push(req.url());
      void req.abort('blockedbyclient').catch(() => undefined);
    });
    await page.setContent(html, { waitUntil: 'load', timeout: 120_000 });
    await page.emulateMediaType('print');
    const pdf = await page.pdf({
      format: 'A4', printBackground: true, outline: true, tagged: true,
      displayHeaderFooter: true, headerTemplate, footerTemplate,
      margin: { top: '20mm', bottom: '18mm', left: '14mm', right: '14mm' },
      timeout: 300_000,
    });
    if (blocked.length > 0) {
      // Only the count and scheme are reported: a URL could carry data from the export.
      const schemes = [...new Set(blocked.map((u) => u.split(':')[0] ?? '?'))].sort().join(', ');
      throw new BlockedRequestError(`PDF not written: the report tried to make ${blocked.length} network request(s) (${schemes}); all were blocked. This is a bug in caseaudit: please report it.`);
    }
    return pdf;
  } finally {
    await launched.close();
  }
}

/** `candidates` is for tests (a machine without a browser); the CLI always uses BROWSER_PATHS. */
export async function renderPdf(result: AuditResult, opts: RenderOptions, candidates: readonly string[] = BROWSER_PATHS): Promise<OutputFile[]> {
  let executable: string;
  try {
    executable = findBrowser(process.env, candidates);
  } catch (e) {
    if (e instanceof BrowserNotFoundError) {
      opts.log?.(`caseaudit: ${e.message}`);
      e.files = [{ name: 'report.html', content: renderHtml(result, opts) }];
    }
    throw e;
  }
  const html = renderHtml(result, opts, { print: true, printRows: opts.pdfEvidenceRows });
  const { header, footer } = pdfHeaderFooter(result, opts.marking);
  return [{ name: 'report.pdf', content: await printPdf(html, header, footer, executable) }];
}
