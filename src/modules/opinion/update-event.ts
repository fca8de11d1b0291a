import type { Db } from '../../db/client.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { resolveEventLinks, writeEventLinks } from './event-links.js';
import { checkUnits, type EventFields } from './event-input.js';
import { notifyLeadership } from './notify-leadership.js';
import { opinionEventRecord } from './opinion-event-workflow.js';

/** Corrects an open event (raising its level to 较大 or 重大 tells the leadership then); the links given replace the old ones. */
export async function updateEvent(db: Db, user: SessionUser, id: string, input: Partial<EventFields> & { version: number }, ip: string | null) {
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, opinionEventRecord, id, 'edit', input.version);
    const units = await checkUnits(tx, user, { ownerUnitId: input.ownerUnitId ?? row.ownerUnitId, regionUnitId: input.regionUnitId === undefined ? row.regionUnitId : input.regionUnitId });
    const hasLinks = input.enterpriseIds !== undefined || input.sampleNos !== undefined || input.publicationIds !== undefined || input.complaintNos !== undefined;
    const links = hasLinks ? await resolveEventLinks(tx, user, input) : null;
    const after = await update({
      title: input.title ?? row.title,
      source: input.source ?? row.source,
      sourceNote: input.sourceNote === undefined ? row.sourceNote : input.sourceNote,
      firstSeenAt: input.firstSeenAt ?? row.firstSeenAt,
      summary: input.summary ?? row.summary,
      links: input.links ?? row.links,
      level: input.level ?? row.level,
      ...units,
    });
    if (links) {
      await writeEventLinks(tx, id, {
        enterpriseIds: input.enterpriseIds !== undefined ? links.enterpriseIds : undefined,
        sampleIds: input.sampleNos !== undefined ? links.sampleIds : undefined,
        publicationIds: input.publicationIds !== undefined ? links.publicationIds : undefined,
        complaintIds: input.complaintNos !== undefined ? links.complaintIds : undefined,
      });
    }
    const notified = after.level !== row.level ? await notifyLeadership(tx, after) : [];
    await recordAudit(tx, actorOf(user, ip), { action: 'opinionEvent.update', entityType: 'opinionEvent', entityId: id, before: row, after: { ...after, ...(links ?? {}), notifiedUnits: notified.length } });
    return after;
  });
}
