import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { opinionResponses } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { draftPublication } from '../publication/create-publication.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { opinionEventRecord } from './opinion-event-workflow.js';

/** The tag every rumour response carries on the portal's 消费提示 list. */
export const REBUTTAL_TAG = '辟谣';

/**
 * Sends a rumour response (辟谣) to the public as consumer information: it becomes a consumer
 * warning (消费提示, publication kind `warning`) drafted by the user's unit, which 抽检监测处 and
 * 新闻宣传处 co-review like every publication (seed arts. 11(6), 14(1)); the drafter publishes it
 * once both approved, and the portal shows it (docs/opinion.md says why this path).
 */
export async function publishRebuttal(db: Db, user: SessionUser, eventId: string, responseId: string, ip: string | null) {
  return db.transaction(async (tx) => {
    const { row: event } = await loadForAction(tx, user, opinionEventRecord, eventId, 'publishRebuttal', null);
    const [response] = await tx.select().from(opinionResponses).where(and(eq(opinionResponses.id, responseId), eq(opinionResponses.eventId, eventId))).limit(1).for('update');
    if (!response) throw new DomainError('NOT_FOUND', { entity: 'opinionResponse', id: responseId });
    if (response.kind !== 'rebuttal') throw new DomainError('OPINION_RESPONSE_NOT_REBUTTAL', { kind: response.kind });
    if (response.publicationId) throw new DomainError('OPINION_REBUTTAL_SENT', { publicationId: response.publicationId });
    const publication = await draftPublication(tx, user, { kind: 'warning', title: `辟谣：${response.title}`, body: response.detail ?? '', tags: [REBUTTAL_TAG], sampleIds: [] }, ip);
    const [after] = await tx.update(opinionResponses).set({ publicationId: publication.id }).where(eq(opinionResponses.id, responseId)).returning();
    await recordAudit(tx, actorOf(user, ip), { action: 'opinionEvent.publishRebuttal', entityType: 'opinionEvent', entityId: event.id, before: response, after });
    return publication;
  });
}
