import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { noticeRecipients } from '../../db/schema/index.js';
import { endOfLocalDay, toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { notify } from '../notifications/notify.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { noticeLabel } from './deliver-notice.js';
import { noticeHref, noticeLinks, recipientSubject } from './notice-links.js';
import { noticeRecord } from './notice-workflow.js';

/** Days a reminded unit has to reply. */
const REMINDER_DAYS = 3;

/**
 * The sender reminds (催办) every recipient whose reply date has passed without a reply: each
 * gets a new work item (due in three days) and a notification. Returns the units reminded.
 */
export async function remindOverdueRecipients(db: Db, user: SessionUser, id: string, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const { row: notice } = await loadForAction(tx, user, noticeRecord, id, 'remind', null);
    const overdue = await tx
      .update(noticeRecipients)
      .set({ remindedAt: now })
      .where(and(eq(noticeRecipients.noticeId, id), isNull(noticeRecipients.repliedAt)))
      .returning({ unitId: noticeRecipients.unitId });
    const label = noticeLabel(notice);
    const due = endOfLocalDay(toLocalDate(new Date(now.getTime() + REMINDER_DAYS * 86_400_000)));
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, { action: 'notice.remind', entityType: 'notice', entityId: id, after: { unitIds: overdue.map((r) => r.unitId), remindedAt: now } });
    await createWorkItems(
      tx,
      actor,
      overdue.map((r) => ({ kind: 'notice_reminder' as const, title: `催办：请反馈${label}`, ...recipientSubject(id, r.unitId), ownerUnitId: r.unitId, dueAt: due, links: noticeLinks(id) })),
    );
    await notify(tx, overdue.map((r) => ({ unitId: r.unitId, kind: 'reminder' as const, title: `${user.unit.name}催办：请反馈${label}`, href: noticeHref(id) })));
    return overdue.map((r) => r.unitId);
  });
}
