/** Option parsers shared by the commands. */
import { UserError } from './io.js';

/** A comma-separated list, each item once in first-seen order (`--format pdf,pdf` prints once). */
export function parseList(v: string): string[] {
  return [
    ...new Set(
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

export function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new UserError(`${name}: "${v}" is not a whole number of at least 1`);
    return n;
  };
}

/** A whole number in [min, max], checked where the option is read so the message names the option. */
export function intBetween(name: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new UserError(`${name}: "${v}" is not a whole number from ${min} to ${max}`);
    return n;
  };
}

export function wholeNumber(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isInteger(n) || n < 0)
      throw new UserError(`${name}: "${v}" is not a whole number (0 or more)`);
    return n;
  };
}

/** `--format a,b`: each must be a registered output format. */
export function checkFormats(formats: readonly string[], available: readonly string[]): void {
  // `--format ""` (an empty variable in a script) would write no report at all and exit 0.
  if (formats.length === 0) throw new UserError(`--format: no format given (formats are: ${available.join(', ')})`);
  const unknown = formats.filter((f) => !available.includes(f));
  if (unknown.length)
    throw new UserError(
      `--format: unknown format ${unknown.map((u) => `"${u}"`).join(', ')} (formats are: ${available.join(', ')})`,
    );
}

/** `--rules a,b`: the ids, each a registered rule; undefined when not given. */
export function selectedRules(list: string | undefined, known: readonly string[]): string[] | undefined {
  if (list === undefined) return undefined;
  const only = parseList(list);
  // `--rules ""` ran every rule and `--rules ,` data quality alone, without a word.
  if (only.length === 0) throw new UserError('--rules: no rule given (see: caseaudit rules)');
  const bad = only.filter((id) => !known.includes(id));
  if (bad.length)
    throw new UserError(`--rules: no such rule ${bad.map((b) => `"${b}"`).join(', ')} (see: caseaudit rules)`);
  return only;
}
