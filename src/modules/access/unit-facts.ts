import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { orgUnits } from '../../db/schema/index.js';
import type { UnitFact } from '../../domain/jurisdiction.js';

const cache = new Map<string, UnitFact>();

/**
 * What the in-memory jurisdiction check (`reaches()`) needs of a record's unit: its id, path and
 * kind. Org units are reference data (ids are stable, a path never changes), so they are cached
 * per process. An unknown id gives a unit without a path, which no scope contains.
 */
export async function unitFact(db: Executor, unitId: string | null | undefined): Promise<UnitFact> {
  if (!unitId) return { id: null, path: null, kind: null };
  const hit = cache.get(unitId);
  if (hit) return hit;
  const [row] = await db.select({ path: orgUnits.path, kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, unitId)).limit(1);
  if (!row) return { id: unitId, path: null, kind: null };
  const fact = { id: unitId, path: row.path, kind: row.kind };
  cache.set(unitId, fact);
  return fact;
}
