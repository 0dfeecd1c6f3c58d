/**
 * The net under the coded fields: ids met while coding are replaced wherever else they appear
 * (prose, keys), since rules write messages freely.
 */
/** Token-wise replacement of any id met in the evidence, for prose fields (messages, notes). */
const SEPARATORS = /([\s()[\]{}"'`,;]+)/;
function scrubText(text: string, seen: ReadonlyMap<string, string>): string {
  if (seen.size === 0 || text.length === 0) return text;
  return text
    .split(SEPARATORS)
    .map((tok) => {
      const hit = seen.get(tok);
      if (hit) return hit;
      const bare = tok.replace(/[.:]+$/, '');
      const h2 = bare !== tok ? seen.get(bare) : undefined;
      return h2 ? `${h2}${tok.slice(bare.length)}` : tok;
    })
    .join('');
}

export function scrubDeep<T>(v: T, seen: ReadonlyMap<string, string>): T {
  if (typeof v === 'string') return scrubText(v, seen) as T;
  if (Array.isArray(v)) return v.map((x) => scrubDeep(x, seen)) as T;
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [
        k,
        k === 'key' && typeof x === 'string' ? scrubKey(x, seen) : scrubDeep(x, seen),
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
