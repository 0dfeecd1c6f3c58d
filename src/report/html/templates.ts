/**
 * Handlebars set-up: an isolated environment (so nothing else in the process can add helpers or
 * partials to ours), the partials in templates/partials/, and the stylesheet inlined. Handlebars
 * escapes every `{{value}}`; the only triple-stash values are the stylesheet and SVG charts that
 * this project builds and escapes itself (src/report/html/svg.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { templatePath } from '../../engine/paths.js';

export interface CompiledTemplates {
  report: Handlebars.TemplateDelegate;
  pdfHeader: Handlebars.TemplateDelegate;
  pdfFooter: Handlebars.TemplateDelegate;
  /** A child's chronology page (src/report/chronology.ts). */
  chronology: Handlebars.TemplateDelegate;
  css: string;
}

let cached: CompiledTemplates | null = null;

function read(name: string): string {
  return readFileSync(templatePath(name), 'utf8');
}

export function templates(): CompiledTemplates {
  if (cached) return cached;
  const hb = Handlebars.create();
  const dir = templatePath('partials');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort()) {
    hb.registerPartial(basename(file, '.hbs'), readFileSync(join(dir, file), 'utf8'));
  }
  // strict: a misspelt field in a template is an error in the tests, never a silently blank cell
  const compile = (name: string) => hb.compile(read(name), { strict: true, preventIndent: true });
  cached = {
    report: compile('report.hbs'),
    pdfHeader: compile('pdf-header.hbs'),
    pdfFooter: compile('pdf-footer.hbs'),
    chronology: compile('chronology.hbs'),
    css: read('report.css'),
  };
  return cached;
}
