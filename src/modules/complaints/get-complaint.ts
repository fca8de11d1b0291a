import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { attachments, auditLog, complaints } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { auditHistory } from '../audit/audit-history.js';
import { eventsOfComplaint } from '../opinion/linked-complaints.js';
import { actionsOf } from '../workflow/load-for-action.js';
import { complaintReadable } from './complaint-scope.js';
import { caseOf, complaintRowView, duplicatesOf, unitsById } from './complaint-view.js';
import { complaintRecord } from './complaint-workflow.js';
import type { PersonalDataCipher } from './personal-data-cipher.js';

export const COMPLAINT_ATTACHMENTS = 'complaint';

/** One complaint through the user's scope (else 404), complainant masked, with the actions the user may take. */
export async function getComplaint(db: Executor, user: SessionUser, id: string, cipher: PersonalDataCipher, now = new Date()) {
  const [row] = await db.select().from(complaints).where(and(eq(complaints.id, id), complaintReadable(user))).limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'complaint', id });
  const [units, linkedCase, duplicates, files, opinionEvents, history, actions] = await Promise.all([
    unitsById(db, [row.handlerUnitId, row.divisionUnitId]),
    caseOf(db, row.caseId),
    duplicatesOf(db, row.id),
    db.select().from(attachments).where(and(eq(attachments.entityType, COMPLAINT_ATTACHMENTS), eq(attachments.entityId, row.id))).orderBy(asc(attachments.createdAt)),
    eventsOfComplaint(db, user, row.id),
    auditHistory(db, and(eq(auditLog.entityType, 'complaint'), eq(auditLog.entityId, row.id)), 50),
    actionsOf(db, user, complaintRecord, row),
  ]);
  return {
    ...complaintRowView(row, units, cipher, now),
    version: row.version,
    intake: row.intake,
    description: row.description,
    address: row.address,
    routingNote: row.routingNote,
    enterpriseId: row.enterpriseId,
    enterpriseCreditCode: row.enterpriseCreditCode,
    enterpriseNeedsReview: row.enterpriseNeedsReview,
    hotlineDueAt: row.hotlineDueAt,
    outcomeNote: row.outcomeNote,
    case: linkedCase,
    suggestionId: row.suggestionId,
    replyText: row.replyText,
    repliedAt: row.repliedAt,
    acceptedAt: row.acceptedAt,
    closedAt: row.closedAt,
    provisional: row.provisional,
    duplicates,
    attachments: files.map((f) => ({ id: f.id, fileName: f.fileName, mimeType: f.mimeType, bytes: f.bytes, createdAt: f.createdAt, href: `/api/complaints/${row.id}/attachments/${f.id}` })),
    opinionEvents,
    // The entries without their `after`: the page needs when and who, not the stored rows.
    history: history.map(({ after: _after, ...h }) => h),
    actions,
  };
}
