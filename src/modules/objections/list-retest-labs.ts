import { asc } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { retestLabs } from '../../db/schema/index.js';

/** The retest-lab list (复检机构名录), active labs first: the pool the retest lab is drawn from. */
export async function listRetestLabs(db: Executor) {
  const items = await db
    .select({ id: retestLabs.id, name: retestLabs.name, scope: retestLabs.scope, active: retestLabs.active })
    .from(retestLabs)
    .orderBy(asc(retestLabs.name));
  return { items: items.sort((a, b) => Number(b.active) - Number(a.active)) };
}
