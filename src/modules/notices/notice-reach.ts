import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { orgUnits } from '../../db/schema/index.js';
import { mayNotify } from '../../domain/notices/notice-rules.js';
import type { SessionUser } from '../access/actor.js';

/** The units the user's unit may notify (the reach rule, notice-rules.ts), in the tree's order. */
export async function noticeReach(db: Executor, user: SessionUser) {
  const all = await db
    .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind, parentId: orgUnits.parentId, regionCode: orgUnits.regionCode })
    .from(orgUnits)
    .orderBy(asc(orgUnits.sortOrder), asc(orgUnits.name));
  const [sender] = await db.select({ id: orgUnits.id, parentId: orgUnits.parentId, kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, user.unit.id));
  return { units: sender ? all.filter((u) => mayNotify(sender, u)) : [] };
}
