import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { signals } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { nextStatus, signalStatuses, type SignalAction, type SignalStatus } from '../../domain/signals/lifecycle.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { mayWork } from './get-signal.js';
import { signalReadable } from './signal-scope.js';

/** The signal locked for a change: read through the scope (404), then the routed line or 抽检监测处 (403), then the state (409). */
export async function loadForChange(tx: Tx, user: SessionUser, id: string, action: SignalAction) {
  const [row] = await tx.select().from(signals).where(and(eq(signals.id, id), signalReadable(user))).for('update');
  if (!row) throw new DomainError('NOT_FOUND');
  if (!(await mayWork(tx, user, id))) throw new DomainError('FORBIDDEN');
  const to = nextStatus(row.status as SignalStatus, action);
  if (!to) throw new DomainError('SIGNAL_DECIDED', undefined, { status: signalStatuses[row.status as SignalStatus] ?? row.status });
  return { row, to };
}

/** Moves the signal to `to` (when it changes) and bumps its version, in the caller's transaction. */
export async function setStatus(tx: Tx, id: string, to: SignalStatus, extra: Partial<typeof signals.$inferInsert> = {}) {
  const [after] = await tx
    .update(signals)
    .set({ status: to, ...extra, version: sql`${signals.version} + 1`, updatedAt: new Date() })
    .where(eq(signals.id, id))
    .returning();
  return after;
}

export interface ReviewInput {
  decision: 'accept' | 'dismiss' | 'startReview';
  reason?: string | null;
  version?: number;
}

/** 研判: start (研判中), accept (已采纳) or dismiss with a reason (已排除); audited in the same transaction. */
export async function reviewSignal(db: Db, user: SessionUser, id: string, input: ReviewInput, ip: string | null) {
  const reason = input.reason?.trim() || null;
  if (input.decision === 'dismiss' && !reason) throw new DomainError('SIGNAL_REASON_REQUIRED', { reason: '请填写排除理由' });
  return db.transaction(async (tx) => {
    const { row, to } = await loadForChange(tx, user, id, input.decision);
    if (input.version !== undefined && input.version !== row.version) throw new DomainError('VERSION_CONFLICT');
    const decided = input.decision !== 'startReview';
    const after = await setStatus(tx, id, to, decided ? { decisionReason: reason, decidedAt: new Date(), decidedByUserId: user.id } : {});
    await recordAudit(tx, actorOf(user, ip), {
      action: decided ? 'signal.review' : 'signal.startReview',
      entityType: 'signal',
      entityId: id,
      before: { status: row.status, version: row.version },
      after: { status: after.status, version: after.version, decision: input.decision, reason },
    });
    return { id, status: after.status as SignalStatus, version: after.version };
  });
}
