import { and, asc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { disposals, orgUnits } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { fiveInPlaceFlags, ledgerCountColumns, toSummary } from './ledger-counts.js';
import { ledgerConditions, type LedgerFilter } from './ledger-filter.js';

const BUREAUS = ['province_bureau', 'city_bureau', 'county_bureau'];

/**
 * Whose children the chart shows: the unit asked for, else the caller's own bureau; provincial
 * divisions and affiliated units look at the province (they oversee it by business, not by tree).
 */
async function rollUpRoot(db: Executor, user: SessionUser, ownerUnitId: string | undefined) {
  const id = ownerUnitId ?? (BUREAUS.includes(user.unit.kind) ? user.unit.id : unitIdForSlug('province'));
  const [root] = await db.select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name, kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, id)).limit(1);
  if (!root) throw new DomainError('NOT_FOUND', { entity: 'orgUnit', id });
  return root;
}

/**
 * The ledger counted per child unit of a root (the province per city, a city per county), for
 * a chart: one GROUP BY over the filtered rows, each disposal counted under the child whose
 * subtree owns it; disposals the root owns itself count under the root. Child bureaus with no
 * disposals are listed with zeros, so the chart shows every city (county); a county shows itself.
 */
export async function ledgerByUnit(db: Executor, user: SessionUser, filter: LedgerFilter, now = new Date()) {
  const root = await rollUpRoot(db, user, filter.ownerUnitId);
  const where = ledgerConditions(user, { ...filter, ownerUnitId: root.id }, now);
  const five = fiveInPlaceFlags(db);
  const owner = alias(orgUnits, 'owner');
  // The child of the root on the owner's path: /<…root>/<child>/<…>/ → <child>.
  const bucket = sql<string>`CASE WHEN ${owner.path} = ${root.path} THEN ${root.id}::uuid ELSE split_part(substr(${owner.path}, ${root.path.length + 1}), '/', 1)::uuid END`;
  const counts = db
    .select({ unitId: bucket.as('unit_id'), ...ledgerCountColumns(five, now) })
    .from(disposals)
    .innerJoin(owner, eq(owner.id, disposals.ownerUnitId))
    .leftJoinLateral(five, sql`true`)
    .where(where)
    .groupBy(sql`1`)
    .as('counts');
  const rows = await db
    .select({
      unitId: orgUnits.id,
      unitName: orgUnits.name,
      kind: orgUnits.kind,
      total: sql<number>`coalesce(${counts.total}, 0)`,
      closed: sql<number>`coalesce(${counts.closed}, 0)`,
      overdue: sql<number>`coalesce(${counts.overdue}, 0)`,
      fiveInPlaceComplete: sql<number>`coalesce(${counts.fiveInPlaceComplete}, 0)`,
      riskControl: sql<number>`coalesce(${counts.riskControl}, 0)`,
      causeInvestigation: sql<number>`coalesce(${counts.causeInvestigation}, 0)`,
      rectification: sql<number>`coalesce(${counts.rectification}, 0)`,
      penalty: sql<number>`coalesce(${counts.penalty}, 0)`,
      disclosure: sql<number>`coalesce(${counts.disclosure}, 0)`,
    })
    .from(orgUnits)
    .leftJoin(counts, eq(counts.unitId, orgUnits.id))
    .where(
      or(
        and(eq(orgUnits.parentId, root.id), inArray(orgUnits.kind, BUREAUS)),
        isNotNull(counts.unitId),
        // A county has no bureaus below it: its one bar is itself.
        root.kind === 'county_bureau' ? eq(orgUnits.id, root.id) : undefined,
      ),
    )
    .orderBy(sql`${orgUnits.id} = ${root.id}`, asc(orgUnits.sortOrder), asc(orgUnits.regionCode));
  return {
    unit: { id: root.id, name: root.name },
    periodFrom: filter.periodFrom ?? null,
    periodTo: filter.periodTo ?? null,
    items: rows.map(({ unitId, unitName, kind, ...c }) => {
      const { disposals: total, ...rest } = toSummary(c);
      return { unitId, unitName, kind, total, ...rest };
    }),
  };
}
