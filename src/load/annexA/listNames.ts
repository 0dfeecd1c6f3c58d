/**
 * Which Annex A list a file or sheet name is ("List 3.csv", "L7", "annex_a_list_8"). Apart from
 * the lists' definitions (lists.ts) so that detecting the layout reads no more than this
 * (start-up of every audit, issue 24).
 */
export function listNumberOf(name: string): number | null {
  const m = /(?:^|[^a-z])list[\s_-]*(\d{1,2})(?!\d)/i.exec(name) ?? /^l(\d{1,2})(?!\d)/i.exec(name);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 11 ? n : null;
}
