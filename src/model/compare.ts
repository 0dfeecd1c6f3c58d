/**
 * Text order by UTF-16 code unit, the same in every locale. `localeCompare` without a locale
 * follows LC_ALL/LANG, so the same export gave issues in another order under tr_TR (issue 19).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
