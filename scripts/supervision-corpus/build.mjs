// Builds test/fixtures/supervision-styles-corpus.json: supervision records in nine styles, each
// labelled per criterion from the hand labels of the fragments it is made of (a criterion is
// present when any fragment carries it), with the notes on hard calls. Written without the
// detector: nothing here imports it. The split is fixed by a seed and made on the fragments, not
// the records, so no sentence of the test part is ever seen while tuning on the development part.
//   node scripts/supervision-corpus/build.mjs
import { writeFileSync } from 'node:fs';
import * as F from './fragments.mjs';

const SEED = 22;
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

/** Splits every fragment pool in two by the seed: [dev, test]. */
function splitPool(pool) {
  const order = pool
    .map((f, i) => [rand(), i])
    .sort((a, b) => a[0] - b[0])
    .map(([, i]) => pool[i]);
  const half = Math.ceil(order.length / 2);
  return { dev: order.slice(0, half), test: order.slice(half) };
}
const POOLS = {};
for (const [name, value] of Object.entries(F)) {
  if (Array.isArray(value)) POOLS[name] = splitPool(value);
  else
    for (const [k, v] of Object.entries(value))
      if (Array.isArray(v) && Array.isArray(v[0])) POOLS[`${name}.${k}`] = splitPool(v);
}
// Heading names are not labelled fragments: any may appear in either part.
const HEADINGS = F.TEMPLATE;

const NAMES = [
  ['Mia', 'f'],
  ['Lily', 'f'],
  ['Tyler', 'm'],
  ['Ben', 'm'],
  ['Emily', 'f'],
  ['Grace', 'f'],
  ['Kai', 'm'],
  ['Amira', 'f'],
  ['Oskar', 'm'],
  ['Zara', 'f'],
  ['Jayden', 'm'],
  ['Poppy', 'f'],
  ['Leon', 'm'],
  ['Aisha', 'f'],
  ['Callum', 'm'],
  ['Freya', 'f'],
  ['Dylan', 'm'],
  ['Sienna', 'f'],
  ['Reuben', 'm'],
  ['Chloe', 'f'],
];
const CARERS = ['Mum', 'Dad', 'Nan', 'the foster carer', 'Ms Hughes', "Mum's partner"];
const WORKERS = ['Priya', 'Hannah', 'Beth', 'Joanne', 'Sade'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ord = (d) =>
  `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
function writtenDate() {
  const d = int(1, 28),
    m = int(1, 12),
    y = pick([2024, 2025]);
  const mm = String(m).padStart(2, '0'),
    dd = String(d).padStart(2, '0');
  return pick([
    `${dd}/${mm}/${y}`,
    `${d}/${m}/${String(y).slice(2)}`,
    `${ord(d)} ${MONTHS[m - 1]}`,
    `${y}-${mm}-${dd}`,
    `${d} ${MONTHS[m - 1]} ${y}`,
    `${d}.${m}.${y}`,
  ]);
}

function fill(text, child, worker) {
  const [name, sex] = child;
  const p = sex === 'f' ? { he: 'she', his: 'her', him: 'her' } : { he: 'he', his: 'his', him: 'him' };
  const out = text
    .replace(/\{N\}/g, name)
    .replace(/\{He\}/g, cap(p.he))
    .replace(/\{His\}/g, cap(p.his))
    .replace(/\{he\}/g, p.he)
    .replace(/\{his\}/g, p.his)
    .replace(/\{him\}/g, p.him)
    .replace(/\{C\}/g, () => pick(CARERS))
    .replace(/\{W\}/g, worker)
    .replace(/\{D\}/g, writtenDate)
    .replace(/\{P\}/g, writtenDate)
    .replace(/\{WD\}/g, () => pick(WEEKDAYS));
  return cap(out);
}
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** A record under construction: text lines, action lines, labels and notes. */
class Rec {
  constructor(part, child) {
    this.part = part;
    this.child = child;
    this.worker = pick(WORKERS);
    this.text = [];
    this.actions = [];
    this.flags = new Set();
    this.notes = [];
  }
  from(pool) {
    return POOLS[pool][this.part];
  }
  take(pool, where = 'text') {
    const f = pick(this.from(pool));
    this.add(f, where);
    return f;
  }
  add([t, flags, note], where = 'text', prefix = '') {
    const s = t === '' ? '' : fill(t, this.child, this.worker);
    (where === 'text' ? this.text : this.actions).push(prefix + s);
    for (const c of flags) this.flags.add(c);
    if (note) this.notes.push(note);
  }
  actionsColumn(timedShare) {
    for (let i = int(1, 2); i > 0; i--) this.take(chance(timedShare) ? 'ACT_TIMED' : 'ACT_UNTIMED', 'actions');
  }
}

function labels(rec) {
  return {
    childFocus: rec.flags.has('c'),
    reflection: rec.flags.has('r'),
    actions: rec.flags.has('a'),
    reviewsPrevious: rec.flags.has('v'),
  };
}
const join = (lines, sep) => lines.filter((l) => l !== null).join(sep);

const STYLES = {
  narrative(rec) {
    if (chance(0.3)) rec.take('REVIEW');
    for (let i = int(1, 2); i > 0; i--) rec.take('CONTEXT');
    if (chance(0.6)) rec.take('CHILD');
    else if (chance(0.5)) rec.take('CHILD_ABSENT');
    if (chance(0.5)) rec.take('REFLECT');
    if (chance(0.25)) rec.take(chance(0.6) ? 'ACT_TIMED' : 'ACT_UNTIMED');
    else if (chance(0.7)) rec.actionsColumn(0.6);
    return { sep: chance(0.3) ? '\n' : ' ' };
  },
  'signs-of-safety'(rec) {
    if (chance(0.9)) rec.take('SOS.worried');
    if (chance(0.8)) rec.take('SOS.working');
    if (chance(0.3)) rec.take('CHILD');
    if (chance(0.8)) rec.take('SOS.scaling');
    if (chance(0.8)) rec.take('SOS.needs');
    if (chance(0.3)) rec.actionsColumn(0.6);
    return { sep: '\n' };
  },
  template(rec) {
    const colon = chance(0.7) ? ': ' : ':\n';
    if (chance(0.5)) rec.add(pick(rec.from('TEMPLATE.review')), 'text', `${pick(HEADINGS.reviewHeadings)}${colon}`);
    rec.add(pick(rec.from('TEMPLATE.voice')), 'text', `${pick(HEADINGS.voiceHeadings)}${colon}`);
    rec.add(pick(rec.from('TEMPLATE.analysis')), 'text', `${pick(HEADINGS.analysisHeadings)}${colon}`);
    if (chance(0.7)) {
      const n = rec.text.length;
      rec.text.push(`${pick(HEADINGS.actionHeadings)}:`);
      for (let i = int(0, 2); i > 0; i--) rec.take(chance(0.6) ? 'ACT_TIMED' : 'ACT_UNTIMED');
      // Action lines as bullets under the heading.
      for (let i = n + 1; i < rec.text.length; i++) rec.text[i] = `- ${rec.text[i]}`;
    } else if (chance(0.6)) rec.actionsColumn(0.6);
    return { sep: '\n' };
  },
  terse(rec) {
    rec.take('TERSE');
    if (chance(0.3)) rec.take('TERSE');
    if (chance(0.2)) rec.actionsColumn(0.5);
    return { sep: ' ' };
  },
  nqsw(rec) {
    rec.text.push(pick(['ASYE supervision.', 'Personal supervision (NQSW).', 'ASYE review.', '']));
    for (let i = int(2, 4); i > 0; i--) rec.take('NQSW');
    if (chance(0.3)) rec.actionsColumn(0.5);
    return { sep: chance(0.5) ? '\n' : ' ' };
  },
  'young-or-non-verbal'(rec) {
    if (chance(0.6)) rec.take('CONTEXT');
    for (let i = int(1, 2); i > 0; i--) rec.take('YOUNG');
    if (chance(0.4)) rec.take('REFLECT');
    if (chance(0.6)) rec.actionsColumn(0.6);
    return { sep: ' ' };
  },
  adolescent(rec) {
    if (chance(0.5)) rec.take('CONTEXT');
    for (let i = int(1, 3); i > 0; i--) rec.take('TEEN');
    if (chance(0.3)) rec.take('REFLECT');
    if (chance(0.5)) rec.actionsColumn(0.6);
    return { sep: chance(0.4) ? '\n' : ' ' };
  },
  court(rec) {
    for (let i = int(1, 3); i > 0; i--) rec.take('COURT');
    if (chance(0.3)) rec.take('CHILD');
    if (chance(0.3)) rec.take('REFLECT');
    if (chance(0.4)) rec.actionsColumn(0.6);
    return { sep: chance(0.5) ? '\n' : ' ' };
  },
};

/** Word 3-shingle Jaccard, written here independently of the scorer (SPEC §4.7 "copied"). */
function jaccard(a, b) {
  const sh = (t) => {
    const w =
      t
        .toLowerCase()
        .replace(/[\u2018\u2019]/g, "'")
        .match(/[a-z0-9]+(?:'[a-z]+)*/g) ?? [];
    const s = new Set();
    for (let i = 0; i + 2 < w.length; i++) s.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
    return s;
  };
  const x = sh(a),
    y = sh(b);
  let inter = 0;
  for (const k of x) if (y.has(k)) inter++;
  return x.size + y.size - inter === 0 ? 0 : inter / (x.size + y.size - inter);
}

const records = [];
function build(style, part, child) {
  const rec = new Rec(part, child);
  const { sep } = STYLES[style](rec);
  return {
    rec,
    recordText: join(rec.text, sep).trim() || null,
    actions: rec.actions.length ? rec.actions.join('\n') : null,
  };
}
const PER_STYLE = 50;
for (const style of Object.keys(STYLES)) {
  for (let i = 0; i < PER_STYLE; i++) {
    const part = i % 2 === 0 ? 'dev' : 'test';
    const { rec, recordText, actions } = build(style, part, pick(NAMES));
    if (recordText === null && actions === null) {
      i--;
      continue;
    }
    records.push({ style, part, recordText, actions, expected: { ...labels(rec), copied: false }, notes: rec.notes });
  }
}
// Copied forward: the previous record of the same child, then this month's — the same text with
// a date or a line changed, or written afresh. Kept clear of the 0.8 line by construction.
for (let i = 0; i < PER_STYLE; i++) {
  const part = i % 2 === 0 ? 'dev' : 'test';
  const child = pick(NAMES);
  const style = pick(['narrative', 'narrative', 'terse', 'adolescent', 'young-or-non-verbal']);
  const prev = build(style, part, child);
  if (prev.recordText === null || prev.recordText.split(/\s+/).length < 18) {
    i--;
    continue;
  }
  let cur, copiedNote;
  if (chance(0.6)) {
    cur = {
      ...prev,
      recordText:
        prev.recordText.replace(/\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d\d-\d\d/, writtenDate()) +
        (chance(0.5) ? ' No change.' : ''),
    };
    copiedNote = 'copied: carried forward with at most a date and two words changed';
  } else {
    cur = build(style, part, child);
    copiedNote = 'copied: written afresh for the same child';
  }
  if (cur.recordText === null) {
    i--;
    continue;
  }
  const j = jaccard(`${prev.recordText} ${prev.actions ?? ''}`, `${cur.recordText} ${cur.actions ?? ''}`);
  if (j > 0.6 && j < 0.9) {
    i--;
    continue;
  }
  records.push({
    style: 'copied-forward',
    part,
    previous: [prev.recordText, prev.actions].filter(Boolean).join('\n'),
    recordText: cur.recordText,
    actions: cur.actions,
    expected: { ...labels(cur.rec), copied: j >= 0.8 },
    notes: [...cur.rec.notes, copiedNote],
  });
}

records.forEach((r, i) => {
  r.id = `C${String(i + 1).padStart(3, '0')}`;
});
const out = {
  description:
    'Supervision records in nine styles councils use, labelled per criterion as a practice supervisor would read them (SPEC 4.7), built by scripts/supervision-corpus/build.mjs from hand-written, hand-labelled fragments (scripts/supervision-corpus/fragments.mjs). Synthetic: no real child or worker. part: dev (tune on these) or test (measure only); the split is by a fixed seed over the fragments, so no sentence of the test part occurs in the dev part. notes: the hard calls in a record.',
  seed: SEED,
  records: records.map(({ id, style, part, recordText, actions, previous, expected, notes }) => ({
    id,
    style,
    part,
    recordText,
    actions,
    ...(previous ? { previous } : {}),
    expected,
    ...(notes.length ? { notes } : {}),
  })),
};
writeFileSync(
  new URL('../../test/fixtures/supervision-styles-corpus.json', import.meta.url),
  `${JSON.stringify(out, null, 2)}\n`,
);
console.log(`${records.length} records`);
