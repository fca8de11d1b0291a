import type { Db } from '../../db/client.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { opinionEventRecord } from './opinion-event-workflow.js';

/** Closes an event with its summary (办结：处置情况与效果). */
export async function closeEvent(db: Db, user: SessionUser, id: string, input: { version: number; closingSummary: string }, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, opinionEventRecord, id, 'close', input.version);
    const after = await update({ status: 'closed', closingSummary: input.closingSummary, closedAt: now });
    await recordAudit(tx, actorOf(user, ip), { action: 'opinionEvent.close', entityType: 'opinionEvent', entityId: id, before: { status: row.status }, after: { status: after.status, closingSummary: after.closingSummary } });
    return after;
  });
}

/** Reopens a closed event (the opinion flared up again), with the reason in the history. */
export async function reopenEvent(db: Db, user: SessionUser, id: string, input: { version: number; reason: string }, ip: string | null) {
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, opinionEventRecord, id, 'reopen', input.version);
    const after = await update({ status: 'open', closedAt: null });
    await recordAudit(tx, actorOf(user, ip), { action: 'opinionEvent.reopen', entityType: 'opinionEvent', entityId: id, before: { status: row.status, closingSummary: row.closingSummary }, after: { status: after.status, reason: input.reason } });
    return after;
  });
}
