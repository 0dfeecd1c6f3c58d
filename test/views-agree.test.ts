/**
 * One outcome and one colour per rule and per judgement area, whatever the view (issue 16): the
 * terminal, the HTML view model (also the PDF's), the Markdown summary and junit.xml each show a
 * rule's outcome, and here each is read back from what the view shows and compared with
 * `ruleOutcome` / `ruleRag` / `areaSummary` (src/engine/status.ts). The demo council has passing
 * and failing rules; ssd-small has a rule that ran but measured nothing (workforce: SSD carries
 * none of its columns), which must be "not assessed" everywhere, never a pass.
 */
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit, loadExport } from '../src/api.js';
import { areaSummary, ruleOutcome, ruleRag, type RuleOutcome } from '../src/engine/status.js';
import { AREAS, AREA_TITLES, type AuditResult, type Rag } from '../src/engine/types.js';
import { buildView } from '../src/report/html/viewModel.js';
import { renderJunit } from '../src/report/junit.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderTerminal } from '../src/report/terminal.js';

const results = new Map<string, AuditResult>();

beforeAll(async () => {
  for (const fixture of ['fixtures/demo', 'fixtures/ssd-small'])
    results.set(fixture, audit(await loadExport(fixture), { asAt: '2024-03-31' }));
});

/** The outcome each view shows for each rule, read from its output. */
function terminalOutcomes(r: AuditResult): Map<string, { outcome: RuleOutcome; mark: string }> {
  const text = renderTerminal(r, new Chalk({ level: 0 }));
  const out = new Map<string, { outcome: RuleOutcome; mark: string }>();
  for (const rule of r.rules) {
    const line = new RegExp(`^(PASS|WARN|FAIL| {2}- |N/A |SKIP |ERROR) ${rule.id}: (.*)$`, 'm').exec(text);
    expect(line, rule.id).not.toBeNull();
    const [, mark, title] = line!;
    const outcome: RuleOutcome =
      mark === 'N/A '
        ? 'not-assessed'
        : mark === 'SKIP '
          ? 'not-run'
          : mark === 'ERROR'
            ? 'error'
            : title === rule.failTitle
              ? 'fail'
              : title === rule.passTitle
                ? 'pass'
                : 'error';
    out.set(rule.id, { outcome, mark: mark! });
  }
  return out;
}

function junitOutcomes(r: AuditResult): Map<string, RuleOutcome> {
  const xml = renderJunit(r);
  const out = new Map<string, RuleOutcome>();
  for (const rule of r.rules) {
    const m = new RegExp(`<testcase name="${rule.id}: [^"]*"[^>]*?(/>|>\\s*<(\\w+) message="([^"]*)")`).exec(xml);
    expect(m, rule.id).not.toBeNull();
    const [, , element, message] = m!;
    out.set(
      rule.id,
      element === undefined
        ? 'pass'
        : element === 'failure'
          ? 'fail'
          : element === 'error'
            ? 'error'
            : message!.startsWith('not assessed:')
              ? 'not-assessed'
              : 'not-run',
    );
  }
  return out;
}

function htmlOutcomes(r: AuditResult): Map<string, { outcome: RuleOutcome; rag: string }> {
  const view = buildView(r, { marking: 'M', excerpts: null, print: false, printRows: 0 });
  const out = new Map<string, { outcome: RuleOutcome; rag: string }>();
  for (const area of view.areas) {
    for (const rv of area.rules) {
      const rule = r.rules.find((x) => x.id === rv.id)!;
      const outcome: RuleOutcome =
        rv.heading === rule.failTitle
          ? 'fail'
          : rv.heading === rule.passTitle
            ? 'pass'
            : rv.heading === `${rule.title}: not assessed`
              ? 'not-assessed'
              : 'error';
      out.set(rv.id, { outcome, rag: rv.rag.cls });
    }
    for (const nr of area.notRun) out.set(nr.id, { outcome: nr.status === 'Error' ? 'error' : 'not-run', rag: '' });
  }
  return out;
}

/** Markdown names the rules not assessed and not run; the others are passes or failures. */
function markdownOutcomes(r: AuditResult): Map<string, 'not-assessed' | 'not-run' | 'error' | 'assessed'> {
  const md = renderMarkdown(r, 'M');
  const out = new Map<string, 'not-assessed' | 'not-run' | 'error' | 'assessed'>();
  for (const rule of r.rules) {
    const m = new RegExp(`^- \\*\\*${rule.id}\\*\\* \\((not assessed|not run|error)\\)`, 'm').exec(md);
    out.set(
      rule.id,
      m ? (m[1] === 'not assessed' ? 'not-assessed' : m[1] === 'error' ? 'error' : 'not-run') : 'assessed',
    );
  }
  return out;
}

const MARK: Record<Rag, string> = { red: 'FAIL', amber: 'WARN', green: 'PASS', none: '  - ' };
const MD_STATUS: Record<Rag, string> = {
  red: '🔴 Red',
  amber: '🟠 Amber',
  green: '🟢 Green',
  none: '⚪ Not measured',
};

describe.each(['fixtures/demo', 'fixtures/ssd-small'])('%s: the four views agree', (fixture) => {
  it('on every rule: terminal, HTML, Markdown and JUnit show ruleOutcome, and the colour is ruleRag', () => {
    const r = results.get(fixture)!;
    const terminal = terminalOutcomes(r);
    const junit = junitOutcomes(r);
    const html = htmlOutcomes(r);
    const md = markdownOutcomes(r);
    const seen = new Set<RuleOutcome>();
    for (const rule of r.rules) {
      const outcome = ruleOutcome(rule);
      seen.add(outcome);
      expect(terminal.get(rule.id)!.outcome, `terminal ${rule.id}`).toBe(outcome);
      expect(junit.get(rule.id), `junit ${rule.id}`).toBe(outcome);
      expect(html.get(rule.id)!.outcome, `html ${rule.id}`).toBe(outcome);
      expect(md.get(rule.id), `markdown ${rule.id}`).toBe(
        outcome === 'pass' || outcome === 'fail' ? 'assessed' : outcome,
      );
      if (outcome === 'pass' || outcome === 'fail') {
        expect(terminal.get(rule.id)!.mark, `terminal mark ${rule.id}`).toBe(MARK[ruleRag(rule)]);
        expect(html.get(rule.id)!.rag, `html colour ${rule.id}`).toBe(ruleRag(rule));
      }
    }
    // The fixtures between them show passes, failures and a rule that measured nothing.
    if (fixture === 'fixtures/demo') expect([...seen].sort()).toEqual(['fail', 'pass']);
    else expect(terminal.get('workforce')!.outcome).toBe('not-assessed');
  });

  it('on every judgement area: HTML and Markdown show areaSummary', () => {
    const r = results.get(fixture)!;
    const view = buildView(r, { marking: 'M', excerpts: null, print: false, printRows: 0 });
    const md = renderMarkdown(r, 'M');
    for (const area of AREAS) {
      const a = areaSummary(r.rules, area);
      const av = view.areas.find((x) => x.id === area)!;
      expect(av.rag.cls, area).toBe(a.rag);
      if (a.rag === 'none') expect(av.rag.label, area).toBe(a.notAssessed ? 'Not assessed' : 'Not measured');
      expect([av.counts.red, av.counts.amber, av.counts.green]).toEqual([
        a.measures.red,
        a.measures.amber,
        a.measures.green,
      ]);
      const row = md.split('\n').find((l) => l.startsWith(`| ${AREA_TITLES[area]} |`))!;
      expect(row.split(' | ')[1], area).toBe(a.notAssessed ? '⚪ Not assessed' : MD_STATUS[a.rag]);
    }
  });
});
