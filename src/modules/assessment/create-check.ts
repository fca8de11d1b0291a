import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assessmentCheckUnits, assessmentChecks, orgUnits } from '../../db/schema/index.js';
import type { CheckMethod } from '../../domain/assessment/checks.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { managesAssessment } from './assessment-scope.js';

export interface NewCheck {
  title: string;
  method: CheckMethod;
  startOn: string;
  endOn: string;
  unitIds: string[];
  team: { unitId: string; personName: string }[];
  notes?: string | null;
}

/**
 * 协调处 plans a check: the checked units, the method, the dates and the team (交叉检查 draws
 * people from other units). No work item or notice goes to the checked units: a 暗访 or
 * 四不两直 check must not warn them, and an announced one is read on the checks page.
 */
export async function createCheck(db: Db, user: SessionUser, input: NewCheck, ip: string | null) {
  if (!managesAssessment(user)) throw new DomainError('ASSESSMENT_MANAGERS_ONLY');
  if (input.endOn < input.startOn) throw new DomainError('VALIDATION_FAILED', { endOn: '结束日期不能早于开始日期' });
  const unitIds = [...new Set([...input.unitIds, ...input.team.map((m) => m.unitId)])];
  const known = await db.select({ id: orgUnits.id }).from(orgUnits).where(inArray(orgUnits.id, unitIds));
  if (known.length !== unitIds.length) throw new DomainError('VALIDATION_FAILED', { unitIds: '单位不存在' });
  return db.transaction(async (tx) => {
    const id = randomUUID();
    const [check] = await tx
      .insert(assessmentChecks)
      .values({ id, year: Number(input.startOn.slice(0, 4)), title: input.title, method: input.method, startOn: input.startOn, endOn: input.endOn, team: input.team, notes: input.notes ?? null, createdByUnitId: user.unit.id, createdByUserId: user.id })
      .returning();
    await tx.insert(assessmentCheckUnits).values([...new Set(input.unitIds)].map((unitId) => ({ checkId: id, unitId })));
    await recordAudit(tx, actorOf(user, ip), { action: 'assessmentCheck.create', entityType: 'assessmentCheck', entityId: id, after: { ...check, unitIds: input.unitIds } });
    return { id };
  });
}
