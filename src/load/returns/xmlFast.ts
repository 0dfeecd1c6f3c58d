/**
 * The fast path of xmlStream.ts: a scanner for the plain XML the returns are made of (elements,
 * attributes, text, the five predefined entities and character references, comments, an XML
 * declaration, CRLF line ends, a BOM), built on indexOf instead of saxes's character-by-character
 * state machine, which made reading a census several times slower per row than the canonical CSVs.
 *
 * It never decides that a document is malformed: anything outside that plain subset, and every
 * fault (a mismatched tag, an undefined entity, a DOCTYPE, a disallowed character, text too long,
 * …), throws Fallback before any event for it is given, and xmlStream.ts reads the file again with
 * saxes, skipping the events already given. So saxes alone words every refusal (file, line,
 * column), and both paths give the same events (test/returns-xml-fast.test.ts checks this).
 */
import type { XmlTree } from './xmlStream.js';

/** Not an error: the document needs saxes from here on. */
export class Fallback extends Error {}

const fallback = (): never => {
  throw new Fallback();
};

/** Characters XML 1.0 forbids anywhere (lone surrogates cannot come out of UTF-8 decoding). */
const DISALLOWED = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
export const DECLARATION =
  /<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.0\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>/y;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Longer unfinished text than this (whitespace, or a text saxes will refuse) goes to saxes. */
const MAX_CARRY = 1 << 20;

const isSpace = (c: number) => c === 32 || c === 10 || c === 9;
const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
const isName = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
const validChar = (n: number) =>
  n === 9 ||
  n === 10 ||
  n === 13 ||
  (n >= 0x20 && n <= 0xd7ff) ||
  (n >= 0xe000 && n <= 0xfffd) ||
  (n >= 0x10000 && n <= 0x10ffff);

/** Text with its entity and character references replaced; Fallback for any other `&`. */
function decode(t: string): string {
  let out = '',
    i = 0;
  for (;;) {
    const amp = t.indexOf('&', i);
    if (amp === -1) return i === 0 ? t : out + t.slice(i);
    const semi = t.indexOf(';', amp + 1);
    if (semi === -1) fallback();
    const ref = t.slice(amp + 1, semi);
    let ch = PREDEFINED[ref];
    if (ch === undefined) {
      const n = /^#[0-9]+$/.test(ref)
        ? Number(ref.slice(1))
        : /^#x[0-9A-Fa-f]+$/.test(ref)
          ? parseInt(ref.slice(2), 16)
          : -1;
      if (!validChar(n)) fallback();
      ch = String.fromCodePoint(n);
    }
    out += t.slice(i, amp) + ch;
    i = semi + 1;
  }
}

/** What parsing a piece of markup at the end of the text read so far found. */
const MORE = -1;

export class FastXml {
  private buf = '';
  /** Line of position `lineAt` in buf; `nextNl` the first newline at or after it (-1: none). */
  private line = 1;
  private lineAt = 0;
  private nextNl = -1;
  /** Past the BOM and XML declaration. */
  private started = false;
  private rootSeen = false;
  private pendingCr = false;
  /**
   * Element names seen so far, by length and first and last character: a name seen before is
   * matched in place and the same string handed on, so a census's 400,000 tags make no new
   * strings and the readers' Set lookups and comparisons reuse one cached hash per name.
   */
  private readonly names = new Map<number, string[]>();

  constructor(private readonly tree: XmlTree) {}

  /** Reads one more chunk of the document. */
  write(chunk: string): void {
    if (this.pendingCr) chunk = `\r${chunk}`;
    this.pendingCr = chunk.endsWith('\r');
    if (this.pendingCr) chunk = chunk.slice(0, -1);
    this.feed(chunk, false);
  }

  /** The document is complete: anything unfinished is for saxes to word. */
  close(): void {
    this.feed(this.pendingCr ? '\r' : '', true);
    if (this.tree.depth() !== 0 || !this.rootSeen) fallback();
  }

  private feed(chunk: string, final: boolean): void {
    if (DISALLOWED.test(chunk)) fallback();
    // XML's end-of-line handling, as saxes does it: CRLF and a lone CR are one line end.
    if (chunk.includes('\r')) chunk = chunk.replace(/\r\n?/g, '\n');
    this.buf += chunk;
    let from = 0;
    if (!this.started) {
      // A BOM is skipped; an XML declaration may only open the document.
      if (this.buf.charCodeAt(0) === 0xfeff) this.buf = this.buf.slice(1);
      if (this.buf.length < 5 && '<?xml'.startsWith(this.buf) && !final) return;
      if (this.buf.startsWith('<?xml')) {
        from = this.declaration(this.buf, final);
        if (from === MORE) return;
      }
      this.started = true;
    }
    if (this.nextNl === -1) this.nextNl = this.buf.indexOf('\n', this.lineAt);
    this.scan(from, final);
  }

  private declaration(s: string, final: boolean): number {
    if (s.indexOf('?>') === -1) return final ? fallback() : MORE;
    DECLARATION.lastIndex = 0;
    if (!DECLARATION.test(s)) fallback();
    return DECLARATION.lastIndex;
  }

  /** The line of position p (not before the last asked for). */
  private lineOf(p: number): number {
    const b = this.buf;
    while (this.nextNl !== -1 && this.nextNl < p) {
      this.line++;
      this.nextNl = b.indexOf('\n', this.nextNl + 1);
    }
    this.lineAt = p;
    return this.line;
  }

  private scan(from: number, final: boolean): void {
    const b = this.buf;
    let pos = from;
    for (;;) {
      const lt = b.indexOf('<', pos);
      // Text is given whole, when the markup after it is reached (as saxes gives it).
      if (lt === -1) break;
      if (lt > pos) this.text(b, pos, lt);
      pos = lt;
      const c = b.charCodeAt(lt + 1);
      let next: number;
      if (c === 47) next = this.endTag(b, lt);
      else if (c === 33) next = this.comment(b, lt);
      else if (Number.isNaN(c)) next = MORE;
      else if (c === 63) next = fallback();
      else next = this.startTag(b, lt);
      if (next === MORE) break;
      pos = next;
    }
    if (final) {
      // Only white space may follow the root element.
      for (let i = pos; i < b.length; i++) if (!isSpace(b.charCodeAt(i))) fallback();
      return;
    }
    // Keep what is unfinished; count the lines of what is dropped first.
    this.lineOf(pos);
    this.buf = b.slice(pos);
    if (this.buf.length > MAX_CARRY) fallback();
    this.lineAt = 0;
    if (this.nextNl !== -1) this.nextNl -= pos;
  }

  private text(b: string, from: number, to: number): void {
    let i = from;
    while (i < to && isSpace(b.charCodeAt(i))) i++;
    if (i === to) return;
    if (this.tree.depth() === 0) fallback();
    let t = b.slice(from, to);
    if (t.includes(']]>')) fallback();
    if (t.includes('&')) t = decode(t);
    this.tree.text(t);
  }

  private endTag(b: string, lt: number): number {
    const gt = b.indexOf('>', lt + 2);
    if (gt === -1) return MORE;
    const top = this.tree.top();
    if (top === undefined || !b.startsWith(top, lt + 2)) fallback();
    for (let i = lt + 2 + top!.length; i < gt; i++) if (!isSpace(b.charCodeAt(i))) fallback();
    this.tree.close(this.lineOf(gt));
    return gt + 1;
  }

  private comment(b: string, lt: number): number {
    if (b.length - lt < 4) return MORE;
    if (!b.startsWith('<!--', lt)) fallback();
    const close = b.indexOf('-->', lt + 4);
    if (close === -1) return MORE;
    const body = b.slice(lt + 4, close);
    if (body.includes('--') || body.endsWith('-')) fallback();
    return close + 3;
  }

  private nameAt(b: string, from: number, to: number): string {
    // Name characters are ASCII (isName), so the key is exact on length and both ends.
    const key = (to - from) * 65536 + b.charCodeAt(from) * 256 + b.charCodeAt(to - 1);
    const seen = this.names.get(key);
    if (seen) for (const s of seen) if (b.startsWith(s, from)) return s;
    const name = b.slice(from, to);
    // A few names per key at most: a document of endless distinct names only loses the sharing.
    if (!seen) this.names.set(key, [name]);
    else if (seen.length < 8) seen.push(name);
    return name;
  }

  private startTag(b: string, lt: number): number {
    const n = b.length;
    let i = lt + 1;
    if (!isNameStart(b.charCodeAt(i))) fallback();
    while (i < n && isName(b.charCodeAt(i))) i++;
    if (i === n) return MORE;
    const name = this.nameAt(b, lt + 1, i);
    let attrs: string[] | null = null;
    for (;;) {
      const before = i;
      while (i < n && isSpace(b.charCodeAt(i))) i++;
      if (i === n) return MORE;
      const c = b.charCodeAt(i);
      if (c === 62 || c === 47) {
        if (c === 47) {
          if (i + 1 === n) return MORE;
          if (b.charCodeAt(i + 1) !== 62) fallback();
          i++;
        }
        if (this.tree.depth() === 0 && this.rootSeen) fallback();
        this.rootSeen = true;
        const line = this.lineOf(i);
        this.tree.open(name, line);
        if (c === 47) this.tree.close(line);
        return i + 1;
      }
      // An attribute: space before it, a name, `=`, a quoted value with no `<` and only
      // well-formed references. Attributes are not read by the returns, only checked.
      if (i === before || !isNameStart(c)) fallback();
      const a = i;
      while (i < n && isName(b.charCodeAt(i))) i++;
      const attr = b.slice(a, i);
      while (i < n && isSpace(b.charCodeAt(i))) i++;
      if (i >= n) return MORE;
      if (b.charCodeAt(i) !== 61) fallback();
      i++;
      while (i < n && isSpace(b.charCodeAt(i))) i++;
      if (i >= n) return MORE;
      const q = b.charCodeAt(i);
      if (q !== 34 && q !== 39) fallback();
      const close = b.indexOf(q === 34 ? '"' : "'", i + 1);
      if (close === -1) return MORE;
      const value = b.slice(i + 1, close);
      if (value.includes('<')) fallback();
      if (value.includes('&')) decode(value);
      if ((attrs ??= []).includes(attr)) fallback();
      attrs.push(attr);
      i = close + 1;
    }
  }
}
