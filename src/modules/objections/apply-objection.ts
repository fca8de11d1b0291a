import type { Db } from '../../db/client.js';
import { checkApplicationWindow } from '../../domain/objections/application-window.js';
import type { ObjectionGround } from '../../domain/objections/application.js';
import type { DeadlineUnit } from '../../domain/deadlines/compute-deadline.js';
import type { SessionUser } from '../access/actor.js';
import { findRule, loadCalendar } from '../deadlines/deadline-service.js';
import { fileApplication, type ApplicationInput } from './file-application.js';
import { checkApplicationDates, loadFailedSample } from './failed-sample.js';

/**
 * An enterprise's objection (异议) to a failed result — on the sampling process, the sample's
 * identity, or the method or standard applied (办法 art. 35). Made within 7 working days of
 * receiving the result (of the end of sampling for the sampling process), else recorded and
 * rejected at once — unless only a provisional calendar says it is late: then it is pending
 * with the reason a person must weigh. Risk control does not pause meanwhile: the disposal is
 * not touched.
 */
export async function applyObjection(db: Db, user: SessionUser, input: ApplicationInput & { sampleId: string; ground: ObjectionGround }, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const sample = await loadFailedSample(tx, user, input.sampleId);
    checkApplicationDates(input, sample, now);
    // One connection in a transaction: queries in sequence (node-postgres deprecates overlapping them).
    const rule = await findRule(tx, 'objection.apply');
    const calendar = await loadCalendar(tx);
    const window = checkApplicationWindow({
      kind: 'objection',
      ground: input.ground,
      windowStartOn: input.windowStartOn,
      appliedOn: input.appliedOn,
      calendar,
      rule: { id: rule.id, amount: rule.amount, unit: rule.unit as DeadlineUnit },
    });
    return fileApplication(
      tx,
      user,
      ip,
      sample,
      { ...input, kind: 'objection', ground: input.ground },
      {
        rejectedBecause: window.verdict === 'late' ? window.reason : null,
        needsDecisionBecause: window.verdict === 'undecided' ? window.reason : null,
        reviewRuleId: 'objection.review',
        workItemKind: 'objection_review',
        calendar,
        audit: { lastDay: window.lastDay, window: window.verdict },
      },
      now,
    );
  });
}
