import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { orgUnits } from '../../db/schema/index.js';
import { childPath } from '../../domain/scope.js';
import { stableId } from '../../domain/stable-id.js';
import { canonicalJson } from '../../domain/audit-chain.js';
import { systemActor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import {
  cityBureauDuties,
  countyBureauDuties,
  provinceBureau,
  provincialUnits,
  sichuan,
  type Duty,
  type UnitKind,
} from './organisation-data.js';

interface UnitRow {
  id: string;
  parentId: string | null;
  path: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  regionCode: string | null;
  slug: string | null;
  businesses: string[];
  duties: Duty[];
  sortOrder: number;
}

export const unitIdForRegion = (regionCode: string) => stableId(`org:region:${regionCode}`);
export const unitIdForSlug = (slug: string) => stableId(`org:slug:${slug}`);

/** The full tree as rows, parents before children. */
export function organisationRows(): UnitRow[] {
  const rootId = unitIdForSlug(provinceBureau.slug);
  const rootPath = childPath(null, rootId);
  const rows: UnitRow[] = [
    {
      id: rootId,
      parentId: null,
      path: rootPath,
      name: provinceBureau.name,
      shortName: provinceBureau.shortName,
      kind: 'province_bureau',
      regionCode: provinceBureau.regionCode,
      slug: provinceBureau.slug,
      businesses: [],
      duties: provinceBureau.duties,
      sortOrder: 0,
    },
  ];
  provincialUnits.forEach((unit, i) => {
    const id = unitIdForSlug(unit.slug);
    rows.push({ ...unit, id, parentId: rootId, path: childPath(rootPath, id), regionCode: null, sortOrder: 10 + i });
  });
  sichuan.cities.forEach((city, i) => {
    const cityId = unitIdForRegion(city.code);
    const cityPath = childPath(rootPath, cityId);
    rows.push({
      id: cityId,
      parentId: rootId,
      path: cityPath,
      name: `${city.name}市场监督管理局`,
      shortName: city.name,
      kind: 'city_bureau',
      regionCode: city.code,
      slug: null,
      businesses: [],
      duties: cityBureauDuties,
      sortOrder: 100 + i,
    });
    city.counties.forEach((county, j) => {
      const id = unitIdForRegion(county.code);
      rows.push({
        id,
        parentId: cityId,
        path: childPath(cityPath, id),
        // Names repeat across cities (e.g. 市中区 in 自贡 and 乐山): the city prefix keeps them apart.
        name: `${city.name}${county.name}市场监督管理局`,
        shortName: county.name,
        kind: 'county_bureau',
        regionCode: county.code,
        slug: null,
        businesses: [],
        duties: countyBureauDuties,
        sortOrder: 1000 + i * 100 + j,
      });
    });
  });
  return rows;
}

/**
 * Inserts or refreshes the organisation; idempotent, runs at every start. Only a change
 * writes audit rows, so a restart adds nothing to the log.
 */
export async function seedOrganisation(db: Db): Promise<{ inserted: number; updated: number }> {
  const rows = organisationRows();
  return db.transaction(async (tx) => {
    const existing = await tx.select().from(orgUnits);
    const byId = new Map(existing.map((u) => [u.id, u]));
    const changed = rows.filter((row) => {
      const current = byId.get(row.id);
      if (!current) return true;
      return (Object.keys(row) as (keyof UnitRow)[]).some(
        (key) => canonicalJson(current[key]) !== canonicalJson(row[key]),
      );
    });
    if (changed.length === 0) return { inserted: 0, updated: 0 };
    for (let i = 0; i < changed.length; i += 100) {
      await tx
        .insert(orgUnits)
        .values(changed.slice(i, i + 100))
        .onConflictDoUpdate({
          target: orgUnits.id,
          set: {
            parentId: sql`excluded.parent_id`,
            path: sql`excluded.path`,
            name: sql`excluded.name`,
            shortName: sql`excluded.short_name`,
            kind: sql`excluded.kind`,
            regionCode: sql`excluded.region_code`,
            slug: sql`excluded.slug`,
            businesses: sql`excluded.businesses`,
            duties: sql`excluded.duties`,
            sortOrder: sql`excluded.sort_order`,
            updatedAt: sql`now()`,
          },
        });
    }
    const inserted = changed.filter((r) => !byId.has(r.id)).length;
    await recordAudit(tx, systemActor, {
      action: 'org.seed',
      entityType: 'orgUnit',
      after: { inserted, updated: changed.length - inserted, source: sichuan.source },
    });
    return { inserted, updated: changed.length - inserted };
  });
}
