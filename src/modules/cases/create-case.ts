import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { caseStages, cases } from '../../db/schema/index.js';
import { filingPauseKinds, type CaseApproval, type CasePause, type CaseTimeLimits, type PauseKind } from '../../domain/case-time-limits.js';
import { DomainError } from '../../domain/errors.js';
import { localDateTime, toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { deadlineFor } from '../deadlines/deadline-service.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { filingDeadline } from './case-deadlines.js';
import { nextCaseNo } from './case-number.js';
import { resolveCaseSource, type SourceInput } from './case-sources.js';
import { getCase } from './get-case.js';
import { linkPenaltyStep } from '../disposals/penalty-link.js';

export interface CreateCaseInput extends SourceInput {
  partyName: string;
  title: string;
  facts: string;
  filedOn: string;
  /** 发现线索或者收到材料的日期: the start of the 立案 period (case.file). */
  discoveredOn: string;
  /** The head who approved 立案 (负责人), by name. */
  filingApprovedBy?: string;
  /** The head's approval of 15 more working days for 立案 (程序规定 art. 18). */
  filingExtension?: CaseApproval;
  /** Testing or identification before 立案, not counted in its period. */
  filingPauses?: { kind: PauseKind; from: string; to: string; reason: string }[];
  major?: boolean;
  crossRegion?: boolean;
  publicInterest?: boolean;
  complex?: boolean;
  reviewRequiredBy?: string | null;
}

/** Units that handle their own cases: the city and county bureaus. */
const HANDLING_BUREAUS = ['city_bureau', 'county_bureau'];

/**
 * The unit that handles a case: the filing officer's bureau — a major case too, which 稽查局
 * guides and may take over (seed art. 12(3)); 综合执法稽查局 for a cross-region case (art. 12(2))
 * and for a case filed by a provincial unit (provincial cases are handled by the 稽查局, not by
 * the division that found them).
 */
export function ownerUnitFor(user: Pick<SessionUser, 'unit'>, flags: { crossRegion?: boolean }): string {
  if (flags.crossRegion || !HANDLING_BUREAUS.includes(user.unit.kind)) return unitIdForSlug('enforcement');
  return user.unit.id;
}

/** Checks of the filing facts that need no database, all reported at once on their fields. */
function checkFilingFacts(input: CreateCaseInput, today: string) {
  const errors: Record<string, string> = {};
  if (input.filedOn > today) errors.filedOn = '立案日期不能晚于今天';
  if (input.discoveredOn > input.filedOn) errors.discoveredOn = '发现线索日期不能晚于立案日期';
  const ext = input.filingExtension;
  if (ext && (ext.approvedOn < input.discoveredOn || ext.approvedOn > input.filedOn)) errors['filingExtension.approvedOn'] = '延长立案期限的批准日期应在发现线索之后、立案之前';
  (input.filingPauses ?? []).forEach((p, i) => {
    if (!filingPauseKinds.includes(p.kind)) errors[`filingPauses.${i}.kind`] = '立案前不计入期限的只有检测、检验、检疫、鉴定以及权利人辨认或者鉴别的时间';
    else if (p.to < p.from) errors[`filingPauses.${i}.to`] = '结束日期不能早于开始日期';
    else if (p.from < input.discoveredOn || p.to > input.filedOn) errors[`filingPauses.${i}.from`] = '不计入期限的时间应在发现线索之后、立案之前';
  });
  if (Object.keys(errors).length) throw new DomainError('VALIDATION_FAILED', errors);
}

/**
 * 立案: opens a case from a disposal, an escalation, a complaint or the officer's own lead. In one
 * transaction: the source checked (and a disposal locked), the owner unit's next 立案 number,
 * the 立案 period (case.file from the lead; whether 立案 came late is shown, not refused — the
 * record must say what happened), the decision deadline (case.decide from the filing date),
 * the case row, its first stage (立案, with the number as its document), the audit row, and for
 * a disposal the link on its 行政处罚 step. Replies with the case as GET /api/cases/:id shows it.
 */
export async function createCase(db: Db, user: SessionUser, input: CreateCaseInput, ip: string | null, now = new Date()) {
  checkFilingFacts(input, toLocalDate(now));
  const id = randomUUID();
  const pauses: CasePause[] = (input.filingPauses ?? []).map((p) => ({ id: randomUUID(), phase: 'filing', kind: p.kind, from: p.from, to: p.to, reason: p.reason }));
  const timeLimits: CaseTimeLimits = {
    filingApproval: input.filingApprovedBy ? { approvedOn: input.filedOn, approver: input.filingApprovedBy } : null,
    filingExtension: input.filingExtension ?? null,
    decisionExtensions: [],
    pauses,
  };
  await db.transaction(async (tx) => {
    const source = await resolveCaseSource(tx, user, input);
    const ownerUnitId = ownerUnitFor(user, input);
    const filing = await filingDeadline(tx, input.discoveredOn, timeLimits, now);
    // The head extends a period that has not yet run out.
    if (input.filingExtension && input.filingExtension.approvedOn > filing.base.dueDate) {
      throw new DomainError('VALIDATION_FAILED', { 'filingExtension.approvedOn': `延长立案期限应在原期限届满（${filing.base.dueDate}）前批准` });
    }
    const caseNo = await nextCaseNo(tx, ownerUnitId, input.filedOn);
    const due = await deadlineFor(tx, 'case.decide', localDateTime(input.filedOn));
    const [row] = await tx
      .insert(cases)
      .values({
        id,
        caseNo,
        title: input.title,
        enterpriseId: source.enterpriseId,
        partyName: input.partyName,
        source: input.source,
        disposalId: source.disposal?.id ?? null,
        escalationId: source.escalationId,
        complaintRef: source.complaintRef,
        ownerUnitId,
        filedByUnitId: user.unit.id,
        linkUnitId: source.linkUnitId,
        stage: 'filing',
        major: input.major ?? false,
        crossRegion: input.crossRegion ?? false,
        publicInterest: input.publicInterest ?? false,
        complex: input.complex ?? false,
        reviewRequiredBy: input.reviewRequiredBy?.trim() || null,
        facts: input.facts,
        filedOn: input.filedOn,
        discoveredOn: input.discoveredOn,
        filingDueOn: filing.dueDate,
        timeLimits,
        dueAt: due.due,
        provisional: due.provisional,
        createdByUserId: user.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const [first] = await tx
      .insert(caseStages)
      .values({ id: randomUUID(), caseId: id, stage: 'filing', doneOn: input.filedOn, text: input.facts, documentNo: caseNo, doneByUserId: user.id })
      .returning();
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, { action: 'case.file', entityType: 'case', entityId: id, after: { ...row, filedLate: input.filedOn > filing.dueDate, stages: [first] } });
    if (source.disposal) await linkPenaltyStep(tx, actor, source.disposal, { caseId: id, caseNo });
  });
  return getCase(db, user, id, now);
}
