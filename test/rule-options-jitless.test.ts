/**
 * resolveRuleOptions parses each rule's options without zod's generated fast path (`jitless`: its
 * `new Function` source is made and compiled on the first parse of every object schema, in every
 * process, issue 24). The answers and the messages must be zod's either way: every rule's defaults,
 * and every option given a value of the wrong kind, against the same parse with the fast path.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { RULES } from '../rules/index.js';
import { ConfigError, formatZodIssues } from '../src/config/load.js';
import { resolveRuleOptions } from '../src/engine/run.js';

/** Values of every kind but an option's own (the defaults say which kind that is). */
const WRONG: readonly unknown[] = ['a string', 12.5, -1, true, null, [], { nested: 1 }];

/** What the parse with zod's fast path says: the data, or the issues as the CLI prints them. */
function withFastPath(schema: z.ZodType, value: unknown, ruleId: string): unknown {
  const r = schema.safeParse(value);
  return r.success ? r.data : formatZodIssues('config', r.error, ['rules', ruleId, 'options']);
}

describe('rule options parsed without the generated fast path', () => {
  it('give every rule the defaults the fast path gives', () => {
    const got = resolveRuleOptions(RULES, {});
    expect([...got.keys()]).toEqual(RULES.map((r) => r.id));
    for (const rule of RULES) expect(got.get(rule.id), rule.id).toEqual(withFastPath(rule.options, {}, rule.id));
  });

  it('accept and refuse what the fast path does, with the same messages', () => {
    let refused = 0;
    for (const rule of RULES) {
      const defaults = rule.options.parse({}) as Record<string, unknown>;
      const keys = [...Object.keys(defaults), 'noSuchOption'];
      for (const key of keys) {
        for (const value of WRONG) {
          const options = { [key]: value };
          const expected = withFastPath(rule.options, options, rule.id);
          let got: unknown;
          try {
            got = resolveRuleOptions([rule], { rules: { [rule.id]: { options } } }).get(rule.id);
          } catch (e) {
            expect(e, `${rule.id}.${key}`).toBeInstanceOf(ConfigError);
            got = (e as Error).message;
            refused++;
          }
          expect(got, `${rule.id}.${key} = ${JSON.stringify(value)}`).toEqual(expected);
        }
      }
    }
    // The comparison means something only if most of these values are refused.
    expect(refused).toBeGreaterThan(RULES.length * 7);
  });
});
