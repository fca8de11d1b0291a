import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { caseStages, cases } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { localDateTime, toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { deadlineFor } from '../deadlines/deadline-service.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { nextCaseNo } from './case-number.js';
import { resolveCaseSource, type SourceInput } from './case-sources.js';
import { getCase } from './get-case.js';
import { linkPenaltyStep } from './penalty-link.js';

export interface CreateCaseInput extends SourceInput {
  partyName: string;
  title: string;
  facts: string;
  filedOn: string;
  major?: boolean;
  crossRegion?: boolean;
}

/** Units that handle their own cases: the city and county bureaus. */
const HANDLING_BUREAUS = ['city_bureau', 'county_bureau'];

/**
 * The unit that handles a case: the filing officer's bureau; 综合执法稽查局 for a major or
 * cross-region case, and for a case filed by a provincial unit (provincial cases are handled by
 * the 稽查局, not by the division that found them).
 */
export function ownerUnitFor(user: Pick<SessionUser, 'unit'>, flags: { major?: boolean; crossRegion?: boolean }): string {
  if (flags.major || flags.crossRegion || !HANDLING_BUREAUS.includes(user.unit.kind)) return unitIdForSlug('enforcement');
  return user.unit.id;
}

/**
 * 立案: opens a case from a disposal, an escalation, a complaint or the officer's own lead. In one
 * transaction: the source checked (and a disposal locked), the owner unit's next 立案 number,
 * the decision deadline (case.decide, from the filing date), the case row, its first stage
 * (立案, with the number as its document), the audit row, and for a disposal the link on its
 * 行政处罚 step. Replies with the case as GET /api/cases/:id shows it.
 */
export async function createCase(db: Db, user: SessionUser, input: CreateCaseInput, ip: string | null, now = new Date()) {
  if (input.filedOn > toLocalDate(now)) throw new DomainError('VALIDATION_FAILED', { filedOn: '立案日期不能晚于今天' });
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const source = await resolveCaseSource(tx, user, input);
    const ownerUnitId = ownerUnitFor(user, input);
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
        stage: 'filing',
        major: input.major ?? false,
        crossRegion: input.crossRegion ?? false,
        facts: input.facts,
        filedOn: input.filedOn,
        dueAt: due.due,
        provisional: due.provisional,
        createdByUserId: user.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const [filing] = await tx
      .insert(caseStages)
      .values({ id: randomUUID(), caseId: id, stage: 'filing', doneOn: input.filedOn, text: input.facts, documentNo: caseNo, doneByUserId: user.id })
      .returning();
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, { action: 'case.file', entityType: 'case', entityId: id, after: { ...row, stages: [filing] } });
    if (source.disposal) await linkPenaltyStep(tx, actor, source.disposal, { caseId: id, caseNo });
  });
  return getCase(db, user, id, now);
}
