/**
 * The net under the coded fields: ids met while coding are replaced wherever else they appear
 * (prose, keys), since rules write messages freely.
 */
/** Token-wise replacement of any id met in the evidence, for prose fields (messages, notes). */
const SEPARATORS = /([\s()[\]{}"'`,;]+)/;
const HAS_SEPARATOR = /[\s()[\]{}"'`,;]/;
const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Ids of digits only are not sought in prose, which writes counts and limits as numbers ("45 working days"). */
const DIGITS = /^\d+$/;
const idIn = (seen: ReadonlyMap<string, string>, tok: string): string | undefined =>
  DIGITS.test(tok) ? undefined : seen.get(tok);

function scrubText(text: string, seen: ReadonlyMap<string, string>, whole: readonly string[]): string {
  if (seen.size === 0 || text.length === 0) return text;
  // An id holding a separator ("Jane Smith", "W 12") is never one token: replaced whole first.
  for (const id of whole)
    if (text.includes(id))
      text = text.replace(new RegExp(`(?<![A-Za-z0-9])${escaped(id)}(?![A-Za-z0-9])`, 'g'), () => seen.get(id)!);
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
  // Longest first, so an id inside a longer one does not break it up.
  const whole = [...seen.keys()].filter((id) => HAS_SEPARATOR.test(id)).sort((a, b) => b.length - a.length);
  return scrubIn(v, seen, whole);
}

function scrubIn<T>(v: T, seen: ReadonlyMap<string, string>, whole: readonly string[]): T {
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
