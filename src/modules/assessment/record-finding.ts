import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assessmentCheckUnits, assessmentChecks, assessmentFindings } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { endOfLocalDay, toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { checkReadable, isCheckingSide } from './assessment-scope.js';
import { FINDING_SUBJECT } from './finding-rules.js';
import { loadIndicators } from './indicators.js';

export interface NewFinding {
  unitId: string;
  description: string;
  requirement: string;
  dueOn: string;
  foundOn?: string;
  /** The deduction indicator of the year's set; the points default to its `pointsPerFinding`. */
  indicatorCode?: string | null;
  deduction?: number;
}

/**
 * The checking side records a finding at a checked unit: the finding becomes a rectification
 * requirement (整改意见) with a deadline and a work item for the checked unit, in one transaction.
 */
export async function recordFinding(db: Db, user: SessionUser, checkId: string, input: NewFinding, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const [check] = await tx.select().from(assessmentChecks).where(and(eq(assessmentChecks.id, checkId), checkReadable(user, toLocalDate(now)))).limit(1);
    if (!check) throw new DomainError('NOT_FOUND', { entity: 'assessmentCheck', id: checkId });
    if (!isCheckingSide(user, check)) throw new DomainError('ASSESSMENT_CHECKING_SIDE_ONLY');
    const [checked] = await tx.select().from(assessmentCheckUnits).where(and(eq(assessmentCheckUnits.checkId, checkId), eq(assessmentCheckUnits.unitId, input.unitId))).limit(1);
    if (!checked) throw new DomainError('ASSESSMENT_UNIT_NOT_CHECKED', { unitId: '该单位不在本次检查的被检查单位中' });
    const foundOn = input.foundOn ?? toLocalDate(now);
    let deduction = 0;
    if (input.indicatorCode) {
      const indicator = (await loadIndicators(tx, Number(foundOn.slice(0, 4)))).find((i) => i.code === input.indicatorCode && i.direction === 'deduction');
      if (!indicator) throw new DomainError('ASSESSMENT_NO_DEDUCTION_INDICATOR', { indicatorCode: '扣分应对应本年度指标体系中的扣分指标' });
      deduction = input.deduction ?? Number(indicator.params.pointsPerFinding ?? 0);
    }
    const id = randomUUID();
    const [finding] = await tx
      .insert(assessmentFindings)
      .values({ id, checkId, unitId: input.unitId, description: input.description, requirement: input.requirement, dueOn: input.dueOn, foundOn, indicatorCode: input.indicatorCode ?? null, deduction, createdByUserId: user.id })
      .returning();
    await createWorkItems(
      tx,
      actorOf(user, ip),
      [{ kind: 'assessment_rectification', title: `整改：${check.title}——${input.description.slice(0, 40)}`, subjectType: FINDING_SUBJECT, subjectId: id, ownerUnitId: input.unitId, dueAt: endOfLocalDay(input.dueOn), links: [{ label: '考核检查', href: `/assessment/checks/${checkId}` }] }],
      [{ action: 'assessmentFinding.create', entityType: 'assessmentFinding', entityId: id, after: finding }],
    );
    return { id };
  });
}
