import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { orgUnits } from '../../db/schema/index.js';

/** The kind of an org unit (city_bureau, county_bureau, division …): who decides a case in its own name depends on it. */
export async function orgUnitKind(db: Executor, id: string): Promise<string> {
  const [unit] = await db.select({ kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, id)).limit(1);
  return unit?.kind ?? 'division';
}
