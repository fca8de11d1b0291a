import { and, eq } from 'drizzle-orm';
import { complaints } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { complaintWorkflow, type ComplaintAction, type ComplaintFacts, type ComplaintSide } from '../../domain/workflow/complaint.js';
import { unitFact } from '../access/unit-facts.js';
import type { RecordWorkflow } from '../workflow/load-for-action.js';
import { complaintReadable, readsComplainant, routesComplaints, worksOnComplaint } from './complaint-scope.js';

export type Complaint = typeof complaints.$inferSelect;

/** The complaint's workflow on the server: sides derived from the user's unit and the record. */
export const complaintRecord: RecordWorkflow<Complaint, ComplaintAction, ComplaintSide, ComplaintFacts, Partial<typeof complaints.$inferInsert>> = {
  entity: 'complaint',
  table: complaintWorkflow,
  loadForUpdate: async (tx, user, id) => (await tx.select().from(complaints).where(and(eq(complaints.id, id), complaintReadable(user))).limit(1).for('update'))[0],
  standing: async (db, user, c) => {
    const handler = await unitFact(db, c.handlerUnitId);
    const sides: ComplaintSide[] = [];
    if (worksOnComplaint(user, handler)) sides.push('handler');
    if (routesComplaints(user)) sides.push('center');
    if (readsComplainant(user, handler)) sides.push('personal');
    return { state: c.status, sides, facts: { anonymous: c.anonymous } };
  },
  version: (c) => c.version,
  update: async (tx, c, changes) => {
    const [after] = await tx
      .update(complaints)
      .set({ ...changes, version: c.version + 1, updatedAt: new Date() })
      .where(and(eq(complaints.id, c.id), eq(complaints.version, c.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: c.version });
    return after;
  },
};
