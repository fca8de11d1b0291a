import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { disposals, enterprises, interviews, samples } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { disposalReadable } from '../disposals/disposal-scope.js';
import { enterpriseInScope } from '../enterprises/enterprise-scope.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { escalationRecord } from './escalation-workflow.js';

export interface InterviewInput {
  enterpriseId?: string;
  escalationId?: string;
  disposalId?: string;
  heldOn: string;
  place?: string;
  officials: string;
  attendees: string;
  reason: string;
  commitments: string;
}

/**
 * 约谈 (食品安全法 art. 114): who met whom, why, and what the enterprise committed to. It
 * enters the enterprise's credit record. Recorded from an escalation (its enterprise), from a
 * disposal (the sampled party), or for an enterprise the user's unit regulates.
 */
export async function recordInterview(db: Db, user: SessionUser, input: InterviewInput, ip: string | null, now = new Date()) {
  const details: Record<string, string> = {};
  if (input.heldOn > toLocalDate(now)) details.heldOn = '约谈日期不能晚于今天';
  if (input.officials.trim().length < 2) details.officials = '请填写约谈人员（监管部门）';
  if (input.attendees.trim().length < 2) details.attendees = '请填写被约谈人员（企业法定代表人或主要负责人等）';
  if (input.reason.trim().length < 4) details.reason = '请填写约谈事由';
  if (input.commitments.trim().length < 4) details.commitments = '请填写企业整改承诺';
  if (!input.enterpriseId && !input.escalationId && !input.disposalId) details.enterpriseId = '请选择被约谈企业';
  if (Object.keys(details).length) throw new DomainError('VALIDATION_FAILED', details);
  return db.transaction(async (tx) => {
    let enterpriseId = input.enterpriseId ?? null;
    if (input.escalationId) {
      const { row: { escalation } } = await loadForAction(tx, user, escalationRecord, input.escalationId, 'interview', null);
      if (enterpriseId && enterpriseId !== escalation.enterpriseId) throw new DomainError('VALIDATION_FAILED', { enterpriseId: '被约谈企业与督办事项的企业不一致' });
      enterpriseId = escalation.enterpriseId;
    }
    if (input.disposalId) {
      const [d] = await tx
        .select({ sampledPartyId: samples.sampledPartyId })
        .from(disposals)
        .innerJoin(samples, eq(samples.id, disposals.sampleId))
        .where(and(eq(disposals.id, input.disposalId), disposalReadable(user)))
        .limit(1);
      if (!d) throw new DomainError('NOT_FOUND', { entity: 'disposal', id: input.disposalId });
      enterpriseId ??= d.sampledPartyId;
    }
    if (!enterpriseId) throw new DomainError('VALIDATION_FAILED', { enterpriseId: '该处置的被抽样单位未关联企业档案，请选择被约谈企业' });
    const [enterprise] = await tx.select({ id: enterprises.id }).from(enterprises).where(and(eq(enterprises.id, enterpriseId), enterpriseInScope(user))).limit(1);
    if (!enterprise) throw new DomainError('NOT_FOUND', { entity: 'enterprise', id: enterpriseId });
    const [row] = await tx
      .insert(interviews)
      .values({
        id: randomUUID(),
        enterpriseId,
        escalationId: input.escalationId ?? null,
        disposalId: input.disposalId ?? null,
        unitId: user.unit.id,
        heldOn: input.heldOn,
        place: input.place?.trim() || null,
        officials: input.officials.trim(),
        attendees: input.attendees.trim(),
        reason: input.reason.trim(),
        commitments: input.commitments.trim(),
        createdByUserId: user.id,
      })
      .returning();
    await recordAudit(tx, actorOf(user, ip), { action: 'interview.record', entityType: 'interview', entityId: row.id, after: row });
    return row;
  });
}
