import { and, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { noticeRecipients, notices } from '../../db/schema/index.js';
import { toLocalDate } from '../../domain/time.js';
import { notify } from '../notifications/notify.js';
import { noticeLabel } from './deliver-notice.js';
import { noticeHref } from './notice-links.js';

/**
 * The overdue warning: once the reply date of a sent notice has passed, each recipient unit that
 * has not replied is warned once (`overdue_warned_at`, claimed by the UPDATE, and a dedupe key:
 * two processes running the sweep warn once). Returns the warnings written.
 */
export async function warnOverdueNotices(db: Db, now = new Date()): Promise<number> {
  const today = toLocalDate(now);
  return db.transaction(async (tx) => {
    const claimed = await tx
      .update(noticeRecipients)
      .set({ overdueWarnedAt: now })
      .where(
        and(
          isNull(noticeRecipients.overdueWarnedAt),
          isNull(noticeRecipients.repliedAt),
          sql`${noticeRecipients.noticeId} IN (SELECT n.id FROM notices n WHERE n.status = 'sent' AND n.reply_due_on < ${today})`,
        ),
      )
      .returning({ noticeId: noticeRecipients.noticeId, unitId: noticeRecipients.unitId });
    if (claimed.length === 0) return 0;
    const ids = [...new Set(claimed.map((c) => c.noticeId))];
    const rows = await tx.select({ id: notices.id, kind: notices.kind, title: notices.title }).from(notices).where(sql`${notices.id} IN (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return notify(
      tx,
      claimed.map((c) => ({
        unitId: c.unitId,
        kind: 'overdue' as const,
        title: `反馈已逾期：${noticeLabel(byId.get(c.noticeId)!)}`,
        href: noticeHref(c.noticeId),
        dedupeKey: `overdue:notice:${c.noticeId}:${c.unitId}`,
      })),
    );
  });
}
