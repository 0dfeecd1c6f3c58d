/** `--format html` → report.html: one self-contained file (inline CSS and SVG, no script, no request). */
import { excerptsOf } from '../../engine/run.js';
import type { AuditResult } from '../../engine/types.js';
import type { RenderOptions } from '../types.js';
import { templates } from './templates.js';
import { buildView, type ReportView } from './viewModel.js';

export interface HtmlVariant {
  /** The PDF's variant: every table open, for paper. */
  print?: boolean;
  /** With print: evidence rows printed per finding, 0 for all (RenderOptions.pdfEvidenceRows). */
  printRows?: number;
}

export function reportView(
  result: AuditResult,
  opts: Pick<RenderOptions, 'excerpts' | 'marking'>,
  variant: HtmlVariant = {},
): ReportView {
  return buildView(result, {
    marking: opts.marking,
    excerpts: opts.excerpts ? excerptsOf(result) : null,
    print: variant.print ?? false,
    printRows: variant.printRows ?? 0,
  });
}

export function renderHtml(
  result: AuditResult,
  opts: Pick<RenderOptions, 'excerpts' | 'marking'>,
  variant: HtmlVariant = {},
): string {
  const t = templates();
  return t.report({ ...reportView(result, opts, variant), css: t.css });
}

/** Header and footer for the printed pages (Chromium fills in pageNumber and totalPages). */
export function pdfHeaderFooter(result: AuditResult, marking: string): { header: string; footer: string } {
  const t = templates();
  const title = result.council ? `Case audit: ${result.council}` : 'Case audit';
  return { header: t.pdfHeader({ marking }), footer: t.pdfFooter({ marking, title, asAt: result.asAt }) };
}
