/**
 * The chronology's formats, apart from its renderers (src/report/chronology.ts) so that the CLI can
 * list and check them without loading the HTML templates and Handlebars at every start.
 */
export const CHRONOLOGY_FORMATS = ['md', 'json', 'html'] as const;
export type ChronologyFormat = (typeof CHRONOLOGY_FORMATS)[number];
