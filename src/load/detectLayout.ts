/**
 * Works out which layout an export is in (`--layout auto`): every layout of the registry looks at
 * the path and says how sure it is; the surest wins (ties: registry order). The summary names the
 * layout chosen; the reason is shown by `caseaudit init`. When no layout recognises anything, that is an input error naming what was found
 * and what was expected — never an empty audit that passes.
 */
import { InputError } from './csvFile.js';
import { LAYOUTS } from './layouts/index.js';
import type { LayoutPlugin } from './layouts/types.js';
import { listFolder } from './layouts/files.js';

export type LayoutName = string;
export type LayoutChoice = 'auto' | LayoutName;
export interface DetectedLayout {
  layout: LayoutName;
  reason: string;
}

/** The surest layout for the path, or null when none recognises it. */
export async function detectLayout(
  path: string,
  layouts: readonly LayoutPlugin[] = LAYOUTS,
): Promise<DetectedLayout | null> {
  let best: (DetectedLayout & { confidence: number }) | null = null;
  for (const l of layouts) {
    const d = await l.detect(path);
    if (d && (!best || d.confidence > best.confidence))
      best = { layout: l.name, reason: d.reason, confidence: d.confidence };
  }
  return best && { layout: best.layout, reason: best.reason };
}

/** The one-line input error for a path in which no layout recognised anything. */
export async function nothingRecognised(
  path: string,
  layout?: string,
  layouts: readonly LayoutPlugin[] = LAYOUTS,
): Promise<InputError> {
  const l = await listFolder(path);
  if (!l) return new InputError(`${path}: no such folder`);
  if (l.file)
    return new InputError(
      `${path}: not a folder or a workbook caseaudit reads (an export is a folder of tables or returns, or an Annex A .xlsx workbook)`,
    );
  const shown = l.entries.slice(0, 8).join(', ') + (l.entries.length > 8 ? `, … (${l.entries.length} in all)` : '');
  const found = l.entries.length === 0 ? 'the folder is empty' : `found ${shown}`;
  const expected = layout
    ? `a ${layout} export (${layouts.find((x) => x.name === layout)?.describe ?? layout})`
    : layouts.map((x) => x.describe).join('; or ');
  return new InputError(
    `${path}: no table caseaudit reads was recognised (${found}); expected ${expected}. Layouts: ${layouts.map((x) => x.name).join(', ')}`,
  );
}
