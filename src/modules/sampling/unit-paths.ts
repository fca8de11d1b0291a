import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { orgUnits } from '../../db/schema/index.js';

const cache = new Map<string, string>();

/** Materialised path of a unit; org units are reference data, so paths are cached per process. */
export async function orgUnitPath(db: Executor, unitId: string): Promise<string> {
  const hit = cache.get(unitId);
  if (hit) return hit;
  const [row] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, unitId)).limit(1);
  if (!row) return '';
  cache.set(unitId, row.path);
  return row.path;
}
