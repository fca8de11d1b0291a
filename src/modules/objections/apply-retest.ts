import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { objections, resultItems } from '../../db/schema/index.js';
import type { DeadlineUnit } from '../../domain/deadlines/compute-deadline.js';
import { DomainError } from '../../domain/errors.js';
import { checkApplicationWindow } from '../../domain/objections/application-window.js';
import { retestExclusion } from '../../domain/objections/retest-exclusion.js';
import type { SessionUser } from '../access/actor.js';
import { findRule, loadCalendar } from '../deadlines/deadline-service.js';
import { fileApplication, type ApplicationInput } from './file-application.js';
import { checkApplicationDates, loadFailedSample } from './failed-sample.js';

/**
 * An enterprise's application for a retest (复检, 食品安全法 art. 88). Refused — recorded as
 * rejected with the reason, at once — when a microbiological item failed, the backup sample has
 * expired, or the application is late by the official calendar; otherwise pending, to be
 * accepted or rejected within 5 working days (办法 art. 32). Late only by a provisional
 * calendar, it is pending too, with the reason a person must weigh. A sample gets one retest:
 * its conclusion is final.
 */
export async function applyRetest(
  db: Db,
  user: SessionUser,
  input: ApplicationInput & { sampleId: string; backupSampleExpired: boolean },
  ip: string | null,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const sample = await loadFailedSample(tx, user, input.sampleId);
    checkApplicationDates(input, sample, now);
    const earlier = await tx.select({ id: objections.id, kind: objections.kind, status: objections.status }).from(objections).where(eq(objections.sampleId, sample.id));
    const active = earlier.find((a) => a.kind === 'retest' && a.status !== 'rejected');
    if (active) throw new DomainError('RETEST_ALREADY_APPLIED', { existing: active.id });
    const rule = await findRule(tx, 'retest.apply');
    const calendar = await loadCalendar(tx);
    const items = await tx.select().from(resultItems).where(and(eq(resultItems.sampleId, sample.id), eq(resultItems.effective, true)));
    const window = checkApplicationWindow({
      kind: 'retest',
      windowStartOn: input.windowStartOn,
      appliedOn: input.appliedOn,
      calendar,
      rule: { id: rule.id, amount: rule.amount, unit: rule.unit as DeadlineUnit },
    });
    const excluded = retestExclusion({ items, backupSampleExpired: input.backupSampleExpired, late: window.verdict === 'late' ? window.reason : false });
    return fileApplication(
      tx,
      user,
      ip,
      sample,
      { ...input, kind: 'retest', ground: null },
      {
        rejectedBecause: excluded,
        needsDecisionBecause: window.verdict === 'undecided' ? window.reason : null,
        reviewRuleId: 'retest.accept',
        workItemKind: 'retest_review',
        calendar,
        audit: { lastDay: window.lastDay, window: window.verdict, backupSampleExpired: input.backupSampleExpired },
      },
      now,
    );
  });
}
