/**
 * The CIN census's own scanner (src/load/returns/cinScan.ts) against the generic XML reader: for
 * every census, plain or not, read whole and in small chunks, both give the same records, ids,
 * lines, repeat CP plans, role and log; a file outside the scanner's subset is handed over (the
 * scanner throws Fallback) and a malformed one is refused in the generic reader's words.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateExport } from '../src/generate/index.js';
import { dayFromYmd } from '../src/model/day.js';
import { DataQualityLog } from '../src/model/issues.js';
import { type CinReadOptions, readCinCensus } from '../src/load/returns/cinCensus.js';
import { CinRecords } from '../src/load/returns/cinRecords.js';
import { scanCinCensus } from '../src/load/returns/cinScan.js';
import { Fallback } from '../src/load/returns/xmlFast.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'caseaudit-cin-scan-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function read(path: string, o: CinReadOptions) {
  const dq = new DataQualityLog();
  try {
    const r = await readCinCensus(path, dq, Infinity, o);
    return { ...r, previousCp: [...r.previousCp], log: dq.issueGroups(), error: null };
  } catch (e) {
    return { error: (e as Error).message, log: dq.issueGroups() };
  }
}

/** Both readers at each chunk size; returns the scanner's reading of the whole file. */
async function same(path: string, chunks: (number | undefined)[] = [undefined, 1, 5, 64]) {
  const generic = await read(path, { engine: 'generic' });
  for (const chunk of chunks) {
    const scan = await read(path, { engine: 'scan', ...(chunk ? { chunk } : {}) });
    expect(scan, `chunk ${chunk ?? 'default'}`).toEqual(generic);
  }
  return generic;
}

/** Whether the scanner reads the file itself (true) or hands it to the generic reader. */
async function scans(path: string): Promise<boolean> {
  try {
    await scanCinCensus(path, 'f.xml', new CinRecords());
    return true;
  } catch (e) {
    if (e instanceof Fallback) return false;
    throw e;
  }
}

const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const head = (year = 2024) =>
  `<Header><CollectionDetails><Collection>CIN</Collection><Year>${year}</Year><ReferenceDate>${year}-03-31</ReferenceDate></CollectionDetails></Header>`;
const child = (id: string, inner = '') =>
  `<Child><ChildIdentifiers><LAchildID>${id}</LAchildID><PersonBirthDate>2015-01-02</PersonBirthDate><GenderCurrent>1</GenderCurrent></ChildIdentifiers>` +
  `<ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>${inner}</Child>`;
const details =
  '<CINdetails><CINreferralDate>2024-01-05</CINreferralDate><ReferralSource>1A</ReferralSource>' +
  '<Assessments><AssessmentActualStartDate>2024-01-06</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-02-01</AssessmentAuthorisationDate></Assessments>' +
  '<Section47><S47ActualStartDate>2024-01-07</S47ActualStartDate><DateOfInitialCPC>2024-01-20</DateOfInitialCPC></Section47>' +
  '<ChildProtectionPlans><CPPstartDate>2024-01-20</CPPstartDate><InitialCategoryOfAbuse>PHY</InitialCategoryOfAbuse><NumberOfPreviousCPP>1</NumberOfPreviousCPP>' +
  '<Reviews><CPPreviewDate>2024-03-01</CPPreviewDate></Reviews></ChildProtectionPlans>' +
  '<CINPlanDates><CINPlanStartDate>2024-02-02</CINPlanStartDate><CINPlanEndDate>2024-01-01</CINPlanEndDate></CINPlanDates>' +
  '<ReferralNFA>false</ReferralNFA></CINdetails>';
const doc = (children: string, year?: number) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n${head(year)}\n<Children>\n${children}\n</Children>\n</Message>\n`;

/**
 * A census laid out as councils' software writes it: each element on its own line, indented by its
 * depth (`unit` a level, `eol` between lines), a leaf's text and end tag on its start tag's line.
 */
function indented(children: string, unit = '  ', eol = '\n', year?: number): string {
  const lines: string[] = [];
  let depth = 0;
  let leaf = false;
  for (const t of `<Message>${head(year)}<Children>${children}</Children></Message>`.split(/(?=<)/)) {
    if (t.startsWith('</')) {
      depth--;
      if (leaf) lines[lines.length - 1] += t;
      else lines.push(unit.repeat(depth) + t);
      leaf = false;
    } else {
      const empty = t.endsWith('/>');
      lines.push(unit.repeat(depth) + t);
      leaf = !empty && !t.endsWith('>');
      if (!empty) depth++;
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>${eol}${lines.join(eol)}${eol}`;
}

/** Children whose layouts take turns: all of details, no section 47, no assessment or plan. */
const ROTATION = Array.from({ length: 12 }, (_, i) =>
  child(
    `K${i}`,
    [
      details,
      details.replace(/<Section47>.*?<\/Section47>/, ''),
      details.replace(/<Assessments>.*?<\/Assessments>/, '').replace(/<CINPlanDates>.*?<\/CINPlanDates>/, ''),
    ][i % 3]!,
  ).replace('<Disability>NONE</Disability>', i % 4 === 1 ? '' : '<Disability>NONE</Disability>'),
)
  .join('')
  .replace(
    '<ReferralNFA>false</ReferralNFA></CINdetails></Child><Child><ChildIdentifiers><LAchildID>K5<',
    '<ReferralNFA/></CINdetails></Child><Child><ChildIdentifiers><LAchildID>K5<',
  );
const ALTERNATING = indented(ROTATION).replace(/(<LAchildID>K7<\/LAchildID>\n)( *)/, '$1$2   ');

/** The optional parts of `details`, each child without a different subset of them (16 layouts). */
const OPTIONAL = [
  /<Assessments>.*?<\/Assessments>/,
  /<Section47>.*?<\/Section47>/,
  /<ChildProtectionPlans>.*?<\/ChildProtectionPlans>/,
  /<CINPlanDates>.*?<\/CINPlanDates>/,
];
const SUBSETS = Array.from({ length: 40 }, (_, i) =>
  child(
    `M${String(i).padStart(2, '0')}`,
    OPTIONAL.reduce((d, re, k) => ((i % 16) & (1 << k) ? d.replace(re, '') : d), details),
  ),
).join('');
/**
 * Many layouts after the same tags: up to five tags after one (`</ReferralSource>`, then any of the
 * four optional parts or `<ReferralNFA>`), and each child's lines indented by a further 0 to 10
 * spaces in turn, so every stretch between two tags inside a child takes eleven forms in turn:
 * more than the scanner keeps per tag (two, then SEGMENTS_KEPT older ones), so it matches older
 * ones, moves them to the front and drops the oldest.
 */
const MANY_LAYOUTS = (() => {
  let k = -1;
  return indented(SUBSETS)
    .split('\n')
    .map((l) => {
      if (l.trim() === '<Child>') k++;
      return k >= 0 && l.trim() !== '</Children>' && l.trim() !== '</Message>' ? ' '.repeat(k % 11) + l : l;
    })
    .join('\n');
})();

/** Documents the scanner reads itself. */
const PLAIN: Record<string, string> = {
  'a plain census': doc(`${child('A1', details)}\n${child('A2', details + details)}`),
  'CRLF line ends, a BOM, white space in tags, self-closing and empty elements': `\uFEFF${doc(
    child('B1', `${details}<CINdetails >\r\n<CINreferralDate>bad</CINreferralDate\r\n><ReferralNFA/></CINdetails>`),
  ).replace(/\n/g, '\r\n')}`,
  "a record outside the schema order, an unknown element, the other years' Sex, multi-byte text": doc(
    child(
      'C1é',
      `<CINdetails><Assessments><CINPlanStartDate>2024-01-09</CINPlanStartDate></Assessments><Mystery>x</Mystery>` +
        `<CINreferralDate>\u00a02024-01-08 </CINreferralDate></CINdetails>`,
    ).replace('<GenderCurrent>1</GenderCurrent>', '<Sex>f</Sex>'),
    2023,
  ),
  'the schema declared on the root, and a plain attribute on a child': doc(child('A9', details))
    .replace(
      '<Message>',
      `<Message xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation='CIN_schema_2024.xsd'>`,
    )
    .replace('<Child>', '<Child note="x">'),
  // 40 names of one length with the same first and last letters: one home slot, more than are
  // tried from it, so most are never shared; each is still read as itself and listed once.
  'many unknown names alike at both ends, each twice': doc(
    child(
      'G1',
      Array.from({ length: 40 }, (_, i) => `<Q${String(i).padStart(4, '0')}Z>v</Q${String(i).padStart(4, '0')}Z>`)
        .join('\n')
        .repeat(2) + details,
    ),
  ),
  // A start tag is first matched against the name that followed the tag before it last time
  // (cinScan.ts): here the next child's names differ from it, run past it or stop short of it.
  'elements in another order than the child before, or spelt longer or shorter than there': doc(
    [
      child('H1', details),
      child('H2', details).replace('<Disabilities>', '<DisabilitiesMore>x</DisabilitiesMore><Disabilities>'),
      child('H3', details).replace('<Ethnicity>WBRI</Ethnicity>', '<Ethnic>WBRI</Ethnic>'),
      child('H4', details.replace(/<Section47>.*?<\/Section47>/, '')),
      child('H5', details),
    ].join('\n'),
  ),
  // What follows a tag is first compared, as words, with what followed it the last two different
  // times (white space and one plain tag, cinScan.ts): here three layouts take turns after the
  // same tags, one child's indentation differs from the rest, an element holds only white space
  // and one is empty.
  'indented children whose layouts take turns three ways, one indented differently': ALTERNATING,
  'the same with tabs and CRLF line ends': indented(ROTATION, '\t', '\r\n'),
  'children in sixteen layouts, each indented by one of eleven more widths in turn': MANY_LAYOUTS,
  'a child with no id, and one whose id comes last': doc(
    `${child('', details)}<Child>${details}<ChildIdentifiers><LAchildID>D1</LAchildID></ChildIdentifiers></Child>`,
  ),
};

/** Documents the scanner hands to the generic reader, which reads them. */
const HANDED_OVER: Record<string, string> = {
  'a comment': doc(`<!-- c -->${child('E1', details)}`),
  'an attribute with a reference': doc(child('E2', details)).replace('<Message>', '<Message a="x&amp;y">'),
  'an attribute spaced around "="': doc(child('E2', details)).replace('<Message>', '<Message a = "x">'),
  'an attribute over two lines': doc(child('E2', details)).replace('<Message>', '<Message a="x\ny">'),
  'an entity reference': doc(child('E3&amp;4', details)),
  CDATA: doc(child('<![CDATA[E5]]>', details)),
  'text beside child elements': doc(child('E6', `x${details}`)),
  'a ">" in text': doc(child('E7>', details)),
  'a processing instruction': doc(`<?pi x?>${child('E8', details)}`),
  'invalid UTF-8': doc(child('E9\uFFFD', details)),
};

const REFUSED: Record<string, [string, string]> = {
  'a DOCTYPE (no entity is ever expanded)': [
    `<?xml version="1.0"?><!DOCTYPE Message [<!ENTITY a "aaaa">]>${doc('').slice(22)}`,
    'a DOCTYPE is not allowed in a return (entity declarations are refused)',
  ],
  'a mismatched close tag': [
    doc(child('F1').replace('</Ethnicity>', '</Ethnicit>')),
    'malformed XML: unexpected close tag.',
  ],
  'a close tag differing from its start tag only inside': [
    doc(child('F1').replace('</Ethnicity>', '</Ethnxcity>')),
    'malformed XML: unexpected close tag.',
  ],
  'a start tag spelt shorter than the one that followed there before, closed as that one': [
    doc(child('F1') + child('F2').replace('<Ethnicity>', '<Ethnicit>')),
    'malformed XML: unexpected close tag.',
  ],
  // The bytes after </Disability> are those after it in the child before (</Disabilities>), but
  // another element is open: compared as a whole, they must still close only the element open
  // (were they read as closing it, the document would balance).
  'an end tag spelt as the one that came there before, closing another element': [
    doc(
      child('F1') +
        child('F2').replace(
          '<Disability>NONE</Disability></Disabilities>',
          '<Other><Disability>NONE</Disability></Disabilities></Disabilities>',
        ),
    ),
    'malformed XML: unexpected close tag.',
  ],
  // The same, when those bytes are one of the older stretches kept after </Disability> (three
  // different ones came after it before: </Disabilities>, <Disability>, <Mystery>).
  'an end tag spelt as one that came there before the last two, closing another element': [
    doc(
      child('F1') +
        child('F2').replace(
          '<Disability>NONE</Disability>',
          '<Disability>NONE</Disability><Disability>X</Disability>',
        ) +
        child('F3').replace('<Disability>NONE</Disability>', '<Disability>NONE</Disability><Mystery>x</Mystery>') +
        child('F4').replace(
          '<Disability>NONE</Disability></Disabilities>',
          '<Other><Disability>NONE</Disability></Disabilities></Disabilities>',
        ),
    ),
    'malformed XML: unexpected close tag.',
  ],
  'an unclosed element': [doc(child('F2')).replace('</Message>\n', ''), 'malformed XML: unclosed tag: Message'],
  'a repeated attribute': [doc(child('F0')).replace('<Child>', '<Child a="1" a="2">'), 'malformed XML'],
  'a control character': [doc(child('F\u00013')), 'malformed XML: disallowed character.'],
  'text after the root': [`${doc(child('F4'))}x`, 'malformed XML: text data outside of root node.'],
  'a second root': [`${doc(child('F5'))}<M/>`, 'malformed XML: documents may contain only one root.'],
  'text longer than a return holds': [doc(child('F6'.repeat(40_000))), 'characters; not a return'],
};

describe('the CIN census scanner gives what the generic reader gives', () => {
  for (const [what, text] of Object.entries(PLAIN))
    it(`reads ${what} itself`, async () => {
      const p = write('plain.xml', text);
      expect(await scans(p)).toBe(true);
      const r = await same(p);
      expect(r.error).toBeNull();
    });

  it('reads the records of a plain census as the generic reader does (known answers)', async () => {
    const r = await same(write('known.xml', PLAIN['a plain census']!));
    if (r.error !== null) throw new Error(r.error);
    expect(r.tables.referrals!.records.map((x) => x.key)).toEqual([
      'REF-A1-2024-01-05',
      'REF-A2-2024-01-05',
      'REF-A2-2024-01-05~2',
    ]);
    expect(r.tables.plans!.records.map((x) => [x.key, x.line])).toEqual([
      ['CP-A1-2024-01-20', 5],
      ['CIN-A1-2024-02-02', 5],
      ['CP-A2-2024-01-20', 6],
      ['CIN-A2-2024-02-02', 6],
      ['CP-A2-2024-01-20~2', 6],
      ['CIN-A2-2024-02-02~2', 6],
    ]);
    expect(r.previousCp).toEqual(['CP-A1-2024-01-20', 'CP-A2-2024-01-20', 'CP-A2-2024-01-20~2']);
    expect(r.role).toBe('CIN census 2024 (reference date 2024-03-31)');
  });

  it('reads an indented census at the lines it was written on (known answers)', async () => {
    const r = await same(write('lines.xml', ALTERNATING));
    if (r.error !== null) throw new Error(r.error);
    const lines = ALTERNATING.split('\n');
    // Each referral at its CINdetails' line, each child at its Child's: found in the text here.
    const at = (tag: string) => lines.flatMap((l, i) => (l.trim().startsWith(tag) ? [i + 1] : []));
    expect(r.tables.referrals!.records.map((x) => x.line)).toEqual(at('<CINdetails>'));
    expect(r.tables.children!.records.map((x) => x.line)).toEqual(at('<Child>'));
    expect(r.tables.referrals!.records).toHaveLength(12);
  });

  it('reads a census of many layouts at the lines it was written on (known answers)', async () => {
    const r = await same(write('many.xml', MANY_LAYOUTS), [undefined, 3, 64]);
    if (r.error !== null) throw new Error(r.error);
    const lines = MANY_LAYOUTS.split('\n');
    const at = (tag: string) => lines.flatMap((l, i) => (l.trim().startsWith(tag) ? [i + 1] : []));
    expect(r.tables.referrals!.records.map((x) => x.line)).toEqual(at('<CINdetails>'));
    expect(r.tables.children!.records.map((x) => x.line)).toEqual(at('<Child>'));
    expect(r.tables.assessments!.records.map((x) => x.line)).toEqual(at('<Assessments>'));
    expect(r.tables.plans!.records.map((x) => x.line)).toEqual(
      [...at('<ChildProtectionPlans>'), ...at('<CINPlanDates>')].sort((a, b) => a - b),
    );
    // Children 0-39 in turn without the subset their number (mod 16) spells: 20 keep their assessment.
    expect(r.tables.referrals!.records).toHaveLength(40);
    expect(r.tables.assessments!.records).toHaveLength(20);
  });

  for (const [what, text] of Object.entries(HANDED_OVER))
    it(`hands ${what} to the generic reader, which reads it`, async () => {
      const p = write('other.xml', text);
      expect(await scans(p)).toBe(false);
      const r = await same(p, [undefined, 7]);
      expect(r.error).toBeNull();
    });

  for (const [what, [text, error]] of Object.entries(REFUSED))
    it(`refuses ${what} in the generic reader's words`, async () => {
      const p = write('bad.xml', text);
      expect(await scans(p)).toBe(false);
      const r = await same(p, [undefined, 4096]);
      expect(r.error).toMatch(/^bad\.xml:\d+:\d+: /);
      expect(r.error).toContain(error);
    });

  it('reads generated censuses of several years itself, record for record', async () => {
    const out = join(dir, 'returns');
    await generateExport({ out, children: 400, seed: 4, layout: 'returns', asAt: dayFromYmd(2026, 2, 28) });
    for (const f of ['cin_census_2025.xml', 'cin_census_2026.xml']) {
      const p = join(out, f);
      expect(await scans(p), f).toBe(true);
      const r = await same(p, [undefined, 100, 4096]);
      if (r.error !== null) throw new Error(r.error);
      expect(r.tables.children!.records.length, f).toBeGreaterThan(50);
    }
  });
});
