import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { noticeRecipients, notices } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { noticeWorkflow, type NoticeAction, type NoticeFacts, type NoticeSide } from '../../domain/workflow/notice.js';
import { toLocalDate } from '../../domain/time.js';
import type { RecordWorkflow } from '../workflow/load-for-action.js';
import { noticeReadable } from './notice-scope.js';

export type Notice = typeof notices.$inferSelect;

/**
 * The notice's workflow on the server: read through noticeReadable; the user's unit is the
 * sender, a recipient (its own row), or neither (then the read already answered 404).
 */
export const noticeRecord: RecordWorkflow<Notice, NoticeAction, NoticeSide, NoticeFacts, Partial<typeof notices.$inferInsert>> = {
  entity: 'notice',
  table: noticeWorkflow,
  loadForUpdate: async (tx, user, id) => (await tx.select().from(notices).where(and(eq(notices.id, id), noticeReadable(user))).limit(1).for('update'))[0],
  standing: async (db, user, n) => {
    const sides: NoticeSide[] = [];
    let acknowledged = false;
    if (n.senderUnitId === user.unit.id) sides.push('sender');
    const [own] = await db
      .select({ acknowledgedAt: noticeRecipients.acknowledgedAt })
      .from(noticeRecipients)
      .where(and(eq(noticeRecipients.noticeId, n.id), eq(noticeRecipients.unitId, user.unit.id)))
      .limit(1);
    if (own) {
      sides.push('recipient');
      acknowledged = own.acknowledgedAt !== null;
    }
    let overdueRecipients = 0;
    if (sides.includes('sender') && n.replyDueOn && toLocalDate(new Date()) > n.replyDueOn) {
      const [row] = await db
        .select({ n: count() })
        .from(noticeRecipients)
        .where(and(eq(noticeRecipients.noticeId, n.id), isNull(noticeRecipients.repliedAt)));
      overdueRecipients = Number(row.n);
    }
    return { state: n.status, sides, facts: { acknowledged, overdueRecipients } };
  },
  version: (n) => n.version,
  update: async (tx, n, changes) => {
    const [after] = await tx
      .update(notices)
      .set({ ...changes, version: sql`${notices.version} + 1` })
      .where(and(eq(notices.id, n.id), eq(notices.version, n.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: n.version });
    return after;
  },
};
