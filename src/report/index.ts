/**
 * Output formats: each is a function of the AuditResult (ESLint-style formatters). Adding a
 * format is one entry here.
 */
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
  /** Progress and warnings for the user (stderr). */
  log?: (line: string) => void;
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
