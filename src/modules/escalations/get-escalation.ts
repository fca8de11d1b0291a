import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { cases, disposals, enterprises, escalationRules, escalationSamples, escalations, inspections, interviews, orgUnits, samples } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { can } from '../../domain/permissions.js';
import type { SessionUser } from '../access/actor.js';
import { escalationReadable } from './escalation-scope.js';
import { countedSampleNos, presentEscalation } from './list-escalations.js';
import { actionsOf } from '../workflow/load-for-action.js';
import { escalationRecord, roleFlags } from './escalation-workflow.js';
import { outer } from '../../db/outer-column.js';

/** An escalation with its why (samples, counted or not), inspections, interviews, cases, and what the user may do. */
export async function getEscalation(db: Executor, user: SessionUser, id: string, now = new Date()) {
  const owner = alias(orgUnits, 'owner');
  const assigned = alias(orgUnits, 'assigned');
  const [row] = await db
    .select({
      escalation: escalations,
      ruleName: escalationRules.name,
      ruleLevel: escalationRules.level,
      ruleLegalBasis: escalationRules.legalBasis,
      ruleKind: escalationRules.kind,
      ruleYears: escalationRules.years,
      enterpriseName: enterprises.name,
      creditCode: enterprises.creditCode,
      enterpriseAddress: enterprises.address,
      ownerUnitName: owner.name,
      assignedUnitName: assigned.name,
      sampleNos: countedSampleNos,
      ...roleFlags(user),
    })
    .from(escalations)
    .innerJoin(escalationRules, eq(escalationRules.id, escalations.ruleId))
    .innerJoin(enterprises, eq(enterprises.id, escalations.enterpriseId))
    .innerJoin(owner, eq(owner.id, escalations.ownerUnitId))
    .innerJoin(assigned, eq(assigned.id, escalations.assignedUnitId))
    .where(and(eq(escalations.id, id), escalationReadable(user)))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'escalation', id });
  const { workable, supervisable, ...rest } = row;

  // Sequential queries: the executor may be a transaction's single client.
  const why = await db
    .select({
      sampleId: escalationSamples.sampleId,
      sampleNo: escalationSamples.sampleNo,
      samplingDate: escalationSamples.samplingDate,
      counted: escalationSamples.counted,
      foodName: samples.foodName,
      link: samples.link,
      conclusion: samples.conclusion,
      sampledPartyName: samples.sampledPartyName,
      nominalProducerName: samples.nominalProducerName,
      failedItems: sql<string | null>`(SELECT string_agg(ri.item_name, '、' ORDER BY ri.sort_order) FROM result_items ri WHERE ri.sample_id = ${outer(samples.id)} AND ri.effective AND ri.judgement <> 'qualified')`,
      disposalId: disposals.id,
      disposalStatus: disposals.status,
    })
    .from(escalationSamples)
    .innerJoin(samples, eq(samples.id, escalationSamples.sampleId))
    .leftJoin(disposals, eq(disposals.sampleId, samples.id))
    .where(eq(escalationSamples.escalationId, id))
    .orderBy(asc(escalationSamples.samplingDate), asc(escalationSamples.sampleNo));
  const inspectionRows = await db.select().from(inspections).where(eq(inspections.escalationId, id)).orderBy(desc(inspections.createdAt));
  const interviewRows = await db.select().from(interviews).where(eq(interviews.escalationId, id)).orderBy(desc(interviews.heldOn));
  const caseRows = await db
    .select({ id: cases.id, caseNo: cases.caseNo, title: cases.title, stage: cases.stage, filedOn: cases.filedOn })
    .from(cases)
    .where(eq(cases.escalationId, id))
    .orderBy(desc(cases.filedOn));

  // What the user may do now (src/domain/workflow/escalation.ts): the web shows exactly these buttons.
  const actions = await actionsOf(db, user, escalationRecord, { escalation: row.escalation, workable, supervisable });
  return {
    ...presentEscalation(rest, now),
    samples: why,
    // The centre asked to inspect records the findings, nobody else.
    inspections: inspectionRows.map((i) => ({ ...i, mayRecord: i.status === 'requested' && i.inspectionUnitId === user.unit.id && can(user.roles, 'inspection.work') })),
    interviews: interviewRows,
    cases: caseRows,
    actions,
  };
}
