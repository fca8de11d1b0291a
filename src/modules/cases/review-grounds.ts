import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { caseStages } from '../../db/schema/index.js';
import type { ReviewGrounds } from '../../domain/case.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import type { CaseRow } from './case-scope.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { caseRecord } from './case-workflow.js';
import { getCase } from './get-case.js';

/** The grounds of 行政处罚法 art. 58 that hold for a case now: the officer's, and a recorded hearing. */
export async function groundsOf(db: Executor, c: Pick<CaseRow, 'id' | 'publicInterest' | 'complex' | 'reviewRequiredBy'>): Promise<ReviewGrounds> {
  const [hearing] = await db.select({ id: caseStages.id }).from(caseStages).where(and(eq(caseStages.caseId, c.id), eq(caseStages.stage, 'hearing'))).limit(1);
  return { publicInterest: c.publicInterest, complex: c.complex, requiredBy: c.reviewRequiredBy, hearingHeld: Boolean(hearing) };
}

export interface GroundsInput {
  caseId: string;
  version: number;
  publicInterest: boolean;
  complex: boolean;
  /** The law or regulation that requires the review, or null. */
  requiredBy: string | null;
}

/**
 * The case officer states which grounds of art. 58 ¶1 apply (重大公共利益, 疑难复杂, another law),
 * until the decision; the hearing ground follows from the recorded stages and is not entered.
 */
export async function setReviewGrounds(db: Db, user: SessionUser, input: GroundsInput, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, caseRecord, input.caseId, 'setReviewGrounds', input.version);
    const requiredBy = input.requiredBy?.trim() || null;
    const after = await update({ publicInterest: input.publicInterest, complex: input.complex, reviewRequiredBy: requiredBy });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'case.setReviewGrounds',
      entityType: 'case',
      entityId: row.id,
      before: { publicInterest: row.publicInterest, complex: row.complex, reviewRequiredBy: row.reviewRequiredBy },
      after: { publicInterest: after.publicInterest, complex: after.complex, reviewRequiredBy: after.reviewRequiredBy, version: after.version },
    });
    return getCase(tx, user, row.id, now);
  });
}
