/**
 * Data scope (数据范围): where a user may read and act.
 * 1. Every user sees their own unit and everything below it (本级及下级), by the unit's path.
 * 2. A provincial division or affiliated unit also sees the whole province for the
 *    businesses it oversees (e.g. 生产处 → production-link records), never others.
 * 3. Scope derives from the *record's* owner unit, never from who created the record.
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
  /** Businesses the user sees province-wide (empty for city and county users). */
  provinceBusinesses: readonly string[];
}

export function scopeOf(unit: ScopeUnit): DataScope {
  return { pathPrefix: unit.path, provinceBusinesses: unit.businesses };
}

export function unitInScope(scope: DataScope, unitPath: string): boolean {
  return unitPath.startsWith(scope.pathPrefix);
}

/** Materialised path of a unit: parent path + own id. */
export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}
