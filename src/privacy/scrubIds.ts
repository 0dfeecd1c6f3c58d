/**
 * The net under the coded fields: ids met while coding are replaced wherever else they appear
 * (prose, keys), since rules write messages freely.
 */
/** Token-wise replacement of any id met in the evidence, for prose fields (messages, notes). */
const SEPARATORS = /([\s()[\]{}"'`,;]+)/;
const TOKEN = /[^\s()[\]{}"'`,;]+/g;
const ALNUM = /[A-Za-z0-9]/;
/** Ids of digits only are not sought in prose, which writes counts and limits as numbers ("45 working days"). */
const DIGITS = /^\d+$/;
const idIn = (seen: ReadonlyMap<string, string>, tok: string): string | undefined =>
  DIGITS.test(tok) ? undefined : seen.get(tok);

/**
 * Ids holding a separator ("Jane Smith", "W 12") are never one token: each is found from its first
 * token (a map lookup per token of the text, however many such ids) and replaced whole.
 */
interface Spaced {
  id: string;
  /** Characters of the id before its first token. */
  lead: number;
}
function spacedIds(seen: ReadonlyMap<string, string>): Map<string, Spaced[]> {
  const byFirst = new Map<string, Spaced[]>();
  for (const id of seen.keys()) {
    TOKEN.lastIndex = 0;
    const first = TOKEN.exec(id);
    if (first === null || first[0] === id) continue;
    const list = byFirst.get(first[0]) ?? [];
    list.push({ id, lead: first.index });
    byFirst.set(first[0], list);
  }
  // Longest first, so an id inside a longer one does not break it up.
  for (const list of byFirst.values()) list.sort((a, b) => b.id.length - a.id.length);
  return byFirst;
}

function replaceSpaced(text: string, seen: ReadonlyMap<string, string>, byFirst: Map<string, Spaced[]>): string {
  let out = '';
  let done = 0;
  const token = new RegExp(TOKEN.source, 'g');
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    const hit = byFirst.get(m[0])?.find(({ id, lead }) => {
      const at = m!.index - lead;
      return (
        at >= done &&
        text.startsWith(id, at) &&
        (at === 0 || !ALNUM.test(text[at - 1]!)) &&
        !ALNUM.test(text[at + id.length] ?? '')
      );
    });
    if (!hit) continue;
    const at = m.index - hit.lead;
    out += text.slice(done, at) + seen.get(hit.id)!;
    done = at + hit.id.length;
    token.lastIndex = done;
  }
  return done === 0 ? text : out + text.slice(done);
}

function scrubText(text: string, seen: ReadonlyMap<string, string>, spaced: Map<string, Spaced[]>): string {
  if (seen.size === 0 || text.length === 0) return text;
  if (spaced.size > 0) text = replaceSpaced(text, seen, spaced);
  return text
    .split(SEPARATORS)
    .map((tok) => {
      const hit = idIn(seen, tok);
      if (hit) return hit;
      const bare = tok.replace(/[.:]+$/, '');
      const h2 = bare !== tok ? idIn(seen, bare) : undefined;
      return h2 ? `${h2}${tok.slice(bare.length)}` : tok;
    })
    .join('');
}

export function scrubDeep<T>(v: T, seen: ReadonlyMap<string, string>): T {
  return scrubIn(v, seen, spacedIds(seen));
}

function scrubIn<T>(v: T, seen: ReadonlyMap<string, string>, whole: Map<string, Spaced[]>): T {
  if (typeof v === 'string') return scrubText(v, seen, whole) as T;
  if (Array.isArray(v)) return v.map((x) => scrubIn(x, seen, whole)) as T;
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [
        k,
        k === 'key' && typeof x === 'string' ? scrubKey(x, seen) : scrubIn(x, seen, whole),
      ]),
    ) as T;
  }
  return v;
}

function scrubKey(key: string, seen: ReadonlyMap<string, string>): string {
  return key
    .split('/')
    .map((seg) => seen.get(seg) ?? seg)
    .join('/');
}

/**
 * The ids a rule declares it names in its prose (RuleOutput.named), coded where it writes them: in
 * a parenthesised list, "(W1, W2 and 3 more)". Digits-only ids too, which the net above leaves.
 */
export function codeNamedLists(text: string, codes: ReadonlyMap<string, string>): string {
  const ids = [...codes.keys()].sort((a, b) => b.length - a.length);
  return text.replace(/\(([^()]*)\)/g, (whole, inner: string) => {
    const more = / and \d+ more$/.exec(inner);
    let rest = more ? inner.slice(0, more.index) : inner;
    const out: string[] = [];
    while (rest !== '') {
      const id = ids.find((x) => rest === x || rest.startsWith(`${x}, `));
      if (id === undefined) return whole;
      out.push(codes.get(id)!);
      rest = rest.slice(id.length + 2);
    }
    return `(${out.join(', ')}${more ? more[0] : ''})`;
  });
}
