/**
 * What the CLI's audit makes while the main thread waits for the supervision worker (issue 24):
 * the children's concerns and the findings.json text of the rules already run
 * (src/auditApi.ts, `whileWaiting`). A worker is stood in for by a prepared source that says the
 * supervision rule's value is still being worked out until it is taken (the rule then computes
 * it here). The answers must be those of an audit that waits for nothing, and nothing made ahead
 * may be written when the results change after the audit (suppressions) or are copied (pseudonymising).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { auditWith, type AuditOptions, loadExportWith } from '../src/auditApi.js';
import type { AuditResult } from '../src/engine/types.js';
import type { LoadedExport } from '../src/model/export.js';
import { renderJson, renderJsonPieces } from '../src/report/json.js';

const DEMO = join(import.meta.dirname, '..', 'fixtures', 'demo');

async function waitingExport(): Promise<LoadedExport> {
  const ex = await loadExportWith(RULES, DEMO, {});
  let taken = false;
  ex.prepared = {
    take: () => ((taken = true), undefined),
    computing: (id) => id === 'supervision-quality' && !taken,
  };
  return ex;
}

function pieces(result: AuditResult): string {
  const parts: string[] = [];
  renderJsonPieces(result, (t) => parts.push(t));
  return parts.join('');
}

/** The audit as the CLI runs it, and its first rule's description changed after it returned. */
async function changedAfter(opts: AuditOptions): Promise<{ result: AuditResult; before: string }> {
  const result = auditWith(RULES, await waitingExport(), { asAt: '2024-03-31', ...opts }, { jsonAhead: true });
  const before = renderJson(result);
  result.rules[0]!.description = 'changed after the audit';
  return { result, before };
}

describe('the audit while it waits for a worker (the CLI, findings.json written in pieces)', () => {
  it('gives the findings.json and children of an audit that waits for nothing, with the text made ahead', async () => {
    const plain = auditWith(RULES, await loadExportWith(RULES, DEMO, {}), { asAt: '2024-03-31' });
    const waited = auditWith(RULES, await waitingExport(), { asAt: '2024-03-31' }, { jsonAhead: true });
    expect(waited.children!.length).toBeGreaterThan(10);
    expect(waited.children).toEqual(plain.children);
    expect(renderJson(waited)).toBe(renderJson(plain));
    expect(pieces(waited)).toBe(renderJson(plain));
    // The rules run before the wait were written ahead: a change to one since does not show.
    const { result, before } = await changedAfter({});
    expect(pieces(result)).toBe(before);
  });

  it('makes nothing ahead with suppressions, under pseudonymising, or unless asked', async () => {
    const suppressions = { file: 'ack.json', list: [] };
    for (const [opts, jsonAhead] of [
      [{ suppressions }, true],
      [{ pseudonymiseKey: 'a-test-key-of-enough-length' }, true],
      [{}, false],
    ] as const) {
      const result = auditWith(RULES, await waitingExport(), { asAt: '2024-03-31', ...opts }, { jsonAhead });
      result.rules[0]!.description = 'changed after the audit';
      expect(pieces(result)).toBe(renderJson(result));
      expect(pieces(result)).toContain('changed after the audit');
    }
  });
});
