import { sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { DataScope } from '../../domain/scope.js';

/**
 * The one helper that scopes a query to a user: the record's owner unit must lie in the user's
 * subtree (本级及下级). Every list and read of a scoped record goes through this (docs/security.md).
 * Paths hold only uuids and '/', so no LIKE wildcard can sneak in.
 */
export function ownerUnitInScope(scope: DataScope, ownerUnitColumn: AnyColumn | SQL): SQL {
  // The root unit's subtree (a path of one segment: the province bureau) is the whole
  // organisation, so every owner lies in it: no subquery over org_units that cannot exclude a row
  // (for the escalations' enterprise owner it cost a read of every enterprise; issue 11).
  if (/^\/[^/]+\/$/.test(scope.pathPrefix)) return sql`${ownerUnitColumn} IS NOT NULL`;
  return sql`${ownerUnitColumn} IN (SELECT ou.id FROM org_units ou WHERE ou.path LIKE ${scope.pathPrefix + '%'})`;
}
