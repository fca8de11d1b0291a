import { randomInt } from 'node:crypto';
import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { retestLabs } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { drawRetestLab } from '../../domain/objections/draw-retest-lab.js';
import type { ApplicationKind } from '../../domain/objections/application.js';
import type { Application } from './failed-sample.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { deadlineFor } from '../deadlines/deadline-service.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { objectionPage } from './objection-page.js';
import { presentApplication, sampleSummary } from './list-objections.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { applicationRecord } from './application-workflow.js';

/**
 * The department accepts an application or rejects it with a reason. Accepting a retest draws
 * the retest lab at random from the active labs of the list, never the lab that did the first
 * test, records the draw, and starts the retest.conclude clock. The review work item is done;
 * an accepted application gets a follow-up item to record its conclusion.
 * `random(n)` is crypto.randomInt unless a test passes a seeded one.
 */
export async function decideApplication(
  db: Db,
  user: SessionUser,
  id: string,
  input: { version: number; accept: boolean; reason?: string | null },
  ip: string | null,
  random: (n: number) => number = randomInt,
  now = new Date(),
) {
  const reason = input.reason?.trim() || null;
  if (!input.accept && (!reason || reason.length < 2)) throw new DomainError('VALIDATION_FAILED', { reason: '不予受理的，请填写理由' });
  return db.transaction(async (tx) => {
    const { row: { application, sample }, update } = await loadForAction(tx, user, applicationRecord, id, input.accept ? 'accept' : 'reject', input.version);
    const actor = actorOf(user, ip);
    let after: Application;
    if (!input.accept) {
      after = await update({ status: 'rejected', decisionReason: reason, decidedAt: now });
    } else if (application.kind === 'retest') {
      const labs = await tx.select().from(retestLabs).orderBy(asc(retestLabs.id));
      const draw = drawRetestLab(labs, sample.labName, random);
      const due = await deadlineFor(tx, 'retest.conclude', now);
      const labDraw = {
        candidates: draw.candidates,
        excluded: draw.excluded,
        random: draw.random,
        pickedId: draw.picked.id,
        pickedName: draw.picked.name,
        drawnAt: now.toISOString(),
        drawnBy: user.username,
      };
      after = await update({ status: 'accepted', decisionReason: reason, decidedAt: now, labDraw, dueAt: due.due });
    } else {
      // An objection keeps its answer deadline (objection.review from the day it was received).
      after = await update({ status: 'accepted', decisionReason: reason, decidedAt: now });
    }
    await recordAudit(tx, actor, {
      action: `${application.kind as ApplicationKind}.${input.accept ? 'accept' : 'reject'}`,
      entityType: 'objection',
      entityId: id,
      before: { status: application.status, version: application.version },
      after: { status: after.status, decisionReason: after.decisionReason, labDraw: after.labDraw, dueAt: after.dueAt },
    });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'objection', subjectId: id }, 'done');
    if (input.accept) {
      const retest = application.kind === 'retest';
      await createWorkItems(tx, actor, [
        {
          kind: retest ? 'retest_review' : 'objection_review',
          title: retest
            ? `登记复检结论（复检机构：${after.labDraw!.pickedName}；${sample.foodName}，${sample.sampleNo}）`
            : `答复异议并登记审核结论（${sample.foodName}，${application.applicant}，${sample.sampleNo}）`,
          subjectType: 'objection',
          subjectId: id,
          ownerUnitId: sample.ownerUnitId,
          dueAt: after.dueAt,
          links: [{ label: retest ? '复检' : '异议', href: await objectionPage(tx, sample.id) }],
        },
      ]);
    }
    return presentApplication(after, sampleSummary(sample), user, now);
  });
}
