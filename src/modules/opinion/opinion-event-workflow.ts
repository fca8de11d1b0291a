import { and, eq } from 'drizzle-orm';
import { opinionEvents } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { opinionEventWorkflow, type OpinionEventAction, type OpinionEventFacts, type OpinionEventSide } from '../../domain/workflow/opinion-event.js';
import type { RecordWorkflow } from '../workflow/load-for-action.js';
import { keepsOpinionRegister, opinionReadable } from './opinion-scope.js';

export type OpinionEvent = typeof opinionEvents.$inferSelect;

/** The opinion event's workflow on the server: read through the register's scope (else 404), locked. */
export const opinionEventRecord: RecordWorkflow<OpinionEvent, OpinionEventAction, OpinionEventSide, OpinionEventFacts, Partial<typeof opinionEvents.$inferInsert>> = {
  entity: 'opinionEvent',
  table: opinionEventWorkflow,
  loadForUpdate: async (tx, user, id) => (await tx.select().from(opinionEvents).where(and(eq(opinionEvents.id, id), opinionReadable(user))).limit(1).for('update'))[0],
  standing: async (_db, user, e) => ({ state: e.status, sides: keepsOpinionRegister(user) ? ['keeper'] : ['reader'], facts: {} }),
  version: (e) => e.version,
  update: async (tx, e, changes) => {
    const [after] = await tx
      .update(opinionEvents)
      .set({ ...changes, version: e.version + 1, updatedAt: new Date() })
      .where(and(eq(opinionEvents.id, e.id), eq(opinionEvents.version, e.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: e.version });
    return after;
  },
};
