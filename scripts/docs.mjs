// Writes the generated parts of docs/ from the code, so the docs cannot drift from it: the
// canonical tables and columns (src/model/schema.ts), the layouts and what each carries
// (src/load/layouts/), and each rule's metrics, needs, findings and option defaults (rules/index.ts).
// Generated parts sit between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`; the prose
// around them is written by hand. Reads the compiled code in dist/ (run after `npm run build`).
//
//   node scripts/docs.mjs            rewrite the generated parts
//   node scripts/docs.mjs --check    exit 1, naming each file and part, when docs and code disagree
//   --docs DIR                       another docs folder (the test checks a broken copy)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { METRIC_DEFINITIONS } from './metricDefinitions.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const docsAt = args.indexOf('--docs');
const docs = docsAt >= 0 ? resolve(args[docsAt + 1]) : join(root, 'docs');

const { TABLE_SPECS } = await import(join(root, 'dist/src/model/schema.js'));
const { LAYOUTS } = await import(join(root, 'dist/src/load/layouts/index.js'));
const { RULES } = await import(join(root, 'dist/rules/index.js'));
const { optionsWithoutDefault } = await import(join(root, 'dist/src/engine/ruleFacts.js'));

const code = (s) => `\`${s}\``;
const cell = (s) => String(s).replace(/\|/g, '\\|');

function kindText(kind) {
  switch (kind.type) {
    case 'id':
      return 'id';
    case 'text':
      return 'text';
    case 'date':
      return 'date';
    case 'flag':
      return 'flag (yes/no)';
    case 'fraction':
      return 'number above 0 and at most 1';
    case 'count':
      return 'whole number, 0 or more';
    case 'code': {
      const synonyms = Object.entries(kind.synonyms ?? {}).map(([from, to]) => `${code(from)} → ${code(to)}`);
      return `code: ${kind.values.map(code).join(', ')}${synonyms.length ? `; also read: ${synonyms.join(', ')}` : ''}`;
    }
    default:
      throw new Error(`docs.mjs: unknown column kind ${kind.type}`);
  }
}

function tablesPart() {
  const out = [];
  for (const t of Object.values(TABLE_SPECS)) {
    out.push(`### ${code(t.name)}`, '');
    const facts = [];
    const colName = (key) => t.columns.find((c) => c.key === key)?.name ?? key;
    if (t.uniqueKey) facts.push(`${code(colName(t.uniqueKey))} must be unique`);
    for (const [a, b] of t.intervals ?? []) facts.push(`${code(colName(b))} must not be before ${code(colName(a))}`);
    if (facts.length) out.push(`File: ${code(`${t.name}.csv`)}. ${facts.join('; ')}.`, '');
    else out.push(`File: ${code(`${t.name}.csv`)}.`, '');
    out.push('| column | required | values | also accepted as |', '| --- | --- | --- | --- |');
    for (const c of t.columns) {
      out.push(
        `| ${code(c.name)} | ${c.required ? 'yes' : ''} | ${cell(kindText(c.kind))} | ${cell((c.aliases ?? []).map(code).join(', '))} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

function coverageText(cov) {
  const parts = [];
  parts.push(cov.columns === 'all' ? 'every column' : cov.columns.map(code).join(', '));
  if (cov.history === 'latest') parts.push("each child's latest record only");
  if (cov.planTypes) parts.push(`plan types ${cov.planTypes.map(code).join(', ')} only`);
  for (const [col, why] of Object.entries(cov.withheld ?? {})) parts.push(`${code(col)} not used: ${why}`);
  if (cov.source) parts.push(`(${cov.source})`);
  return parts.join('; ');
}

function layoutsPart() {
  const out = [];
  const tables = Object.keys(TABLE_SPECS);
  for (const l of LAYOUTS) {
    out.push(`### ${code(l.name)}`, '', `${l.describe[0].toUpperCase()}${l.describe.slice(1)}.`, '');
    out.push('| table | what it fills |', '| --- | --- |');
    for (const t of tables)
      out.push(`| ${code(t)} | ${cell(l.carries[t] ? coverageText(l.carries[t]) : 'nothing (the table is absent)')} |`);
    out.push('');
  }
  return out.join('\n');
}

function needsText(needs) {
  const list = needs.needs.map((n) => (typeof n === 'string' ? code(n) : `one of ${n.map(code).join(', ')}`));
  const history = (needs.history ?? 'full') === 'full' ? 'full history' : "each child's latest record is enough";
  return `${list.length ? list.join(', ') : "only the rule's tables"}; ${history}`;
}

function rulesPart(problems) {
  const out = [];
  for (const r of RULES) {
    out.push(`## ${code(r.id)}: ${r.title}`, '');
    out.push(`- Area: ${r.area.map(code).join(', ')}`);
    out.push(
      `- Tables: ${r.tables.map(code).join(', ') || 'every table present'}${r.optionalTables?.length ? `; used when present: ${r.optionalTables.map(code).join(', ')}` : ''}`,
    );
    out.push(`- Titles: "${r.passTitle}" when every metric meets its threshold; "${r.failTitle}" otherwise`);
    if (r.alwaysOn) out.push('- Always runs; cannot be switched off in the config');
    out.push('', r.description, '');
    out.push('| metric | definition | needs |', '| --- | --- | --- |');
    for (const [id, needs] of Object.entries(r.metrics)) {
      const def = METRIC_DEFINITIONS[`${r.id}.${id}`];
      if (!def) problems.push(`scripts/metricDefinitions.mjs has no definition of ${r.id}.${id}`);
      out.push(`| ${code(id)} | ${cell(def ?? '')} | ${cell(needsText(needs))} |`);
    }
    out.push('', '| finding | informs metric | evidence key |', '| --- | --- | --- |');
    for (const [id, f] of Object.entries(r.findings)) {
      // The key as the rule writes it: `*` is a segment that varies and is itself the subject
      // (data quality's table), then any segments after the id (plan drift's review date).
      const subject = f.subject === 'table' ? '<table>' : `<${f.subject} id>`;
      const after = (f.after ?? []).map((s) => `/<${s}>`).join('');
      const key = f.key === '*' ? `${r.id}/${subject}${after}` : `${r.id}/${f.key}/${subject}${after}`;
      out.push(`| ${code(id)} | ${f.metric ? code(f.metric) : '(none)'} | ${code(key)} |`);
    }
    out.push('', `Options and their defaults (set in the config under \`rules.${r.id}.options\`):`, '', '```json');
    out.push(JSON.stringify(r.options.parse({}), null, 2), '```', '');
    const unset = optionsWithoutDefault(r);
    if (unset.length)
      out.push(
        `Options with no default (unset unless the config gives them): ${unset.map((o) => `${code(o.name)} (${o.type})`).join(', ')}.`,
        '',
      );
  }
  const known = new Set(RULES.flatMap((r) => Object.keys(r.metrics).map((m) => `${r.id}.${m}`)));
  for (const k of Object.keys(METRIC_DEFINITIONS))
    if (!known.has(k)) problems.push(`scripts/metricDefinitions.mjs defines ${k}, which no rule reports`);
  return out.join('\n');
}

const problems = [];
const parts = { tables: tablesPart(), layouts: layoutsPart(), rules: rulesPart(problems) };
const files = { 'data-contract.md': ['tables', 'layouts'], 'rules.md': ['rules'] };

for (const [file, names] of Object.entries(files)) {
  const path = join(docs, file);
  const before = readFileSync(path, 'utf8');
  let after = before;
  for (const name of names) {
    const open = `<!-- generated:${name} -->`,
      close = `<!-- /generated:${name} -->`;
    const i = after.indexOf(open),
      j = after.indexOf(close);
    if (i < 0 || j < i) {
      problems.push(`${file}: no ${open} … ${close} block`);
      continue;
    }
    after = `${after.slice(0, i + open.length)}\n<!-- Written by scripts/docs.mjs from the code: edit the code, then run npm run docs. -->\n\n${parts[name]}\n${after.slice(j)}`;
  }
  if (after === before) continue;
  if (check) problems.push(`docs/${file} disagrees with the code: run npm run docs`);
  else writeFileSync(path, after);
}
if (problems.length) {
  for (const p of problems) process.stderr.write(`${p}\n`);
  process.exitCode = 1;
}
