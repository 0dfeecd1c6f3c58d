/**
 * The fast XML scanner (src/load/returns/xmlFast.ts) against saxes: for every document, whole and
 * cut into chunks of a few characters (markup, references, CRLF and multi-byte characters split
 * across chunks), both give the same events (element paths, texts, lines) and the same refusal,
 * word for word with its line and column. Refusals are worded by saxes alone (the fast path hands
 * over to it), so each expected message is the one saxes gives.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateExport } from '../src/generate/index.js';
import { dayFromYmd } from '../src/model/day.js';
import { type StreamOptions, streamXmlWith } from '../src/load/returns/xmlStream.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'caseaudit-xml-fast-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

type Event = [string, string, string | number, number?];
async function read(path: string, o: StreamOptions): Promise<{ events: Event[]; error: string | null }> {
  const events: Event[] = [];
  try {
    await streamXmlWith(
      path,
      'f.xml',
      {
        open: (p, line) => events.push(['open', p.join('/'), line]),
        close: (p, text, line) => events.push(['close', p.join('/'), text, line]),
      },
      o,
    );
    return { events, error: null };
  } catch (e) {
    return { events, error: (e as Error).message };
  }
}

/** Both readers at each chunk size; returns the (shared) result of reading it whole. */
async function same(path: string, chunks: (number | undefined)[] = [undefined, 1, 2, 3, 7, 64]) {
  const whole = await read(path, { engine: 'fast' });
  for (const chunk of chunks) {
    const fast = await read(path, { engine: 'fast', ...(chunk ? { chunk } : {}) });
    const saxes = await read(path, { engine: 'saxes', ...(chunk ? { chunk } : {}) });
    expect(fast, `chunk ${chunk ?? 'default'}`).toEqual(saxes);
  }
  return whole;
}

const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const READ: Record<string, [string, Event[]]> = {
  'entities, character references and CRLF line ends': [
    '<?xml version="1.0" encoding="UTF-8"?>\r\n<M>\r\n  <A>x &amp; y &#65;&#x42;</A>\r\n  <B\r\n>p\r\nq</B>\r\n</M>\r\n',
    [
      ['open', 'M', 2],
      ['open', 'M/A', 3],
      ['close', 'M/A', 'x & y AB', 3],
      ['open', 'M/B', 5],
      ['close', 'M/B', 'p\nq', 6],
      ['close', 'M', '', 7],
    ],
  ],
  'a BOM, comments, attributes (a > in a value), self-closing elements, multi-byte names': [
    '\uFEFF<!-- c --><M xmlns="urn:x" b=\'2 > 3\'><A>a<!--x-->b</A><Ä/><C> p\u00a0</C></M>\n',
    [
      ['open', 'M', 1],
      ['open', 'M/A', 1],
      ['close', 'M/A', 'ab', 1],
      ['open', 'M/Ä', 1],
      ['close', 'M/Ä', '', 1],
      ['open', 'M/C', 1],
      ['close', 'M/C', 'p', 1],
      ['close', 'M', '', 1],
    ],
  ],
  // Names are shared by length and first and last character (xmlFast.ts): each must still be its own.
  'names alike in length and both ends': [
    '<M><AbC>1</AbC><AxC>2</AxC><AbC/><AxxC>3</AxxC></M>',
    [
      ['open', 'M', 1],
      ['open', 'M/AbC', 1],
      ['close', 'M/AbC', '1', 1],
      ['open', 'M/AxC', 1],
      ['close', 'M/AxC', '2', 1],
      ['open', 'M/AbC', 1],
      ['close', 'M/AbC', '', 1],
      ['open', 'M/AxxC', 1],
      ['close', 'M/AxxC', '3', 1],
      ['close', 'M', '', 1],
    ],
  ],
  'CDATA and a processing instruction (read by saxes)': [
    '<M><?pi x?><A><![CDATA[ x < y ]]></A></M>',
    [
      ['open', 'M', 1],
      ['open', 'M/A', 1],
      ['close', 'M/A', 'x < y', 1],
      ['close', 'M', '', 1],
    ],
  ],
};

const REFUSED: Record<string, [string, string]> = {
  'a DOCTYPE': [
    '<?xml version="1.0"?><!DOCTYPE M [<!ENTITY a "aaaa">]><M>&a;</M>',
    'f.xml:1:55: a DOCTYPE is not allowed in a return (entity declarations are refused)',
  ],
  'a mismatched close tag': ['<M>\n<A>1</B></M>', 'f.xml:2:9: malformed XML: unexpected close tag.'],
  'a close tag alike in length and both ends': [
    '<M><AbC>1</AxC></M>',
    'f.xml:1:16: malformed XML: unexpected close tag.',
  ],
  'an unclosed element': ['<M><A>1</A>', 'f.xml:1:12: malformed XML: unclosed tag: M'],
  'an undefined entity': ['<M><A>&nope;</A></M>', 'f.xml:1:13: malformed XML: undefined entity.'],
  '"]]>" in text': ['<M><A>a ]]> b</A></M>', 'f.xml:1:12: malformed XML: the string "]]>" is disallowed in char data.'],
  'a control character': ['<M><A>a\u0001b</A></M>', 'f.xml:1:9: malformed XML: disallowed character.'],
  'a second root': ['<M></M><N></N>', 'f.xml:1:11: malformed XML: documents may contain only one root.'],
  'text after the root': ['<M></M>y', 'f.xml:1:9: malformed XML: text data outside of root node.'],
  'an empty file': ['', 'f.xml:1:1: malformed XML: document must contain a root element.'],
  'a repeated attribute': ['<M a="1" a="2"></M>', 'f.xml:1:16: malformed XML: duplicate attribute: a.'],
  'a misplaced XML declaration': [
    ' <?xml version="1.0"?><M/>',
    'f.xml:1:8: malformed XML: an XML declaration must be at the start of the document.',
  ],
  'text longer than a return holds': [
    `<M><A>${'x'.repeat(70_000)}</A></M>`,
    'f.xml:1:70008: text of <A> is longer than 65536 characters; not a return',
  ],
};

describe('the fast XML scanner gives what saxes gives', () => {
  for (const [what, [text, events]] of Object.entries(READ))
    it(`reads ${what}`, async () => {
      const r = await same(write('doc.xml', text));
      expect(r).toEqual({ events, error: null });
    });

  for (const [what, [text, error]] of Object.entries(REFUSED))
    it(`refuses ${what} in saxes's words`, async () => {
      // Saxes reads a long text a character at a time: small chunks only for short documents.
      const r = await same(write('bad.xml', text), text.length > 1000 ? [undefined, 4096] : [undefined, 3, 7]);
      expect(r.error).toBe(error);
    });

  it('reads the generated CIN and workforce censuses event for event', async () => {
    const out = join(dir, 'returns');
    await generateExport({ out, children: 300, seed: 3, layout: 'returns', asAt: dayFromYmd(2026, 2, 28) });
    for (const f of ['cin_census_2025.xml', 'cin_census_2026.xml', 'csww.xml']) {
      const r = await same(join(out, f), [undefined, 4096, 1000]);
      expect(r.error, f).toBeNull();
      expect(r.events.filter((e) => e[0] === 'close' && /(LAchildID|SWENo)$/.test(e[1])).length, f).toBeGreaterThan(10);
    }
  });
});
