import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/client.js';
import { objections } from '../../db/schema/index.js';
import type { StatutoryCalendar } from '../../domain/deadlines/calendar.js';
import { computeDeadline, type DeadlineUnit } from '../../domain/deadlines/compute-deadline.js';
import { applicationKindNames, type ApplicationKind } from '../../domain/objections/application.js';
import { localDateTime } from '../../domain/time.js';
import type { WorkItemKind } from '../../domain/work-item.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { findRule } from '../deadlines/deadline-service.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { objectionPage } from './objection-page.js';
import { sampleSummary, presentApplication } from './list-objections.js';
import type { Sample } from './failed-sample.js';

export interface ApplicationInput {
  applicant: string;
  windowStartOn: string;
  appliedOn: string;
  content: string;
}

/**
 * Records an application, inside the caller's transaction. Nothing is lost: a refused one (late,
 * excluded) is recorded as rejected with its reason at once; an admissible one is pending, with
 * the review deadline from the rule table counted from the day it was received, and a review
 * work item for the sample's owner unit. One the software cannot judge (late only by a
 * provisional calendar) is pending with `windowReviewReason`: the officer sees why and decides.
 */
export async function fileApplication(
  tx: Tx,
  user: SessionUser,
  ip: string | null,
  sample: Sample,
  input: ApplicationInput & { kind: ApplicationKind; ground: string | null },
  outcome: { rejectedBecause: string | null; needsDecisionBecause?: string | null; reviewRuleId: string; workItemKind: WorkItemKind; calendar: StatutoryCalendar; audit?: Record<string, unknown> },
  now: Date,
) {
  const base = {
    id: randomUUID(),
    sampleId: sample.id,
    kind: input.kind,
    ground: input.ground,
    applicant: input.applicant,
    windowStartOn: input.windowStartOn,
    appliedOn: input.appliedOn,
    content: input.content,
    createdByUserId: user.id,
    createdAt: now,
  };
  let values: typeof objections.$inferInsert;
  let due: Date | null = null;
  if (outcome.rejectedBecause) {
    values = { ...base, status: 'rejected', decisionReason: outcome.rejectedBecause, decidedAt: now };
  } else {
    const rule = await findRule(tx, outcome.reviewRuleId);
    due = computeDeadline({ id: rule.id, amount: rule.amount, unit: rule.unit as DeadlineUnit }, localDateTime(input.appliedOn), outcome.calendar).due;
    values = { ...base, status: 'pending', dueAt: due, windowReviewReason: outcome.needsDecisionBecause ?? null };
  }
  const [row] = await tx.insert(objections).values(values).returning();
  const actor = actorOf(user, ip);
  await recordAudit(tx, actor, { action: `${input.kind}.apply`, entityType: 'objection', entityId: row.id, after: { ...row, ...outcome.audit } });
  if (!outcome.rejectedBecause) {
    await createWorkItems(tx, actor, [
      {
        kind: outcome.workItemKind,
        title: `${input.kind === 'retest' ? '受理复检申请' : '审核异议'}${outcome.needsDecisionBecause ? '（可能逾期，需人工判断）' : ''}（${sample.foodName}，${input.applicant}，${sample.sampleNo}）`,
        subjectType: 'objection',
        subjectId: row.id,
        ownerUnitId: sample.ownerUnitId,
        dueAt: due,
        links: [{ label: applicationKindNames[input.kind], href: await objectionPage(tx, sample.id) }],
      },
    ]);
  }
  return presentApplication(row, sampleSummary(sample), user, now);
}
