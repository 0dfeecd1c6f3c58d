/**
 * Parses a JSON file a user wrote or edited (config, suppressions, a findings.json) and, when it is
 * not valid, says where: line, column and what was expected. V8's messages give a position for
 * some mistakes only ("[1,]", a comment or an empty file have none), and quote the text around the
 * mistake, which may hold a child's id, so they are never shown; the place comes from the scan below.
 */

export class JsonTextError extends Error {}

/** The parsed value; a JsonTextError `not valid JSON at line L, column C (why)` otherwise. */
export function parseJsonText(text: string): unknown {
  const body = text.replace(/^\uFEFF/, ''); // a byte order mark, as Windows editors save
  try {
    return JSON.parse(body);
  } catch {
    if (body.trim() === '') throw new JsonTextError('not valid JSON: the file is empty');
    const at = firstMistake(body);
    if (!at) throw new JsonTextError('not valid JSON');
    const before = body.slice(0, at.offset);
    const line = before.split('\n').length;
    const column = at.offset - before.lastIndexOf('\n');
    throw new JsonTextError(`not valid JSON at line ${line}, column ${column} (${at.why})`);
  }
}

interface Mistake {
  offset: number;
  why: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The first place the text stops being JSON, or null (nesting too deep to scan). */
function firstMistake(text: string): Mistake | null {
  let i = 0;
  const fail = (why: string): never => {
    const end = i >= text.length && !why.startsWith('the file ends');
    throw { offset: i, why: end ? 'the file ends too soon' : why } satisfies Mistake;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    for (;;) {
      if (i >= text.length) fail('the file ends inside a string');
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c === '\\') {
        const e = text[i + 1] ?? '';
        if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else fail('a backslash that starts no escape; write two for one backslash');
      } else if (c < ' ') fail('a line break or control character inside a string');
      else i++;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail('expected a key in double quotes');
        string();
        space();
        if (text[i] !== ':') fail('expected ":" after the key');
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail('expected "," or "]"');
      }
    }
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    const n = NUMBER.exec(text);
    if (n && n[0] !== '-' && n[0] !== '') {
      i += n[0].length;
      if (/[0-9.eE]/.test(text[i] ?? '')) fail('not a number as JSON writes one');
      return;
    }
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return void (i += word.length);
    if (c === '/') fail('JSON has no comments');
    if (c === ',' || c === ']' || c === '}') fail('expected a value: a comma too many, or a value missing');
    if (c === "'") fail('strings and keys take double quotes');
    fail('expected a value');
  };
  try {
    value();
    space();
    if (i < text.length) fail('more text after the end of the JSON');
    return null;
  } catch (e) {
    return e instanceof Error ? null : (e as Mistake); // an Error: nesting past the call stack
  }
}
