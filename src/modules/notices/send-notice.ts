import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { noticeApprovalSettings, noticeRecipients, notices, orgUnits } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { expandGroup, mayNotify, type NoticeKind, type ReachUnit, type RecipientGroup } from '../../domain/notices/notice-rules.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { assertNoticeMeeting, completeNoticeFollowUps } from '../risk-meetings/notice-follow-up.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { deliverNotice, noticeLabel } from './deliver-notice.js';
import { noticeLinks } from './notice-links.js';

export interface NoticeInput {
  kind: NoticeKind;
  title: string;
  body: string;
  recipientUnitIds?: string[];
  recipientGroups?: RecipientGroup[];
  replyDueOn?: string;
  relatedSampleIds?: string[];
  relatedMeetingId?: string;
  /** The meeting's `notice` follow-up this notice answers (its work item completes on sending). */
  relatedMeetingActionId?: string;
  relatedSignalId?: string;
}

/** Whether the unit's head approves its notices of this kind first (off unless turned on). */
export async function approvalRequired(db: Db | Tx, unitId: string, kind: string): Promise<boolean> {
  const [row] = await db
    .select({ required: noticeApprovalSettings.required })
    .from(noticeApprovalSettings)
    .where(and(eq(noticeApprovalSettings.unitId, unitId), eq(noticeApprovalSettings.kind, kind)))
    .limit(1);
  return row?.required ?? false;
}

/**
 * The recipient units: the chosen ones and the groups' members (a group never includes the
 * sender itself). Every one must exist (400) and lie in the sender's reach (403, naming them):
 * one bad recipient refuses the whole notice, nothing stored.
 */
async function resolveRecipients(tx: Tx, sender: ReachUnit, input: NoticeInput): Promise<string[]> {
  const chosen = [...new Set(input.recipientUnitIds ?? [])];
  let fromGroups: string[] = [];
  if (input.recipientGroups?.length) {
    const all = await tx.select({ id: orgUnits.id, parentId: orgUnits.parentId, kind: orgUnits.kind }).from(orgUnits);
    fromGroups = input.recipientGroups.flatMap((g) => expandGroup(g, all)).filter((id) => id !== sender.id);
  }
  const ids = [...new Set([...chosen, ...fromGroups])];
  if (ids.length === 0) throw new DomainError('NOTICE_NO_RECIPIENTS', { recipientUnitIds: '请至少选择一个收件单位' });
  const units = await tx.select({ id: orgUnits.id, parentId: orgUnits.parentId, kind: orgUnits.kind, name: orgUnits.name }).from(orgUnits).where(inArray(orgUnits.id, ids));
  const unknown = ids.filter((id) => !units.some((u) => u.id === id));
  if (unknown.length) throw new DomainError('NOTICE_UNKNOWN_RECIPIENTS', { unknownUnitIds: unknown });
  const outside = units.filter((u) => !mayNotify(sender, u));
  if (outside.length) {
    throw new DomainError('NOTICE_OUT_OF_REACH', { unitIds: outside.map((u) => u.id) }, { units: outside.map((u) => u.name).join('、') });
  }
  return ids;
}

/**
 * Sends a notice (信息通报) from the user's unit, at once — or, when the unit has turned on
 * approval for the kind, as a draft its head approves (a work item for the unit's head).
 */
export async function sendNotice(db: Db, user: SessionUser, input: NoticeInput, ip: string | null, now = new Date()) {
  if (input.replyDueOn && input.replyDueOn < toLocalDate(now)) {
    throw new DomainError('VALIDATION_FAILED', { replyDueOn: '反馈截止日期不能早于今天' });
  }
  return db.transaction(async (tx) => {
    const [sender] = await tx.select({ id: orgUnits.id, parentId: orgUnits.parentId, kind: orgUnits.kind, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, user.unit.id));
    const recipientIds = await resolveRecipients(tx, sender, input);
    if (input.relatedMeetingActionId && !input.relatedMeetingId) {
      throw new DomainError('VALIDATION_FAILED', { relatedMeetingId: '请同时指明措施所属的研判活动' });
    }
    if (input.relatedMeetingId) await assertNoticeMeeting(tx, user, input.relatedMeetingId, input.relatedMeetingActionId);
    const pending = await approvalRequired(tx, sender.id, input.kind);
    const id = randomUUID();
    const [notice] = await tx
      .insert(notices)
      .values({
        id,
        kind: input.kind,
        title: input.title.trim(),
        body: input.body.trim(),
        senderUnitId: sender.id,
        createdByUserId: user.id,
        status: pending ? 'pending_approval' : 'sent',
        replyDueOn: input.replyDueOn ?? null,
        relatedSampleIds: input.relatedSampleIds ?? [],
        relatedMeetingId: input.relatedMeetingId ?? null,
        relatedSignalId: input.relatedSignalId ?? null,
        sentAt: pending ? null : now,
        createdAt: now,
      })
      .returning();
    await tx.insert(noticeRecipients).values(recipientIds.map((unitId) => ({ noticeId: id, unitId })));
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, { action: pending ? 'notice.draft' : 'notice.send', entityType: 'notice', entityId: id, after: { ...notice, recipientUnitIds: recipientIds, relatedMeetingActionId: input.relatedMeetingActionId ?? null } });
    if (pending) {
      await createWorkItems(tx, actor, [
        { kind: 'notice_approval', title: `审批${noticeLabel(notice)}`, subjectType: 'notice', subjectId: id, ownerUnitId: sender.id, links: noticeLinks(id) },
      ]);
    } else {
      await deliverNotice(tx, actor, notice, recipientIds, sender.name);
      // The risk-meetings module completes the follow-up's work item in this transaction.
      if (notice.relatedMeetingId) await completeNoticeFollowUps(tx, actor, sender.id, notice.relatedMeetingId, input.relatedMeetingActionId);
    }
    return notice;
  });
}
