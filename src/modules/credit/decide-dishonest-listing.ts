import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { dishonestEntries } from '../../db/schema/index.js';
import { addMonths, reviewableOn } from '../../domain/credit/credit-rules.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { dishonestQuery, presentDishonest } from './dishonest-list.js';
import { dishonestRecord } from './dishonest-workflow.js';
import { reviewSetting } from './review-setting.js';

export interface ListingDecision {
  version: number;
  approve: boolean;
  /** The day of the approval, which is the listing date (not before the proposal's). */
  decidedOn: string;
  /** Required when refusing. */
  reason?: string;
}

/**
 * The level above decides a bureau's proposed listing (报经上一级市场监督管理部门同意): approved,
 * the entry is listed from the approval day (its review and expiry dates counted from it);
 * refused, it stays on record with the reason. The approval work item completes either way.
 */
export async function decideDishonestListing(db: Db, user: SessionUser, id: string, input: ListingDecision, ip: string | null, now = new Date()) {
  const today = toLocalDate(now);
  const reason = input.reason?.trim() || null;
  if (!input.approve && !reason) throw new DomainError('VALIDATION_FAILED', { reason: '不同意时请填写理由' });
  if (input.decidedOn > today) throw new DomainError('VALIDATION_FAILED', { decidedOn: '审批日期不能晚于今天' });
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, dishonestRecord, id, 'approve', input.version);
    const entry = row.entry;
    if (input.decidedOn < entry.listedOn) throw new DomainError('VALIDATION_FAILED', { decidedOn: `审批日期不能早于提请日期（${entry.listedOn}）` });
    const review = await reviewSetting(tx);
    const changes = input.approve
      ? {
          status: 'listed',
          listedOn: input.decidedOn,
          reviewableOn: reviewableOn(input.decidedOn, review?.months),
          expiresOn: review?.listedMonths ? addMonths(input.decidedOn, review.listedMonths) : null,
        }
      : { status: 'refused', refusalReason: reason };
    const after = await update({ ...changes, approvedByUnitId: user.unit.id, approvedByUserId: user.id, approvedOn: input.decidedOn });
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: input.approve ? 'dishonest.approve' : 'dishonest.refuse',
      entityType: 'dishonestEntry',
      entityId: id,
      before: { status: entry.status, listedOn: entry.listedOn, version: entry.version },
      after: { ...changes, approvedByUnitId: after.approvedByUnitId, approvedOn: after.approvedOn, version: after.version },
    });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'dishonestEntry', subjectId: id, kind: 'dishonest_approval' }, 'done');
    const [full] = await dishonestQuery(tx, eq(dishonestEntries.id, id));
    return presentDishonest(full, user, today);
  });
}
