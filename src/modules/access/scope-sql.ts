import { sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { DataScope } from '../../domain/scope.js';

/** The root's subtree (a path of one segment: the province bureau) is the whole organisation. */
export function isWholeOrganisation(scope: DataScope): boolean {
  return /^\/[^/]+\/$/.test(scope.pathPrefix);
}

/** `SELECT <select> FROM org_units ou` over the units of the scope's subtree (本级及下级): a subquery. */
export function subtreeUnits(scope: DataScope, select: SQL = sql`ou.id`): SQL {
  return sql`SELECT ${select} FROM org_units ou WHERE ou.path LIKE ${scope.pathPrefix + '%'}`;
}

/**
 * The one helper that scopes a query to a user: the record's owner unit must lie in the user's
 * subtree (本级及下级). Every list and read of a scoped record goes through this (docs/security.md).
 * Paths hold only uuids and '/', so no LIKE wildcard can sneak in.
 */
export function ownerUnitInScope(scope: DataScope, ownerUnitColumn: AnyColumn | SQL): SQL {
  // The whole organisation's subtree holds every owner: no subquery over org_units that cannot
  // exclude a row (for the escalations' enterprise owner it cost a read of every enterprise; issue 11).
  if (isWholeOrganisation(scope)) return sql`${ownerUnitColumn} IS NOT NULL`;
  return sql`${ownerUnitColumn} IN (${subtreeUnits(scope)})`;
}
