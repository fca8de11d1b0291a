/**
 * Data scope (数据范围): the user's place in the organisation tree.
 * 1. Every user reaches their own unit and everything below it (本级及下级), by the unit's path.
 * 2. What a provincial division or affiliated unit reaches beyond that through its businesses
 *    (e.g. 生产处 → production-link samples), and which of a record's units count, is declared per
 *    record type in `jurisdiction.ts`, never here.
 * 3. Scope derives from the *record's* units, never from who created the record.
 */
export interface ScopeUnit {
  id: string;
  path: string;
  kind: string;
  businesses: readonly string[];
}

export interface DataScope {
  /** Prefix of org_units.path covering the user's subtree. */
  pathPrefix: string;
}

export function scopeOf(unit: ScopeUnit): DataScope {
  return { pathPrefix: unit.path };
}

/** Materialised path of a unit: parent path + own id. */
export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}
