import { and, asc, eq } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { attachments, riskMeetings } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { can } from '../../domain/permissions.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { openStoredFile } from '../attachments/read-attachment.js';
import { attachUpload } from '../attachments/store-upload.js';
import type { ReceivedUpload } from '../attachments/receive-upload.js';
import { mayRecordFor } from './record-meeting.js';
import { meetingReadable } from './risk-meeting-scope.js';

/** Files of a 研判活动 (issue 11 §1: 纪要和附件 — sign-in sheets, slides, the signed minutes). */
export const MEETING_ENTITY = 'riskMeeting';

/** The holding unit (who may record the meeting) attaches; anyone who reads it downloads. */
export function mayAttachToMeeting(user: SessionUser, meetingUnitId: string): boolean {
  return can(user.roles, 'riskMeeting.record') && mayRecordFor(user, meetingUnitId);
}

/** 404 outside the reader's scope, 403 for a reader of another unit; checked before the upload is read. */
export async function assertMeetingAttachable(db: Executor, user: SessionUser, meetingId: string) {
  const [m] = await db.select({ id: riskMeetings.id, unitId: riskMeetings.unitId }).from(riskMeetings).where(and(eq(riskMeetings.id, meetingId), meetingReadable(user))).limit(1);
  if (!m) throw new DomainError('NOT_FOUND', { entity: 'riskMeeting', id: meetingId });
  if (!mayAttachToMeeting(user, m.unitId)) throw new DomainError('RISK_MEETING_OWN_UNIT_ONLY');
  return m;
}

/** Stores an uploaded file under `<attachments root>/risk-meetings/<meeting id>/<uuid>.<ext>` with its row and audit row. */
export async function attachMeetingFile(db: Db, user: SessionUser, input: { meetingId: string; upload: ReceivedUpload }, root: string, ip: string | null) {
  const { upload, meetingId } = input;
  return attachUpload(db, root, upload, async (tx, store) => {
    await assertMeetingAttachable(tx, user, meetingId);
    const row = await store({ dir: `risk-meetings/${meetingId}`, entityType: MEETING_ENTITY, entityId: meetingId, uploadedByUserId: user.id });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'riskMeeting.attach',
      entityType: 'riskMeeting',
      entityId: meetingId,
      after: { attachmentId: row.id, fileName: upload.fileName, mimeType: upload.mimeType, bytes: upload.bytes, sha256: upload.sha256 },
    });
    return meetingAttachmentView(meetingId, row);
  });
}

function meetingAttachmentView(meetingId: string, row: typeof attachments.$inferSelect) {
  return { id: row.id, fileName: row.fileName, mimeType: row.mimeType, bytes: row.bytes, createdAt: row.createdAt, href: `/api/risk-meetings/${meetingId}/attachments/${row.id}` };
}

/** The meeting's files, oldest first; the caller has already read the meeting within the user's scope. */
export async function meetingAttachments(db: Executor, meetingId: string) {
  const rows = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.entityType, MEETING_ENTITY), eq(attachments.entityId, meetingId)))
    .orderBy(asc(attachments.createdAt));
  return rows.map((r) => meetingAttachmentView(meetingId, r));
}

/** One file of a meeting the user may read, with a stream of its bytes; 404 otherwise. */
export async function readMeetingAttachment(db: Executor, user: SessionUser, meetingId: string, attachmentId: string, root: string) {
  const [m] = await db.select({ id: riskMeetings.id }).from(riskMeetings).where(and(eq(riskMeetings.id, meetingId), meetingReadable(user))).limit(1);
  if (!m) throw new DomainError('NOT_FOUND', { entity: 'riskMeeting', id: meetingId });
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.entityType, MEETING_ENTITY), eq(attachments.entityId, meetingId)))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'attachment', id: attachmentId });
  return openStoredFile(root, row);
}
