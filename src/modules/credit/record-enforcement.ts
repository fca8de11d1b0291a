/**
 * The enforcement side of a credit record: penalties (case decisions), interviews (约谈),
 * escalations (督办), inspections and the dishonest list. The cases and escalations modules own
 * these tables; the record only reads them.
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { cases, dishonestEntries, escalationRules, escalations, inspections, interviews, orgUnits } from '../../db/schema/index.js';
import { creditEntry, dishonestStatusNames, inspectionStatusNames, type CreditEntry, type DishonestStatus } from '../../domain/credit/credit-kinds.js';
import { penaltyContent } from '../../domain/credit/publication-content.js';
import { isNoPenalty } from '../../domain/case.js';
import { escalationStatusNames } from '../../domain/workflow/escalation.js';
import { inspectionConclusionNames, inspectionKindNames } from '../../domain/escalation/inspection.js';
import { toLocalDate } from '../../domain/time.js';

/** Case decisions (行政处罚决定): a case enters the record once it has a decision that is a penalty (a warning counts; 不予行政处罚 does not). */
export async function penaltyEntries(db: Executor, enterpriseId: string): Promise<CreditEntry[]> {
  const rows = await db
    .select({ id: cases.id, caseNo: cases.caseNo, decision: cases.decision, unitName: orgUnits.name })
    .from(cases)
    .innerJoin(orgUnits, eq(orgUnits.id, cases.ownerUnitId))
    .where(and(eq(cases.enterpriseId, enterpriseId), isNotNull(cases.decision)));
  return rows.flatMap((c) =>
    c.decision && !isNoPenalty(c.decision)
      ? [
          creditEntry('penalty', c.id, {
            at: c.decision.decidedOn,
            title: `行政处罚：${c.decision.decisionNo}`,
            detail: `${penaltyContent(c.decision)}；办案单位：${c.unitName}；案件编号${c.caseNo}`,
            link: `/cases/${c.id}`,
          }),
        ]
      : [],
  );
}

/** Responsibility interviews (食品安全法 art. 114: recorded in the credit file). */
export async function interviewEntries(db: Executor, enterpriseId: string): Promise<CreditEntry[]> {
  const rows = await db
    .select({ interview: interviews, unitName: orgUnits.name })
    .from(interviews)
    .innerJoin(orgUnits, eq(orgUnits.id, interviews.unitId))
    .where(eq(interviews.enterpriseId, enterpriseId));
  return rows.map(({ interview: i, unitName }) =>
    creditEntry('interview', i.id, {
      at: i.heldOn,
      title: `责任约谈（${unitName}）`,
      detail: `约谈事由：${i.reason}；企业参加人员：${i.attendees}；整改承诺：${i.commitments}`,
      link: i.escalationId ? `/escalations/${i.escalationId}` : i.disposalId ? `/disposals/${i.disposalId}` : null,
    }),
  );
}

/** 督办 fired by the escalation rules, with the rule, the year and where it stands. */
export async function escalationEntries(db: Executor, enterpriseId: string): Promise<CreditEntry[]> {
  const owner = alias(orgUnits, 'owner');
  const assigned = alias(orgUnits, 'assigned');
  const rows = await db
    .select({ e: escalations, ruleName: escalationRules.name, ownerName: owner.name, assignedName: assigned.name })
    .from(escalations)
    .innerJoin(escalationRules, eq(escalationRules.id, escalations.ruleId))
    .innerJoin(owner, eq(owner.id, escalations.ownerUnitId))
    .innerJoin(assigned, eq(assigned.id, escalations.assignedUnitId))
    .where(eq(escalations.enterpriseId, enterpriseId));
  return rows.map(({ e, ruleName, ownerName, assignedName }) => {
    const statusName = escalationStatusNames[e.status as keyof typeof escalationStatusNames] ?? e.status;
    const parts = [
      `${e.year}年不合格${e.currentCount}批次（规则阈值${e.threshold}）${e.belowThreshold ? '，因结论推翻已低于阈值' : ''}`,
      `督办单位：${ownerName}`,
      `承办单位：${assignedName}`,
      e.withdrawReason ? `撤销原因：${e.withdrawReason}` : null,
    ];
    return creditEntry('escalation', e.id, {
      at: toLocalDate(e.firedAt),
      title: `督办：${ruleName}（${e.year}年）`,
      detail: parts.filter(Boolean).join('；'),
      link: `/escalations/${e.id}`,
      status: e.status,
      statusName,
    });
  });
}

/** Flight, system and special inspections: dated by the inspection when done, else by the request. */
export async function inspectionEntries(db: Executor, enterpriseId: string): Promise<CreditEntry[]> {
  const rows = await db
    .select({ i: inspections, unitName: orgUnits.name })
    .from(inspections)
    .innerJoin(orgUnits, eq(orgUnits.id, inspections.inspectionUnitId))
    .where(eq(inspections.enterpriseId, enterpriseId));
  return rows.map(({ i, unitName }) => {
    const kindName = inspectionKindNames[i.kind as keyof typeof inspectionKindNames] ?? i.kind;
    const parts = [
      `检查单位：${unitName}`,
      `检查原因：${i.reason}`,
      i.conclusion ? `结论：${inspectionConclusionNames[i.conclusion as keyof typeof inspectionConclusionNames] ?? i.conclusion}` : null,
      i.findings ? `发现问题：${i.findings}` : null,
    ];
    return creditEntry('inspection', i.id, {
      at: i.inspectedOn ?? toLocalDate(i.createdAt),
      title: kindName,
      detail: parts.filter(Boolean).join('；'),
      link: i.escalationId ? `/escalations/${i.escalationId}` : null,
      status: i.status,
      statusName: inspectionStatusNames[i.status] ?? i.status,
    });
  });
}

/** Listing on the 严重违法失信名单, and removal from it as a second event on its own date. */
export async function dishonestEntriesOf(db: Executor, enterpriseId: string): Promise<CreditEntry[]> {
  // A proposal awaiting (or refused by) the level above is no listing yet.
  const rows = await db.select().from(dishonestEntries).where(and(eq(dishonestEntries.enterpriseId, enterpriseId), inArray(dishonestEntries.status, ['listed', 'removed'])));
  return rows.flatMap((d) => {
    const link = `/credit?tab=dishonest&q=${encodeURIComponent(d.decisionNo)}`;
    const status = d.status as DishonestStatus;
    const listed = creditEntry('dishonest', d.id, {
      at: d.listedOn,
      title: `列入严重违法失信名单（${d.decisionNo}）`,
      detail: `列入事由：${d.reason}；依据：${d.legalBasis}${d.reviewableOn ? `；可申请提前移出日期：${d.reviewableOn}` : ''}${d.expiresOn ? `；列入期限至${d.expiresOn}` : ''}`,
      link,
      status,
      statusName: dishonestStatusNames[status] ?? d.status,
    });
    if (d.status !== 'removed' || !d.removedOn) return [listed];
    const removed = creditEntry('dishonest', d.id, {
      id: `dishonest:${d.id}:removed`,
      at: d.removedOn,
      title: '移出严重违法失信名单',
      detail: `移出事由：${d.removalReason ?? ''}`,
      link,
      status,
      statusName: dishonestStatusNames[status],
    });
    return [removed, listed];
  });
}
