/**
 * A child's chronology (SPEC §8) as Markdown (the terminal's default), JSON and HTML. Free text
 * (supervision records) appears only in the HTML, and never when pseudonymised: the chronology
 * itself leaves it out then.
 */
import type { Chronology, ChronologyEvent } from '../engine/chronology.js';
import { longDate } from './html/viewModel.js';
import { templates } from './html/templates.js';
import { stableJson } from './json.js';
import { mdText } from './markdown.js';
import { concernText } from './children.js';
import { safeId } from './html/escape.js';
import type { OutputFile } from './write.js';

import type { ChronologyFormat } from './chronologyFormats.js';

export { CHRONOLOGY_FORMATS, type ChronologyFormat } from './chronologyFormats.js';

function withoutText(c: Chronology): Chronology {
  return { ...c, events: c.events.map(({ text: _t, ...e }) => e) };
}

function heading(c: Chronology): string {
  return `Chronology of child ${c.childId}, as at ${c.asAt}`;
}

function facts(c: Chronology): string {
  return `Team ${c.team ?? 'not known'}; worker ${c.workerId ?? 'none allocated'}; plans open on ${c.asAt}: ${c.openPlans.length ? c.openPlans.join(', ') : 'none'}. Export ${c.source.export} (${c.source.layout}).`;
}

export function chronologyMarkdown(c: Chronology, marking: string): string {
  const out = [`**${mdText(marking)}**`, '', `# ${mdText(heading(c))}`, '', mdText(facts(c)), ''];
  if (c.lacks.length) out.push(`This export does not show: ${c.lacks.map(mdText).join('; ')}.`, '');
  out.push(`## Concerns (${c.concerns.length})`, '', `From ${mdText(c.concernsFrom)}.`, '');
  if (c.concerns.length === 0) out.push('The audit raises no concern about this child.');
  for (const k of c.concerns) out.push(`- ${mdText(concernText(k))}`);
  out.push('', `## Events (${c.events.length})`, '');
  if (c.events.length === 0) {
    out.push('No dated event of this child in the export.', '');
    return out.join('\n');
  }
  out.push(
    '| Date | Event | Worker | Team | Detail | Limit broken | Concerns |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const e of c.events) {
    out.push(
      `| ${e.date} | ${mdText(e.event)}${e.recordId ? ` (${mdText(e.recordId)})` : ''} | ${mdText(e.workerId ?? '')} | ${mdText(e.team ?? '')} | ${mdText(e.detail)} | ${e.limitBroken ? `**${mdText(e.limitBroken)}**` : ''} | ${e.concerns.map(mdText).join('<br>')} |`,
    );
  }
  out.push('');
  return out.join('\n');
}

export interface ChronologyEventView extends ChronologyEvent {
  longDate: string;
  broken: boolean;
  hasConcerns: boolean;
  hasText: boolean;
}

export function chronologyHtml(c: Chronology, marking: string, withText: boolean): string {
  const t = templates();
  const events: ChronologyEventView[] = c.events.map((e) => ({
    ...e,
    text: withText && e.text ? e.text : '',
    longDate: longDate(e.date),
    broken: e.limitBroken !== null,
    hasConcerns: e.concerns.length > 0,
    hasText: withText && Boolean(e.text),
  }));
  return t.chronology({
    marking,
    css: t.css,
    title: heading(c),
    facts: facts(c),
    lacks: c.lacks,
    concerns: c.concerns.map(concernText),
    concernsFrom: c.concernsFrom,
    events,
    noEvents: events.length === 0,
    noConcerns: c.concerns.length === 0,
  });
}

/** The file names: chronology-<child>.<ext>, the child's id (or code) made safe for a file name. */
export function chronologyFileName(c: Chronology, format: ChronologyFormat): string {
  return `chronology-${safeId(c.childId) || 'child'}.${format}`;
}

export function renderChronology(
  c: Chronology,
  formats: readonly ChronologyFormat[],
  o: { marking: string; excerpts: boolean },
): OutputFile[] {
  return formats.map((f) => ({
    name: chronologyFileName(c, f),
    content:
      f === 'json'
        ? stableJson(withoutText(c))
        : f === 'md'
          ? chronologyMarkdown(c, o.marking)
          : chronologyHtml(c, o.marking, o.excerpts && !c.pseudonymised),
  }));
}
