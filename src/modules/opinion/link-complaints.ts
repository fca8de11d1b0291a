import type { Db } from '../../db/client.js';
import { opinionEventComplaints } from '../../db/schema/index.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { resolveEventLinks } from './event-links.js';
import { opinionEventRecord } from './opinion-event-workflow.js';

/**
 * Adds complaints to an open event (关联投诉举报): the bureau of the area, or 协调处, names the
 * complaints it may cite (by tracking or 12345 number) that the event concerns, e.g. a 12345
 * surge's transfers. Adds only: the links others made stay; the keepers correct them in the form.
 * One unknown or unreachable number refuses them all (400, naming it), nothing stored.
 */
export async function linkComplaints(db: Db, user: SessionUser, id: string, input: { version: number; complaintNos: string[] }, ip: string | null) {
  return db.transaction(async (tx) => {
    const { update } = await loadForAction(tx, user, opinionEventRecord, id, 'linkComplaints', input.version);
    const { complaintIds } = await resolveEventLinks(tx, user, { complaintNos: input.complaintNos });
    const added = complaintIds.length
      ? await tx
          .insert(opinionEventComplaints)
          .values(complaintIds.map((complaintId) => ({ eventId: id, complaintId })))
          .onConflictDoNothing()
          .returning({ complaintId: opinionEventComplaints.complaintId })
      : [];
    const after = await update({});
    await recordAudit(tx, actorOf(user, ip), {
      action: 'opinionEvent.linkComplaints',
      entityType: 'opinionEvent',
      entityId: id,
      after: { addedComplaintIds: added.map((a) => a.complaintId), version: after.version },
    });
    return after;
  });
}
