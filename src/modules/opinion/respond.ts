import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { explainers, opinionResponses } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { ResponseKind } from '../../domain/opinion/opinion-rules.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { opinionEventRecord } from './opinion-event-workflow.js';

export interface ResponseInput {
  kind: ResponseKind;
  title: string;
  detail?: string | null;
  actedOn: string;
  explainerId?: string | null;
  outcome?: string | null;
}

/**
 * Records a response action (回应处置, seed art. 24) on an open event: a statement, an expert
 * interview, a standard explainer from the library, an online class, a rumour response (辟谣:
 * its text is what the public will read once published) or another measure.
 */
export async function addResponse(db: Db, user: SessionUser, eventId: string, input: ResponseInput, ip: string | null) {
  return db.transaction(async (tx) => {
    await loadForAction(tx, user, opinionEventRecord, eventId, 'respond', null);
    if (input.kind === 'explainer' && !input.explainerId) throw new DomainError('OPINION_EXPLAINER_REQUIRED', { explainerId: '请选择标准解读' });
    if (input.explainerId) {
      const [found] = await tx.select({ id: explainers.id }).from(explainers).where(eq(explainers.id, input.explainerId)).limit(1);
      if (!found) throw new DomainError('OPINION_EXPLAINER_REQUIRED', { explainerId: '标准解读不存在' });
    }
    if (input.kind === 'rebuttal' && !input.detail?.trim()) throw new DomainError('VALIDATION_FAILED', { detail: '请填写辟谣内容（公布后公众可见）' });
    const [row] = await tx
      .insert(opinionResponses)
      .values({
        id: randomUUID(),
        eventId,
        kind: input.kind,
        title: input.title,
        detail: input.detail ?? null,
        actedOn: input.actedOn,
        explainerId: input.explainerId ?? null,
        outcome: input.outcome ?? null,
        outcomeAt: input.outcome ? new Date() : null,
        recordedByUserId: user.id,
      })
      .returning();
    await recordAudit(tx, actorOf(user, ip), { action: 'opinionEvent.respond', entityType: 'opinionEvent', entityId: eventId, after: row });
    return row;
  });
}

/** Records what a response achieved (效果), also after the event is closed. */
export async function recordOutcome(db: Db, user: SessionUser, eventId: string, responseId: string, outcome: string, ip: string | null) {
  return db.transaction(async (tx) => {
    await loadForAction(tx, user, opinionEventRecord, eventId, 'recordOutcome', null);
    const [before] = await tx.select().from(opinionResponses).where(and(eq(opinionResponses.id, responseId), eq(opinionResponses.eventId, eventId))).limit(1);
    if (!before) throw new DomainError('NOT_FOUND', { entity: 'opinionResponse', id: responseId });
    const [after] = await tx.update(opinionResponses).set({ outcome, outcomeAt: new Date() }).where(eq(opinionResponses.id, responseId)).returning();
    await recordAudit(tx, actorOf(user, ip), { action: 'opinionEvent.recordOutcome', entityType: 'opinionEvent', entityId: eventId, before, after });
    return after;
  });
}
