import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { escalations } from '../../db/schema/index.js';
import { allowsEscalation, escalationActions, type EscalationAction } from '../../domain/escalation/actions.js';
import { DomainError } from '../../domain/errors.js';
import { can } from '../../domain/permissions.js';
import type { SessionUser } from '../access/actor.js';
import { escalationReadable, escalationSupervisable, escalationWorkable } from './escalation-scope.js';

/** Whether the user is on the working side, the supervising side, or both, of each escalation row. */
export function roleFlags(user: SessionUser) {
  return {
    workable: sql<boolean>`${escalationWorkable(user)}`,
    supervisable: sql<boolean>`${escalationSupervisable(user)}`,
  };
}

export function mayAct(user: SessionUser, action: EscalationAction, row: { status: string; workable: boolean; supervisable: boolean }): boolean {
  const rule = escalationActions[action];
  if (!can(user.roles, rule.permission) || !allowsEscalation(action, row.status)) return false;
  if (rule.role === 'work') return row.workable;
  if (rule.role === 'supervise') return row.supervisable;
  return row.workable || row.supervisable;
}

/**
 * The guard every escalation change starts with: readable (else 404), the user's side may take
 * the action (else 403), the state allows it (else 409), the version is current (else 409).
 */
export async function loadEscalationForChange(tx: Tx, user: SessionUser, id: string, action: EscalationAction, version?: number) {
  const [row] = await tx
    .select({ escalation: escalations, ...roleFlags(user) })
    .from(escalations)
    .where(and(eq(escalations.id, id), escalationReadable(user)))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'escalation', id });
  const e = row.escalation;
  const rule = escalationActions[action];
  const sideOk = rule.role === 'work' ? row.workable : rule.role === 'supervise' ? row.supervisable : row.workable || row.supervisable;
  if (!sideOk || !can(user.roles, rule.permission)) throw new DomainError(rule.role === 'supervise' ? 'ESCALATION_SUPERVISOR_ONLY' : 'ESCALATION_ASSIGNEE_ONLY', { action });
  if (!allowsEscalation(action, e.status)) throw new DomainError('INVALID_STATE', { status: e.status, action });
  if (version !== undefined && e.version !== version) throw new DomainError('VERSION_CONFLICT', { expected: version, actual: e.version });
  const update = async (changes: Partial<typeof escalations.$inferInsert>) => {
    const [after] = await tx
      .update(escalations)
      .set({ ...changes, version: e.version + 1, updatedAt: new Date() })
      .where(and(eq(escalations.id, id), eq(escalations.version, e.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: e.version });
    return after;
  };
  return { escalation: e, update };
}
