/**
 * `--format pdf` → report.pdf, printed from the same HTML by headless Chromium. The page runs
 * with JavaScript off and every network request aborted and counted: the report is set with
 * setContent and needs nothing, so any attempted request is a bug (or injected markup) and the
 * run fails loudly rather than print a document that tried to reach the network.
 */
import type { AuditResult, EvidenceRow } from '../../engine/types.js';
import { sameExcerpts } from '../../engine/run.js';
import { clipValue } from '../../model/issues.js';
import type { RenderOptions } from '../types.js';
import { pdfHeaderFooter, renderHtml } from '../html/index.js';
import type { OutputFile } from '../write.js';
import { BROWSER_PATHS, BrowserNotFoundError, findBrowser, launchBrowser, PdfPrintError } from './browser.js';

export class BlockedRequestError extends Error {}

export async function printPdf(
  html: string,
  headerTemplate: string,
  footerTemplate: string,
  executablePath: string,
): Promise<Uint8Array> {
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
      format: 'A4',
      printBackground: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate,
      footerTemplate,
      margin: { top: '20mm', bottom: '18mm', left: '14mm', right: '14mm' },
      timeout: 300_000,
    });
    if (blocked.length > 0) {
      // Only the count and scheme are reported: a URL could carry data from the export.
      const schemes = [...new Set(blocked.map((u) => u.split(':')[0] ?? '?'))].sort().join(', ');
      throw new BlockedRequestError(
        `PDF not written: the report tried to make ${blocked.length} network request(s) (${schemes}); all were blocked. This is a bug in caseaudit: please report it.`,
      );
    }
    return pdf;
  } finally {
    await launched.close();
  }
}

/**
 * Text in printed table cells is clipped as data-quality values are (80 characters, then "… (N
 * characters)"). A 200,000-character id took Chromium past the print timeout (issue 19); on paper
 * the start of a value is enough to find it in the HTML, CSV and JSON, which keep it whole.
 */
function clipText(v: string): string {
  return v.length > 80 ? clipValue(v) : v;
}

function clipRow(row: EvidenceRow): EvidenceRow {
  const out: EvidenceRow = { key: row.key };
  for (const [k, v] of Object.entries(row)) if (k !== 'key') out[k] = typeof v === 'string' ? clipText(v) : v;
  return out;
}

/** The result as printed: every evidence and breakdown cell clipped (a copy; the result is untouched). */
export function clipForPrint(result: AuditResult): AuditResult {
  // The copy keeps the result's excerpts and their explanations (issue 22: HTML and PDF alike).
  const copy: AuditResult = {
    ...result,
    rules: result.rules.map((r) => ({
      ...r,
      findings: r.findings.map((f) => ({
        ...f,
        evidence: f.evidence.map(clipRow),
        ...(f.suppressed
          ? {
              suppressed: f.suppressed.map((s) => ({
                ...s,
                row: clipRow(s.row),
                reason: clipText(s.reason),
                who: clipText(s.who),
              })),
            }
          : {}),
      })),
      breakdowns: r.breakdowns.map((b) => ({ ...b, rows: b.rows.map(clipRow) })),
    })),
  };
  return sameExcerpts(copy, result);
}

/** `candidates` is for tests (a machine without a browser); the CLI always uses BROWSER_PATHS. */
export async function renderPdf(
  result: AuditResult,
  opts: RenderOptions,
  candidates: readonly string[] = BROWSER_PATHS,
): Promise<OutputFile[]> {
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
  const html = renderHtml(clipForPrint(result), opts, { print: true, printRows: opts.pdfEvidenceRows });
  const { header, footer } = pdfHeaderFooter(result, opts.marking);
  try {
    return [{ name: 'report.pdf', content: await printPdf(html, header, footer, executable) }];
  } catch (e) {
    if (e instanceof BlockedRequestError) throw e;
    // Launch failure, crash or timeout: the other formats are still written (and the HTML in
    // place of the PDF); the reason is the first line of Chromium's message, clipped.
    const why = ((e as Error).message ?? String(e)).split('\n')[0]!.trim().slice(0, 160);
    const err = new PdfPrintError(
      `PDF not written: Chromium failed (${why}); the other formats and the HTML report are written.`,
    );
    opts.log?.(`caseaudit: ${err.message}`);
    err.files = [{ name: 'report.html', content: renderHtml(result, opts) }];
    throw err;
  }
}
