import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { orgUnits } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { unitKindNames, type UnitKind } from './organisation-data.js';

/**
 * The organisation tree is shared reference data: every signed-in user needs it to address
 * notices and pick units, so it is not scope-filtered (docs/security.md says why).
 */
export async function listOrgUnits(db: Executor) {
  const rows = await db.select().from(orgUnits).orderBy(asc(orgUnits.sortOrder), asc(orgUnits.regionCode));
  return rows.map(unitSummary);
}

function unitSummary(u: typeof orgUnits.$inferSelect) {
  return {
    id: u.id,
    name: u.name,
    shortName: u.shortName,
    kind: u.kind,
    kindName: unitKindNames[u.kind as UnitKind] ?? u.kind,
    regionCode: u.regionCode,
    parentId: u.parentId,
    slug: u.slug,
  };
}

export async function getOrgUnit(db: Executor, id: string) {
  const parent = alias(orgUnits, 'parent');
  const [row] = await db
    .select({ unit: orgUnits, parentName: parent.name })
    .from(orgUnits)
    .leftJoin(parent, eq(parent.id, orgUnits.parentId))
    .where(eq(orgUnits.id, id))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'orgUnit', id });
  return { ...unitSummary(row.unit), parentName: row.parentName, businesses: row.unit.businesses, duties: row.unit.duties };
}
