import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { disposals } from '../../db/schema/index.js';
import { allows, type DisposalAction } from '../../domain/disposal.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { disposalWorkable } from './disposal-scope.js';

/**
 * The guard every disposal change starts with: in the user's working scope (else 404), the
 * state allows the action (else 409), and the version the user saw is current (else 409).
 * Returns the row and the update that bumps the version.
 */
export async function loadForChange(tx: Tx, user: SessionUser, id: string, action: DisposalAction, version: number) {
  const [d] = await tx.select().from(disposals).where(and(eq(disposals.id, id), disposalWorkable(user))).limit(1);
  if (!d) throw new DomainError('NOT_FOUND', { entity: 'disposal', id });
  if (!allows(action, d.status)) throw new DomainError('INVALID_STATE', { status: d.status, action });
  if (d.version !== version) throw new DomainError('VERSION_CONFLICT', { expected: version, actual: d.version });
  const update = async (changes: Partial<typeof disposals.$inferInsert>) => {
    const [after] = await tx
      .update(disposals)
      .set({ ...changes, version: d.version + 1, updatedAt: new Date() })
      .where(and(eq(disposals.id, id), eq(disposals.version, version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: version });
    return after;
  };
  return { disposal: d, update };
}
