/**
 * Version 1: the first schema. Primary key first; then only the fields some
 * `where()` or `orderBy()` uses (see storage/README.md for which query uses which).
 */
export const V1_STORES = {
  pages: 'url',
  annotations: 'id, url, updatedAt, kind, color, *tags',
  outlines: 'id, url, savedAt',
  settings: 'key',
} as const;
