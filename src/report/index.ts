/**
 * Output formats: each is a function of the AuditResult (ESLint-style formatters). Adding a
 * format is one entry here.
 */
import type { CaseauditConfig } from '../config/schema.js';
import type { AuditResult } from '../engine/types.js';
import { childrenCsv } from './children.js';
import { renderCsv } from './csv.js';
import { metricsCsvFile } from './metricsCsv.js';
import { renderJson, renderJsonPieces } from './json.js';
import { renderMd } from './markdown.js';
import { renderJunit } from './junit.js';
import type { WritableFile } from './write.js';
import type { RenderOptions } from './types.js';

export type { RenderOptions } from './types.js';

/** The formats whose renderers read the rules' free-text excerpts (RenderOptions.excerpts): the HTML and the PDF made from it. */
const EXCERPT_FORMATS: ReadonlySet<string> = new Set(['html', 'pdf']);

/** Whether outputs in `formats`, with these report options, show any excerpt of free text. */
export function showsExcerpts(formats: readonly string[], o: Pick<RenderOptions, 'excerpts'>): boolean {
  return o.excerpts && formats.some((f) => EXCERPT_FORMATS.has(f));
}

export const DEFAULT_PDF_EVIDENCE_ROWS = 50;
export const DEFAULT_MARKING = 'OFFICIAL-SENSITIVE';

/** The report options a config asks for (shared by `audit` and `batch`). */
export function reportOptions(
  config: CaseauditConfig,
  o: { pseudonymised: boolean; pdfEvidenceRows?: number | undefined },
): Omit<RenderOptions, 'log'> {
  return {
    // A pseudonymised run never shows free-text excerpts.
    excerpts: !o.pseudonymised && (config.report?.excerpts ?? true),
    marking: config.report?.marking ?? config.marking ?? DEFAULT_MARKING,
    pdfEvidenceRows: o.pdfEvidenceRows ?? config.report?.pdfEvidenceRows ?? DEFAULT_PDF_EVIDENCE_ROWS,
  };
}

/** Files as strings or bytes (OutputFile), except findings.json in pieces when opts.jsonInPieces asks. */
export type Renderer = (result: AuditResult, opts: RenderOptions) => Promise<WritableFile[]>;

export const RENDERERS: Record<string, Renderer> = {
  json: async (r, o) => [
    o.jsonInPieces
      ? { name: 'findings.json', pieces: (emit) => renderJsonPieces(r, emit) }
      : { name: 'findings.json', content: renderJson(r) },
  ],
  // HTML (handlebars) and PDF (puppeteer) load only when asked for, so JSON-only CI runs start fast.
  html: async (r, o) => [{ name: 'report.html', content: (await import('./html/index.js')).renderHtml(r, o) }],
  pdf: async (r, o) => (await import('./pdf/pdf.js')).renderPdf(r, o),
  csv: async (r) => [...renderCsv(r), ...childrenCsv(r), metricsCsvFile(r)],
  md: async (r, o) => renderMd(r, o.marking),
  junit: async (r) => [{ name: 'junit.xml', content: renderJunit(r) }],
};

export const FORMAT_NAMES = (): string[] => Object.keys(RENDERERS);
