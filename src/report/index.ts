/**
 * Output formats: each is a function of the AuditResult (ESLint-style formatters). Adding a
 * format is one entry here.
 */
import type { CaseauditConfig } from '../config/schema.js';
import type { AuditResult } from '../engine/types.js';
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderMd } from './markdown.js';
import { renderJunit } from './junit.js';
import type { OutputFile } from './write.js';

export interface RenderOptions {
  /** Include short excerpts of supervision text (HTML/PDF only). */
  excerpts: boolean;
  marking: string;
  /**
   * Evidence rows printed per finding in the PDF, 0 for every row. Chromium takes about 2.5 ms a
   * table row to print, so a large council's full evidence (80,000 rows at a million records) would
   * take minutes and thousands of pages; the PDF says how many rows it leaves out and where they all
   * are (HTML, CSV worklists and JSON keep every row).
   */
  pdfEvidenceRows: number;
  /** Progress and warnings for the user (stderr). */
  log?: (line: string) => void;
}

export const DEFAULT_PDF_EVIDENCE_ROWS = 50;
export const DEFAULT_MARKING = 'OFFICIAL-SENSITIVE';

/** The report options a config asks for (shared by `audit` and `batch`). */
export function reportOptions(config: CaseauditConfig, o: { pseudonymised: boolean; pdfEvidenceRows?: number | undefined }): Omit<RenderOptions, 'log'> {
  return {
    // A pseudonymised run never shows free-text excerpts.
    excerpts: !o.pseudonymised && (config.report?.excerpts ?? true),
    marking: config.report?.marking ?? config.marking ?? DEFAULT_MARKING,
    pdfEvidenceRows: o.pdfEvidenceRows ?? config.report?.pdfEvidenceRows ?? DEFAULT_PDF_EVIDENCE_ROWS,
  };
}

export type Renderer = (result: AuditResult, opts: RenderOptions) => Promise<OutputFile[]>;

export const RENDERERS: Record<string, Renderer> = {
  json: async (r) => [{ name: 'findings.json', content: renderJson(r) }],
  // HTML (handlebars) and PDF (puppeteer) load only when asked for, so JSON-only CI runs start fast.
  html: async (r, o) => [{ name: 'report.html', content: (await import('./html/index.js')).renderHtml(r, o) }],
  pdf: async (r, o) => (await import('./pdf/pdf.js')).renderPdf(r, o),
  csv: async (r) => renderCsv(r),
  md: async (r, o) => renderMd(r, o.marking),
  junit: async (r) => [{ name: 'junit.xml', content: renderJunit(r) }],
};

export const FORMAT_NAMES = (): string[] => Object.keys(RENDERERS);
