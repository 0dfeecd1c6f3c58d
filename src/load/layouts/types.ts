/**
 * An input layout is a plugin (after Frictionless's format plugins): it recognises its own files,
 * reads them into the canonical tables with a data-quality log, and says what it carries. Every
 * list of layouts — detection, `--layout` choices, config validation, `init`, `generate --layout`,
 * help text — reads the registry in ./index.ts. Adding a layout is one module plus one line there.
 */
import type { TableCoverage } from '../../model/coverage.js';
import type { LoadedExport } from '../../model/export.js';
import type { TableName } from '../../model/tables.js';
import type { LoadOptions } from '../loadExport.js';

export interface Detection {
  /** 0 … 1: how sure the layout is that the path is in its layout. The highest wins; ties go to registry order. */
  confidence: number;
  /** Shown in the summary: "3 ssd_*.csv files", "an .xlsx workbook with List 1 … List 8". */
  reason: string;
}

/** What a layout fills at most, per canonical table (columns by canonical name), for docs and checks. */
export type Carries = { readonly [T in TableName]?: TableCoverage & { columns: readonly string[] | 'all' } };

export interface LayoutPlugin {
  name: string;
  /** One line for `--help` and the docs. */
  describe: string;
  /** null when the path holds nothing of this layout. Never throws for an unreadable path. */
  detect(path: string): Promise<Detection | null>;
  load(path: string, opts: LoadOptions): Promise<LoadedExport>;
  carries: Carries;
}
