import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { attachments, noticeReplies, notices } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { openStoredFile } from '../attachments/read-attachment.js';
import { attachUpload } from '../attachments/store-upload.js';
import type { ReceivedUpload } from '../attachments/receive-upload.js';
import { noticeReadable } from './notice-scope.js';

/** The sender's files are the notice's; a recipient's belong to one of its unit's replies. */
export const NOTICE_ENTITY = 'notice';
export const NOTICE_REPLY_ENTITY = 'noticeReply';

/**
 * Who may attach what: the sending unit to its notice until it is withdrawn; a recipient unit to
 * one of its own replies (反馈材料) while the notice is sent. Checked before the upload is read.
 */
export async function assertNoticeAttachable(db: Executor, user: SessionUser, noticeId: string, replyId: string | undefined) {
  const [n] = await db.select().from(notices).where(and(eq(notices.id, noticeId), noticeReadable(user))).limit(1);
  if (!n) throw new DomainError('NOT_FOUND', { entity: 'notice', id: noticeId });
  if (n.status === 'withdrawn') throw new DomainError('NOTICE_WITHDRAWN');
  if (!replyId) {
    if (n.senderUnitId !== user.unit.id) throw new DomainError('NOTICE_SENDER_ONLY');
    return { entityType: NOTICE_ENTITY, entityId: n.id };
  }
  const [reply] = await db.select().from(noticeReplies).where(and(eq(noticeReplies.id, replyId), eq(noticeReplies.noticeId, n.id))).limit(1);
  if (!reply) throw new DomainError('NOT_FOUND', { entity: 'noticeReply', id: replyId });
  if (reply.unitId !== user.unit.id) throw new DomainError('NOTICE_RECIPIENT_ONLY');
  return { entityType: NOTICE_REPLY_ENTITY, entityId: reply.id };
}

/** Stores an uploaded file under `<attachments root>/notices/<notice id>/<uuid>.<ext>` with its row and audit row. */
export async function attachNoticeFile(db: Db, user: SessionUser, input: { noticeId: string; replyId?: string; upload: ReceivedUpload }, root: string, ip: string | null) {
  const { upload } = input;
  return attachUpload(db, root, upload, async (tx, store) => {
    const target = await assertNoticeAttachable(tx, user, input.noticeId, input.replyId);
    const row = await store({ dir: `notices/${input.noticeId}`, ...target, uploadedByUserId: user.id });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'notice.attach',
      entityType: 'notice',
      entityId: input.noticeId,
      after: { attachmentId: row.id, replyId: input.replyId ?? null, fileName: upload.fileName, mimeType: upload.mimeType, bytes: upload.bytes, sha256: upload.sha256 },
    });
    return attachmentView(input.noticeId, row, input.replyId ?? null);
  });
}

function attachmentView(noticeId: string, row: typeof attachments.$inferSelect, replyId: string | null) {
  return { id: row.id, fileName: row.fileName, mimeType: row.mimeType, bytes: row.bytes, createdAt: row.createdAt, replyId, href: `/api/notices/${noticeId}/attachments/${row.id}` };
}

/**
 * The files the user's unit may see: the notice's own, and the replies' files of the replies it
 * sees (the sender all of them, a recipient its own unit's).
 */
export async function noticeAttachments(db: Executor, noticeId: string, visibleReplyIds: string[]) {
  const rows = await db
    .select()
    .from(attachments)
    .where(
      or(
        and(eq(attachments.entityType, NOTICE_ENTITY), eq(attachments.entityId, noticeId)),
        visibleReplyIds.length ? and(eq(attachments.entityType, NOTICE_REPLY_ENTITY), inArray(attachments.entityId, visibleReplyIds)) : sql`false`,
      ),
    )
    .orderBy(asc(attachments.createdAt));
  return rows.map((r) => attachmentView(noticeId, r, r.entityType === NOTICE_REPLY_ENTITY ? r.entityId : null));
}

/** One file of a notice the user may read, with a stream of its bytes; 404 otherwise. */
export async function readNoticeAttachment(db: Executor, user: SessionUser, noticeId: string, attachmentId: string, root: string) {
  const [n] = await db.select({ id: notices.id, senderUnitId: notices.senderUnitId }).from(notices).where(and(eq(notices.id, noticeId), noticeReadable(user))).limit(1);
  if (!n) throw new DomainError('NOT_FOUND', { entity: 'notice', id: noticeId });
  const replies = await db
    .select({ id: noticeReplies.id })
    .from(noticeReplies)
    .where(and(eq(noticeReplies.noticeId, noticeId), n.senderUnitId === user.unit.id ? undefined : eq(noticeReplies.unitId, user.unit.id)));
  const [row] = await db.select().from(attachments).where(eq(attachments.id, attachmentId)).limit(1);
  const visible = row && ((row.entityType === NOTICE_ENTITY && row.entityId === noticeId) || (row.entityType === NOTICE_REPLY_ENTITY && replies.some((r) => r.id === row.entityId)));
  if (!visible) throw new DomainError('NOT_FOUND', { entity: 'attachment', id: attachmentId });
  return openStoredFile(root, row);
}
