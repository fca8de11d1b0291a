import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { caseStages, type CaseDecision } from '../../db/schema/index.js';
import {
  caseStageNames,
  closingAllowed,
  decisionReviewRefusal,
  numberedStages,
  penaltyTotalFen,
  stageRefusal,
  type CaseStage,
  type LicenceAction,
} from '../../domain/case.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { caseState, reviewOf } from './case-actions.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { caseRecord } from './case-workflow.js';
import { getCase } from './get-case.js';
import { recordPenaltyDecision } from '../disposals/penalty-link.js';
import { decisionClockColumns } from './case-deadlines.js';
import { legalReviewThreshold } from './review-threshold.js';
import { validateStageDetails } from './stage-details.js';

export interface DecisionInput {
  /** 警告. */
  warning?: boolean;
  fineAmount: number;
  confiscatedIllegalGains?: number;
  confiscatedGoods?: string;
  licenceAction: LicenceAction;
}

export interface StageInput {
  caseId: string;
  /** The case's version the user saw. */
  version: number;
  stage: Exclude<CaseStage, 'filing'>;
  doneOn: string;
  text: string;
  documentNo?: string;
  details?: Record<string, unknown>;
  /** The decision stage's penalty (its number is `documentNo`, its date `doneOn`, its content `text`). */
  decision?: DecisionInput;
}

const documentNoMessage: Partial<Record<CaseStage, string>> = { notice: '请填写行政处罚告知书文号', decision: '请填写行政处罚决定书文号' };

/** Checks that need no database, all reported at once on their fields. */
function checkInput(input: StageInput, details: Record<string, unknown>, today: string) {
  const errors: Record<string, string> = {};
  if (input.doneOn > today) errors.doneOn = '日期不能晚于今天';
  if (numberedStages.includes(input.stage) && !input.documentNo?.trim()) errors.documentNo = documentNoMessage[input.stage]!;
  if (input.stage === 'decision' && !input.decision) errors.decision = '请填写处罚决定的内容（罚款、没收、许可证件处理）';
  if (input.stage === 'hearing' && typeof details.requestedOn === 'string' && details.requestedOn > input.doneOn) errors['details.requestedOn'] = '申请听证的日期不能晚于听证日期';
  if (Object.keys(errors).length) throw new DomainError('VALIDATION_FAILED', errors);
}

/**
 * Records the next stage of a case, dated, with its text and document number. Stages go in the
 * legal order (src/domain/case.ts), each no earlier than the one before and not in the future.
 * The decision needs 法制审核 first when 行政处罚法 art. 58 says so (the officer's grounds, a recorded
 * hearing, and a local amount if one is set, read now); it is stored
 * on the case and, for a case from a disposal, becomes that disposal's penalty step in the same
 * transaction. 结案 needs execution, a no-penalty decision, or a transfer with its receipt.
 */
export async function recordStage(db: Db, user: SessionUser, input: StageInput, ip: string | null, now = new Date()) {
  const details = validateStageDetails(input.stage, input.details ?? {});
  checkInput(input, details, toLocalDate(now));
  const documentNo = input.documentNo?.trim() || null;
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, caseRecord, input.caseId, 'recordStage', input.version);
    const state = caseState(row);
    const refusal = stageRefusal(state, input.stage);
    if (refusal) throw DomainError.of(refusal, { state: { stage: row.stage } });

    const recorded = await tx.select().from(caseStages).where(eq(caseStages.caseId, row.id));
    const previous = recorded.find((s) => s.stage === row.stage);
    if (previous && input.doneOn < previous.doneOn) {
      throw new DomainError('VALIDATION_FAILED', { doneOn: `不能早于“${caseStageNames[previous.stage as CaseStage]}”的日期（${previous.doneOn}）` });
    }
    if (input.stage === 'hearing') {
      const notice = recorded.find((s) => s.stage === 'notice')!;
      if ((details.requestedOn as string) < notice.doneOn) throw new DomainError('VALIDATION_FAILED', { 'details.requestedOn': `申请听证的日期不能早于处罚告知日期（${notice.doneOn}）` });
    }

    let decision: CaseDecision | null = null;
    if (input.stage === 'decision') {
      const d = input.decision!;
      decision = {
        decisionNo: documentNo!,
        decidedOn: input.doneOn,
        fineAmount: d.fineAmount,
        confiscatedIllegalGains: d.confiscatedIllegalGains ?? 0,
        confiscatedGoods: d.confiscatedGoods?.trim() || null,
        licenceAction: d.licenceAction,
        warning: d.warning ?? false,
        content: input.text,
      };
      const review = reviewOf(row);
      const threshold = await legalReviewThreshold(tx);
      const grounds = { publicInterest: row.publicInterest, complex: row.complex, requiredBy: row.reviewRequiredBy, hearingHeld: recorded.some((s) => s.stage === 'hearing') };
      const reviewRefusal = decisionReviewRefusal(decision, grounds, threshold.value, review);
      if (reviewRefusal) throw DomainError.of(reviewRefusal, { state: { legalReview: review?.status ?? null, threshold: threshold.value } });
    }
    if (input.stage === 'closed') {
      if (reviewOf(row)?.status === 'pending') throw new DomainError('LEGAL_REVIEW_PENDING_BEFORE_CLOSING', { state: { legalReview: 'pending' } });
      // Closed on the strength of the transfer alone: not before its receipt.
      const receiptOn = row.judicialTransfer?.receiptOn;
      if (receiptOn && !closingAllowed({ ...state, transferReceived: false }) && input.doneOn < receiptOn) {
        throw new DomainError('VALIDATION_FAILED', { doneOn: `不能早于移送回执日期（${receiptOn}）` });
      }
    }

    const [stage] = await tx
      .insert(caseStages)
      .values({ id: randomUUID(), caseId: row.id, stage: input.stage, doneOn: input.doneOn, text: input.text, documentNo, details, doneByUserId: user.id, createdAt: now })
      .returning();
    // A hearing's time is not counted in the decision period (程序规定 art. 64): the clock moves on.
    const clock = input.stage === 'hearing' ? await decisionClockColumns(tx, row, now) : {};
    const after = await update({
      stage: input.stage,
      ...clock,
      ...(decision ? { decision, fineAmount: decision.fineAmount } : {}),
      ...(input.stage === 'closed' ? { closedOn: input.doneOn } : {}),
    });
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: 'case.recordStage',
      entityType: 'case',
      entityId: row.id,
      before: { stage: row.stage, version: row.version },
      after: { stage: input.stage, record: stage, decision, version: after.version },
    });
    if (decision && row.disposalId) {
      await recordPenaltyDecision(tx, actor, row.disposalId, {
        caseId: row.id,
        caseNo: row.caseNo,
        decisionNo: decision.decisionNo,
        decidedOn: decision.decidedOn,
        amount: penaltyTotalFen(decision) / 100,
        content: decision.content,
      });
    }
    return getCase(tx, user, row.id, now);
  });
}
