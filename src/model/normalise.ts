// How headers and code values are compared (SPEC §2); schema.ts re-exports both for its importers.

/** Header normalisation of SPEC §2: case, spaces, underscores and punctuation are ignored. */
export function normaliseHeader(h: string): string {
  return h
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Normalises a code value: trims, folds non-breaking spaces, drops an Annex A "a) " prefix. */
export function normaliseCode(raw: string): string {
  return raw
    .replace(/\u00a0/g, ' ')
    .trim()
    .replace(/^[a-z]\)\s*/i, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
