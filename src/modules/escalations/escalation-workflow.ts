import { and, eq, sql } from 'drizzle-orm';
import { escalations } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { escalationWorkflow, type EscalationAction, type EscalationSide } from '../../domain/workflow/escalation.js';
import type { SessionUser } from '../access/actor.js';
import type { RecordWorkflow } from '../workflow/load-for-action.js';
import { escalationReadable, escalationSupervisable, escalationWorkable } from './escalation-scope.js';

type EscalationRow = typeof escalations.$inferSelect;

/** Whether the user is on the working side, the supervising side, or both, of each escalation row (SQL, read with the row). */
export function roleFlags(user: SessionUser) {
  return {
    workable: sql<boolean>`${escalationWorkable(user)}`,
    supervisable: sql<boolean>`${escalationSupervisable(user)}`,
  };
}

/** An escalation read with the user's sides towards it. */
export interface EscalationWithSides {
  escalation: EscalationRow;
  workable: boolean;
  supervisable: boolean;
}

export const sidesOf = (row: { workable: boolean; supervisable: boolean }): EscalationSide[] => [
  ...(row.workable ? (['worker'] as const) : []),
  ...(row.supervisable ? (['supervisor'] as const) : []),
];

/** The escalation's workflow on the server: read through escalationReadable, the sides from the scope SQL. */
export const escalationRecord: RecordWorkflow<EscalationWithSides, EscalationAction, EscalationSide, Record<string, never>, Partial<typeof escalations.$inferInsert>, EscalationRow> = {
  entity: 'escalation',
  table: escalationWorkflow,
  loadForUpdate: async (tx, user, id) =>
    (
      await tx
        .select({ escalation: escalations, ...roleFlags(user) })
        .from(escalations)
        .where(and(eq(escalations.id, id), escalationReadable(user)))
        .limit(1)
        .for('update', { of: escalations })
    )[0],
  standing: async (_db, _user, row) => ({ state: row.escalation.status, sides: sidesOf(row), facts: {} }),
  version: (row) => row.escalation.version,
  update: async (tx, row, changes) => {
    const e = row.escalation;
    const [after] = await tx
      .update(escalations)
      .set({ ...changes, version: e.version + 1, updatedAt: new Date() })
      .where(and(eq(escalations.id, e.id), eq(escalations.version, e.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: e.version });
    return after;
  },
};
