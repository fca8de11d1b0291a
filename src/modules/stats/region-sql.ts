import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { regionRange } from './areas.js';

/** Records owned by a bureau of the region or below it (510000: no restriction beyond the record's scope). */
export function ownerInRegion(ownerColumn: SQL, regionCode: string): SQL {
  const range = regionRange(regionCode);
  if (!range) return sql`true`;
  return sql`${ownerColumn} IN (SELECT ou.id FROM org_units ou WHERE ou.region_code >= ${range.from} AND ou.region_code <= ${range.to})`;
}

export const rowsOf = async <T>(db: Executor, query: SQL) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;
