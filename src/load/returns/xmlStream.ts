/**
 * Streams an XML return (CIN census, workforce census) element by element with saxes, never
 * holding the document as one tree: a large council's census is tens of MB. Each leaf element's
 * text is handed to the caller with the path of element names above it.
 *
 * Refused with one line (file, line, column): a DOCTYPE (the only way to declare entities, so an
 * entity-expansion "bomb" never expands), an undeclared entity, a text node longer than
 * MAX_TEXT characters, and malformed XML.
 */
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { InputError } from '../csvFile.js';

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

export async function streamXml(path: string, file: string, handler: XmlHandler, maxBytes = Infinity): Promise<void> {
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  const texts: string[] = [];
  const fail = (what: string): never => {
    throw new InputError(`${file}:${parser.line}:${parser.column + 1}: ${what}`);
  };
  parser.on('doctype', () => fail('a DOCTYPE is not allowed in a return (entity declarations are refused)'));
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    texts.push('');
    handler.open?.(stack, parser.line);
  });
  parser.on('text', (t) => {
    // Indentation between elements is not a value: skipped, so it is neither kept nor counted.
    if (texts.length === 0 || WHITESPACE.test(t)) return;
    const now = texts[texts.length - 1]! + t;
    if (now.length > MAX_TEXT)
      fail(`text of <${stack[stack.length - 1]!}> is longer than ${MAX_TEXT} characters; not a return`);
    texts[texts.length - 1] = now;
  });
  parser.on('cdata', (t) => {
    if (texts.length === 0) return;
    const now = texts[texts.length - 1]! + t;
    if (now.length > MAX_TEXT)
      fail(`text of <${stack[stack.length - 1]!}> is longer than ${MAX_TEXT} characters; not a return`);
    texts[texts.length - 1] = now;
  });
  parser.on('closetag', () => {
    handler.close(stack, texts.pop()!.trim(), parser.line);
    stack.pop();
  });
  parser.on('error', (e) => fail(`malformed XML: ${e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')}`));

  let bytes = 0;
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      bytes += chunk.length;
      if (bytes > maxBytes) throw new InputError(`${file}: larger than the limit of ${maxBytes} bytes`);
      parser.write(chunk);
    }
    parser.close();
  } catch (e) {
    if (e instanceof StopReading) return;
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== undefined) throw new InputError(`${file}: cannot be read (${code})`);
    throw e;
  } finally {
    stream.destroy();
  }
}
