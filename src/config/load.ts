/** Reads and validates the config file; every problem becomes one ConfigError line naming the key. */
import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { parseJsonText } from './jsonText.js';
import { type CaseauditConfig, configSchema } from './schema.js';

export class ConfigError extends Error {}

export function formatZodIssues(where: string, error: z.ZodError, prefix: (string | number)[] = []): string {
  return error.issues
    .map((i) => {
      const path = [...prefix, ...i.path].map(String).join('.');
      const keys =
        i.code === 'unrecognized_keys' ? ` (${(i as { keys: string[] }).keys.map((k) => `"${k}"`).join(', ')})` : '';
      return `${where}: ${path || '(top level)'}: ${i.message}${keys}`;
    })
    .join('\n');
}

/**
 * The path of the first `__proto__` key anywhere in a parsed JSON value, or null. JSON.parse makes
 * it an own key, and zod's records drop it without a word, so a nested one was silently ignored
 * (issue 19); unknown keys are errors everywhere else.
 */
export function protoKeyPath(value: unknown, path = ''): string | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = protoKeyPath(value[i], `${path}[${i}]`);
      if (hit) return hit;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      const here = path ? `${path}.${k}` : k;
      if (k === '__proto__') return here;
      const hit = protoKeyPath((value as Record<string, unknown>)[k], here);
      if (hit) return hit;
    }
  }
  return null;
}

export function parseConfig(value: unknown, where = 'config'): CaseauditConfig {
  // No config (`{}`): every key is optional and none has a default, so the schema would answer
  // `{}` too; answered here so that a run without a config never builds the schema (issue 24).
  if (isEmptyObject(value)) return {};
  const proto = protoKeyPath(value);
  if (proto) throw new ConfigError(`${where}: ${proto}: "__proto__" is not allowed as a key`);
  const r = configSchema.safeParse(value);
  if (!r.success) throw new ConfigError(formatZodIssues(where, r.error));
  return r.data;
}

export async function loadConfigFile(path: string): Promise<CaseauditConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(
      `${path}: ${code === 'ENOENT' ? 'config file not found' : `cannot be read (${code ?? 'error'})`}`,
    );
  }
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch (e) {
    throw new ConfigError(`${path}: ${(e as Error).message}`);
  }
  return parseConfig(json, path);
}

function isEmptyObject(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Reflect.ownKeys(value).length === 0
  );
}
