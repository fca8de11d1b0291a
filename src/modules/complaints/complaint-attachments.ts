import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { attachments, complaints } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { openStoredFile } from '../attachments/read-attachment.js';
import type { ReceivedUpload } from '../attachments/receive-upload.js';
import { attachUpload } from '../attachments/store-upload.js';
import { assertMayAct } from '../workflow/load-for-action.js';
import { complaintReadable } from './complaint-scope.js';
import { complaintRecord } from './complaint-workflow.js';
import { COMPLAINT_ATTACHMENTS } from './get-complaint.js';

/** 404 outside the reader's scope, else the workflow's `attach` (the handling unit or 投诉举报中心); before a byte is stored. */
export async function assertComplaintAttachable(db: Executor, user: SessionUser, id: string) {
  const [row] = await db.select().from(complaints).where(and(eq(complaints.id, id), complaintReadable(user))).limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'complaint', id });
  await assertMayAct(db, user, complaintRecord, row, 'attach');
  return row;
}

/** Evidence of a complaint (photos of the food, receipts, the letter): stored with its row and audit row in one transaction. */
export async function attachComplaintFile(db: Db, user: SessionUser, id: string, upload: ReceivedUpload, root: string, ip: string | null) {
  return attachUpload(db, root, upload, async (tx, store) => {
    await assertComplaintAttachable(tx, user, id);
    const row = await store({ dir: `complaints/${id}`, entityType: COMPLAINT_ATTACHMENTS, entityId: id, uploadedByUserId: user.id });
    await recordAudit(tx, actorOf(user, ip), { action: 'complaint.attach', entityType: 'complaint', entityId: id, after: { attachmentId: row.id, fileName: upload.fileName, mimeType: upload.mimeType, bytes: upload.bytes, sha256: upload.sha256 } });
    return { id: row.id, fileName: row.fileName, mimeType: row.mimeType, bytes: row.bytes, createdAt: row.createdAt, href: `/api/complaints/${id}/attachments/${row.id}` };
  });
}

export async function readComplaintAttachment(db: Executor, user: SessionUser, id: string, attachmentId: string, root: string) {
  const [c] = await db.select({ id: complaints.id }).from(complaints).where(and(eq(complaints.id, id), complaintReadable(user))).limit(1);
  if (!c) throw new DomainError('NOT_FOUND', { entity: 'complaint', id });
  const [row] = await db.select().from(attachments).where(and(eq(attachments.id, attachmentId), eq(attachments.entityType, COMPLAINT_ATTACHMENTS), eq(attachments.entityId, id))).limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'attachment', id: attachmentId });
  return openStoredFile(root, row);
}
