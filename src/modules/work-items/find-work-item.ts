import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { workItems } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';

/** Loads one work item through the scope filter: outside the scope it does not exist (404). */
export async function findWorkItem(db: Executor, user: SessionUser, id: string) {
  const [row] = await db
    .select()
    .from(workItems)
    .where(and(eq(workItems.id, id), jurisdictionSql(user, 'workItem', 'see')))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'workItem', id });
  return row;
}
