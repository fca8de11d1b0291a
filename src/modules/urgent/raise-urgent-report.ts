import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.js';
import { foodCategories, samples, urgentReportRecipients, urgentReports } from '../../db/schema/index.js';
import { guidingDivisionSlug } from '../../domain/disposal.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { deadlineFor } from '../deadlines/deadline-service.js';
import { isSichuanRegion, ownerUnitForRegion } from '../org/jurisdiction.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { sampleInScope } from '../sampling/sample-scope.js';
import { createWorkItems, type NewWorkItem } from '../work-items/create-work-item.js';
import { localDateTime } from '../../domain/time.js';
import { regionIndex } from '../sampling/region-index.js';
import { RAISING_BUSINESSES, recipientSubject, reportLabel, reportLinks, urgentRecipients } from './urgent-rules.js';

export interface RaiseInput {
  /** From a sample: food, enterprise (sampled party), link and region are taken from it. */
  sampleId?: string;
  /** When the lab found the result: the 24 hours run from it (default: now). */
  foundAt?: Date;
  title?: string;
  /** What was found and why it may seriously harm health. */
  hazard: string;
  foodName?: string;
  enterpriseName?: string;
  link?: string;
  regionCode?: string;
}

interface Subject {
  sampleId: string | null;
  sampleNo: string | null;
  title: string;
  foodName: string;
  enterpriseName: string;
  /** Null while an imported sample's link is unknown (待确定). */
  link: string | null;
  regionCode: string | null;
  categoryRootName: string | null;
  /** The bureau of the nominal producer's region, when it is in Sichuan. */
  producerBureau: string | null;
  samplingDate: string | null;
}

/**
 * Raises a 24小时限时报告 (seed art. 7–11): a lab or 抽检监测处 found a result that may seriously
 * harm health. The 24-hour clock (rule lab.urgent) runs from the moment the lab found it
 * (`foundAt`, default now), not from when the report was entered here. The recipients
 * (urgentRecipients) each get the report to acknowledge; the bureau of the sampled party owns
 * the handling; 抽检监测处 supervises (督办) until it is closed.
 */
export async function raiseUrgentReport(db: Db, user: SessionUser, input: RaiseInput, ip: string | null, now = new Date()) {
  if (!user.unit.businesses.some((b) => RAISING_BUSINESSES.includes(b))) {
    throw new DomainError('URGENT_RAISER_ONLY', { unit: user.unit.name });
  }
  const manual = validate(input, now);
  const foundAt = input.foundAt ?? now;
  // Read before the transaction: deadlineFor reads the rule and the calendar in parallel.
  const { due } = await deadlineFor(db, 'lab.urgent', foundAt);
  return db.transaction(async (tx) => {
    const subject = manual ?? (await fromSample(tx, user, input.sampleId!, input.title));
    const id = randomUUID();
    const ownerUnitId = ownerUnitForRegion(subject.regionCode);
    const divisionSlug = guidingDivisionSlug(subject.link, subject.categoryRootName);
    if (subject.sampleId && foundAt.getTime() < localDateTime(subject.samplingDate!).getTime()) {
      throw new DomainError('VALIDATION_FAILED', { foundAt: `发现检验结果的时间不能早于抽样日期（${subject.samplingDate}）` });
    }
    const recipients = urgentRecipients({
      sampling: unitIdForSlug('sampling'),
      division: divisionSlug ? unitIdForSlug(divisionSlug) : null,
      bureau: ownerUnitId,
      production: unitIdForSlug('production'),
      producerBureau: subject.producerBureau,
      link: subject.link,
    });

    const [report] = await tx
      .insert(urgentReports)
      .values({
        id,
        sampleId: subject.sampleId,
        sampleNo: subject.sampleNo,
        title: subject.title,
        hazard: input.hazard.trim(),
        foodName: subject.foodName,
        enterpriseName: subject.enterpriseName,
        link: subject.link,
        regionCode: subject.regionCode,
        ownerUnitId,
        raisedByUserId: user.id,
        raisedByUnitId: user.unit.id,
        raisedAt: now,
        foundAt,
        dueAt: due,
        status: 'open',
      })
      .returning();
    await tx.insert(urgentReportRecipients).values(recipients.map((r) => ({ reportId: id, ...r })));
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, { action: 'urgentReport.raise', entityType: 'urgentReport', entityId: id, after: { ...report, recipients } });

    const label = reportLabel(report);
    const links = reportLinks(id);
    const items: NewWorkItem[] = [
      ...recipients.map((r) => ({
        kind: 'urgent_ack' as const,
        title: `签收24小时限时报告：${label}`,
        ...recipientSubject(id, r.unitId),
        ownerUnitId: r.unitId,
        dueAt: due,
        links,
      })),
      { kind: 'urgent_handle', title: `报送24小时限时报告处置情况：${label}`, subjectType: 'urgentReport', subjectId: id, ownerUnitId, dueAt: due, links },
      { kind: 'urgent_supervise', title: `督办24小时限时报告：${label}`, subjectType: 'urgentReport', subjectId: id, ownerUnitId: unitIdForSlug('sampling'), dueAt: due, links },
    ];
    await createWorkItems(tx, actor, items);
    return report;
  });
}

async function fromSample(tx: Tx, user: SessionUser, sampleId: string, title: string | undefined): Promise<Subject> {
  const root = alias(foodCategories, 'root');
  const [row] = await tx
    .select({ sample: samples, rootName: root.name })
    .from(samples)
    .leftJoin(root, eq(root.id, samples.categoryRootId))
    .where(and(eq(samples.id, sampleId), sampleInScope(user)))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'sample', id: sampleId });
  const s = row.sample;
  // A producer in Sichuan: its bureau hears of the report too (seed art. 7(4)).
  const producerPlace = s.nominalProducerAddress ? regionIndex.resolve(s.nominalProducerAddress) : null;
  const producerBureau = producerPlace && 'regionCode' in producerPlace ? ownerUnitForRegion(producerPlace.regionCode) : null;
  return {
    sampleId: s.id,
    sampleNo: s.sampleNo,
    title: title?.trim() || `${s.foodName}检验结果可能对身体健康造成严重危害（${s.sampleNo}）`,
    foodName: s.foodName,
    enterpriseName: s.sampledPartyName,
    link: s.link,
    regionCode: s.regionCode,
    categoryRootName: row.rootName,
    producerBureau,
    samplingDate: s.samplingDate,
  };
}

/**
 * The hazard is always needed. Without a sample every other field is too, and the region must
 * lie in Sichuan; returns the subject then (null: it comes from the sample).
 */
function validate(input: RaiseInput, now: Date): Subject | null {
  const details: Record<string, string> = {};
  if (!input.hazard?.trim()) details.hazard = '请说明发现的问题及可能对身体健康造成的严重危害';
  if (input.foundAt && input.foundAt.getTime() > now.getTime()) details.foundAt = '发现检验结果的时间不能晚于当前时间';
  if (input.sampleId) {
    if (Object.keys(details).length) throw new DomainError('VALIDATION_FAILED', details);
    return null;
  }
  if (!input.title?.trim()) details.title = '请填写报告标题';
  if (!input.foodName?.trim()) details.foodName = '请填写食品名称';
  if (!input.enterpriseName?.trim()) details.enterpriseName = '请填写被抽样单位名称';
  if (!input.link) details.link = '请选择环节';
  if (!input.regionCode) details.regionCode = '请填写所在地行政区划代码';
  else if (!isSichuanRegion(input.regionCode)) details.regionCode = '行政区划代码不在四川省内';
  if (Object.keys(details).length) throw new DomainError('VALIDATION_FAILED', details);
  return {
    sampleId: null,
    sampleNo: null,
    title: input.title!.trim(),
    foodName: input.foodName!.trim(),
    enterpriseName: input.enterpriseName!.trim(),
    link: input.link!,
    regionCode: input.regionCode!,
    categoryRootName: null,
    producerBureau: null,
    samplingDate: null,
  };
}
