/**
 * A json or jsonb value read through `db.execute`: node-postgres parses it, PGlite may hand back
 * its text. Either way the caller gets the value.
 */
export function jsonColumn<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
