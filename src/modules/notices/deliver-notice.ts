import type { Tx } from '../../db/client.js';
import { noticeKinds, type NoticeKind } from '../../domain/notices/notice-rules.js';
import { endOfLocalDay } from '../../domain/time.js';
import type { Actor } from '../access/actor.js';
import { notify } from '../notifications/notify.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { noticeHref, noticeLinks, recipientSubject } from './notice-links.js';
import type { Notice } from './notice-workflow.js';

export const noticeLabel = (n: Pick<Notice, 'kind' | 'title'>) => `${noticeKinds[n.kind as NoticeKind] ?? '通报'}：${n.title}`;

/**
 * The notice reaches its recipients: each recipient unit gets a work item (阅办; due on the reply
 * date when one is asked for) and a notification, in the sending (or approving) transaction.
 */
export async function deliverNotice(tx: Tx, actor: Actor, notice: Notice, recipientUnitIds: string[], senderName: string) {
  const label = noticeLabel(notice);
  await createWorkItems(
    tx,
    actor,
    recipientUnitIds.map((unitId) => ({
      kind: 'notice' as const,
      title: `${label}（${senderName}）`,
      ...recipientSubject(notice.id, unitId),
      ownerUnitId: unitId,
      dueAt: notice.replyDueOn ? endOfLocalDay(notice.replyDueOn) : null,
      links: noticeLinks(notice.id),
    })),
  );
  await notify(
    tx,
    recipientUnitIds.map((unitId) => ({ unitId, kind: 'notice' as const, title: `${senderName}发来${label}`, href: noticeHref(notice.id) })),
  );
}
