/**
 * The layout registry: the only list of input layouts. Detection, `--layout` choices, config
 * validation, `init` and the help text all read it. Adding a layout is one module in this folder
 * (a LayoutPlugin) plus one line here. On equal confidence the earlier layout wins.
 */
import annexA from './annexA.js';
import canonical from './canonical.js';
import returns from './returns.js';
import ssd from './ssd.js';
import type { LayoutPlugin } from './types.js';

export const LAYOUTS: readonly LayoutPlugin[] = [returns, ssd, canonical, annexA];

export const LAYOUT_NAMES: readonly string[] = LAYOUTS.map((l) => l.name);

export function layoutNamed(name: string): LayoutPlugin | undefined {
  return LAYOUTS.find((l) => l.name === name);
}

export type { Detection, LayoutPlugin } from './types.js';
