import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/client.js';
import { opinionEvents } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { resolveEventLinks, writeEventLinks } from './event-links.js';
import { checkUnits, type EventFields } from './event-input.js';
import { notifyLeadership } from './notify-leadership.js';
import { keepsOpinionRegister } from './opinion-scope.js';

/**
 * Records an opinion event in the register (登记舆情事件), with its links; a 较大 or 重大 one tells
 * the leading group and 协调处 in the same transaction. `fromWatch`: opened from an opinion watch,
 * linked to that publication (open-event-from-watch.ts).
 */
export async function recordEvent(db: Db, user: SessionUser, input: EventFields, ip: string | null) {
  return db.transaction((tx) => recordEventInTx(tx, user, input, ip));
}

export async function recordEventInTx(tx: Tx, user: SessionUser, input: EventFields, ip: string | null, fromWatch?: { itemId: string; publicationId: string }) {
  if (!keepsOpinionRegister(user)) throw new DomainError('OPINION_KEEPERS_ONLY');
  const units = await checkUnits(tx, user, input);
  const links = await resolveEventLinks(tx, user, { ...input, publicationIds: [...new Set([...(input.publicationIds ?? []), ...(fromWatch ? [fromWatch.publicationId] : [])])] });
  const id = randomUUID();
  const [row] = await tx
    .insert(opinionEvents)
    .values({
      id,
      title: input.title,
      source: input.source,
      sourceNote: input.sourceNote ?? null,
      firstSeenAt: input.firstSeenAt,
      summary: input.summary,
      links: input.links ?? [],
      level: input.level,
      ...units,
      fromWatchItemId: fromWatch?.itemId ?? null,
      recordedByUnitId: user.unit.id,
      recordedByUserId: user.id,
    })
    .returning();
  await writeEventLinks(tx, id, links);
  const notified = await notifyLeadership(tx, row);
  await recordAudit(tx, actorOf(user, ip), { action: 'opinionEvent.record', entityType: 'opinionEvent', entityId: id, after: { ...row, ...links, notifiedUnits: notified.length } });
  return row;
}
