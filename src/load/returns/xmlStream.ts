/**
 * Streams an XML return (CIN census, workforce census) element by element, never holding the
 * document as one tree: a large council's census is tens of MB. Each leaf element's text is handed
 * to the caller with the path of element names above it. A fast scanner (xmlFast.ts) reads plain
 * XML; on anything else it hands over to saxes, which reads the file again from the start,
 * skipping the events already given, and words every refusal.
 *
 * Refused with one line (file, line, column): a DOCTYPE (the only way to declare entities, so an
 * entity-expansion "bomb" never expands), an undeclared entity, a text node longer than
 * MAX_TEXT characters, and malformed XML.
 */
import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { InputError } from '../csvFile.js';
import { Fallback, FastXml } from './xmlFast.js';

/** The longest value any return field holds is well under this; longer text is not a return. */
export const MAX_TEXT = 64 * 1024;

const WHITESPACE = /^\s*$/;

export interface XmlHandler {
  /** An element opened; `path` holds the names of its ancestors and itself. */
  open?(path: readonly string[], line: number): void;
  /** An element closed; `text` is its own text, trimmed ('' for an element with children only). */
  close(path: readonly string[], text: string, line: number): void;
}

/** Thrown by a handler to stop reading early (e.g. detection has seen enough): not an error. */
export class StopReading extends Error {}

/** What both readers (xmlFast.ts and saxes) drive: the open elements and their text so far. */
export interface XmlTree {
  open(name: string, line: number): void;
  text(t: string): void;
  close(line: number): void;
  depth(): number;
  top(): string | undefined;
}

/**
 * The element stack and texts, calling the handler. Events are counted so that saxes, reading a
 * document again after the fast path gave up on it, skips the `skip` events already given.
 */
class Tree implements XmlTree {
  readonly stack: string[] = [];
  private readonly texts: string[] = [];
  events = 0;
  constructor(
    private readonly handler: XmlHandler,
    private readonly skip: number,
    private readonly tooLong: (name: string) => never,
  ) {}
  open(name: string, line: number): void {
    this.stack.push(name);
    this.texts.push('');
    if (++this.events > this.skip) this.handler.open?.(this.stack, line);
  }
  text(t: string): void {
    // Indentation between elements is not a value: skipped, so it is neither kept nor counted.
    const n = this.texts.length;
    if (n === 0 || WHITESPACE.test(t)) return;
    const now = this.texts[n - 1]! + t;
    if (now.length > MAX_TEXT) this.tooLong(this.stack[n - 1]!);
    this.texts[n - 1] = now;
  }
  /** CDATA (saxes only): kept even when it is white space. */
  cdata(t: string): void {
    const n = this.texts.length;
    if (n === 0) return;
    const now = this.texts[n - 1]! + t;
    if (now.length > MAX_TEXT) this.tooLong(this.stack[n - 1]!);
    this.texts[n - 1] = now;
  }
  close(line: number): void {
    const text = this.texts.pop()!.trim();
    if (++this.events > this.skip) this.handler.close(this.stack, text, line);
    this.stack.pop();
  }
  depth(): number {
    return this.stack.length;
  }
  top(): string | undefined {
    return this.stack[this.stack.length - 1];
  }
}

export interface StreamOptions {
  maxBytes?: number;
  /** 'fast' (the default) falls back to saxes by itself; 'saxes' is for tests comparing the two. */
  engine?: 'fast' | 'saxes';
  /** Characters per chunk read (tests use small ones to cut markup across chunks). */
  chunk?: number;
}

export async function streamXml(path: string, file: string, handler: XmlHandler, maxBytes = Infinity): Promise<void> {
  return streamXmlWith(path, file, handler, { maxBytes });
}

export async function streamXmlWith(path: string, file: string, handler: XmlHandler, o: StreamOptions): Promise<void> {
  let given = 0;
  if (o.engine !== 'saxes') {
    const tree = new Tree(handler, 0, () => {
      throw new Fallback();
    });
    const fast = new FastXml(tree);
    try {
      await readChunks(path, file, o, (chunk) => fast.write(chunk));
      fast.close();
      return;
    } catch (e) {
      if (e instanceof StopReading) return;
      if (!(e instanceof Fallback)) throw e;
      given = tree.events;
    }
  }
  await readWithSaxes(path, file, handler, o, given);
}

/**
 * Where a trailing UTF-8 sequence cut by the chunk's end starts (the chunk's length when none is):
 * those bytes wait for the next chunk, as a streaming decoder keeps them.
 */
function completeLength(b: Buffer): number {
  for (let k = 1; k <= Math.min(3, b.length); k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? b.length - k : b.length;
  }
  return b.length;
}

async function readChunks(path: string, file: string, o: StreamOptions, write: (chunk: string) => void): Promise<void> {
  const maxBytes = o.maxBytes ?? Infinity;
  let bytes = 0;
  let rest: Buffer | null = null;
  const stream = createReadStream(path, { highWaterMark: o.chunk ?? 1024 * 1024 });
  try {
    for await (const raw of stream as AsyncIterable<Buffer>) {
      bytes += raw.length;
      if (bytes > maxBytes) throw new InputError(`${file}: larger than the limit of ${maxBytes} bytes`);
      // A return is nearly all ASCII, which latin1 decodes as UTF-8 does, several times faster.
      if (rest === null && isAscii(raw)) {
        write(raw.toString('latin1'));
        continue;
      }
      const b: Buffer = rest === null ? raw : Buffer.concat([rest, raw]);
      const n = completeLength(b);
      rest = n < b.length ? b.subarray(n) : null;
      write(b.toString('utf8', 0, n));
    }
    // Bytes cut short at the end decode as U+FFFD, as a streaming decoder ends them.
    if (rest !== null) write(rest.toString('utf8'));
  } catch (e) {
    if (e instanceof StopReading || e instanceof InputError || e instanceof Fallback) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== undefined) throw new InputError(`${file}: cannot be read (${code})`);
    throw e;
  } finally {
    stream.destroy();
  }
}

async function readWithSaxes(
  path: string,
  file: string,
  handler: XmlHandler,
  o: StreamOptions,
  skip: number,
): Promise<void> {
  // Imported here, not with this module: only a return outside the fast readers' subset needs it.
  // Importing it (a CommonJS package, which Node lexes for its exports) cost a fresh process
  // 20-40 ms of CPU in every returns load, read by saxes or not.
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ position: true });
  const fail = (what: string): never => {
    throw new InputError(`${file}:${parser.line}:${parser.column + 1}: ${what}`);
  };
  const tree = new Tree(handler, skip, (name) =>
    fail(`text of <${name}> is longer than ${MAX_TEXT} characters; not a return`),
  );
  parser.on('doctype', () => fail('a DOCTYPE is not allowed in a return (entity declarations are refused)'));
  parser.on('opentag', (tag) => tree.open(tag.name, parser.line));
  parser.on('text', (t) => tree.text(t));
  parser.on('cdata', (t) => tree.cdata(t));
  parser.on('closetag', () => tree.close(parser.line));
  parser.on('error', (e) => fail(`malformed XML: ${e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')}`));
  try {
    await readChunks(path, file, o, (chunk) => parser.write(chunk));
    parser.close();
  } catch (e) {
    if (e instanceof StopReading) return;
    throw e;
  }
}
