import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.js';
import { complaints, enterprises, opinionEventComplaints, opinionEventEnterprises, opinionEventPublications, opinionEventSamples, publications, samples } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { complaintCitable } from '../complaints/complaint-scope.js';
import { enterpriseInScope } from '../enterprises/enterprise-scope.js';
import { publicationReadable } from '../publication/publication-scope.js';
import { sampleInScope } from '../sampling/sample-scope.js';

export interface EventLinksInput {
  enterpriseIds?: string[];
  /** Sample numbers (抽样编号): a sample the user reads, or one already published (public information). */
  sampleNos?: string[];
  publicationIds?: string[];
  /**
   * Complaints by tracking number (查询编号) or 12345 work-order number (the transfers of a 12345
   * surge), among those the user may cite (`complaint.cite`).
   */
  complaintNos?: string[];
}

export interface EventLinks {
  enterpriseIds: string[];
  sampleIds: string[];
  publicationIds: string[];
  complaintIds: string[];
}

/** A sample whose result the public already reads: 宣传和档案中心 reads no samples, but may name a published one. */
const published = sql`EXISTS (SELECT 1 FROM published_results pr WHERE pr.sample_id = ${samples.id} AND pr.status = 'current' AND pr.published_at <= now())`;

/** Checks every link against the user's scope; an unknown or unreachable one refuses the whole change (400, naming them). */
export async function resolveEventLinks(db: Executor, user: SessionUser, input: EventLinksInput): Promise<EventLinks> {
  const enterpriseIds = [...new Set(input.enterpriseIds ?? [])];
  const sampleNos = [...new Set((input.sampleNos ?? []).map((s) => s.trim()).filter(Boolean))];
  const publicationIds = [...new Set(input.publicationIds ?? [])];
  const complaintNos = [...new Set((input.complaintNos ?? []).map((s) => s.trim()).filter(Boolean))];
  const [foundEnterprises, foundSamples, foundPublications, foundComplaints] = await Promise.all([
    enterpriseIds.length ? db.select({ id: enterprises.id }).from(enterprises).where(and(inArray(enterprises.id, enterpriseIds), enterpriseInScope(user))) : [],
    sampleNos.length ? db.select({ id: samples.id, sampleNo: samples.sampleNo }).from(samples).where(and(inArray(samples.sampleNo, sampleNos), or(sampleInScope(user), published))) : [],
    publicationIds.length ? db.select({ id: publications.id }).from(publications).where(and(inArray(publications.id, publicationIds), publicationReadable(user))) : [],
    complaintNos.length
      ? db
          .select({ id: complaints.id, trackingNo: complaints.trackingNo, hotlineNo: complaints.hotlineNo })
          .from(complaints)
          .where(and(or(inArray(complaints.trackingNo, complaintNos.map((no) => no.toUpperCase())), and(inArray(complaints.hotlineNo, complaintNos), isNull(complaints.mergedIntoId))), complaintCitable(user)))
      : [],
  ]);
  const missing = {
    enterpriseIds: enterpriseIds.filter((id) => !foundEnterprises.some((f) => f.id === id)),
    sampleNos: sampleNos.filter((no) => !foundSamples.some((f) => f.sampleNo === no)),
    publicationIds: publicationIds.filter((id) => !foundPublications.some((f) => f.id === id)),
    complaintNos: complaintNos.filter((no) => !foundComplaints.some((f) => f.trackingNo === no.toUpperCase() || f.hotlineNo === no)),
  };
  const count = missing.enterpriseIds.length + missing.sampleNos.length + missing.publicationIds.length + missing.complaintNos.length;
  if (count > 0) {
    const details: Record<string, string> = {};
    if (missing.enterpriseIds.length) details.enterpriseIds = '有关联企业不存在或不在您的数据范围内';
    if (missing.sampleNos.length) details.sampleNos = `未找到样品：${missing.sampleNos.join('、')}（须为您可查看或已公布的样品）`;
    if (missing.publicationIds.length) details.publicationIds = '有关联的信息公布不存在或不在您的数据范围内';
    if (missing.complaintNos.length) details.complaintNos = `未找到投诉举报：${missing.complaintNos.join('、')}（须为您数据范围内的查询编号或12345工单号）`;
    throw new DomainError('OPINION_LINKS_UNKNOWN', details, { count });
  }
  return { enterpriseIds, sampleIds: foundSamples.map((s) => s.id), publicationIds, complaintIds: [...new Set(foundComplaints.map((c) => c.id))] };
}

/** Replaces the event's links (only the kinds given). */
export async function writeEventLinks(tx: Tx, eventId: string, links: Partial<EventLinks>) {
  if (links.enterpriseIds) {
    await tx.delete(opinionEventEnterprises).where(eq(opinionEventEnterprises.eventId, eventId));
    if (links.enterpriseIds.length) await tx.insert(opinionEventEnterprises).values(links.enterpriseIds.map((enterpriseId) => ({ eventId, enterpriseId })));
  }
  if (links.sampleIds) {
    await tx.delete(opinionEventSamples).where(eq(opinionEventSamples.eventId, eventId));
    if (links.sampleIds.length) await tx.insert(opinionEventSamples).values(links.sampleIds.map((sampleId) => ({ eventId, sampleId })));
  }
  if (links.publicationIds) {
    await tx.delete(opinionEventPublications).where(eq(opinionEventPublications.eventId, eventId));
    if (links.publicationIds.length) await tx.insert(opinionEventPublications).values(links.publicationIds.map((publicationId) => ({ eventId, publicationId })));
  }
  if (links.complaintIds) {
    await tx.delete(opinionEventComplaints).where(eq(opinionEventComplaints.eventId, eventId));
    if (links.complaintIds.length) await tx.insert(opinionEventComplaints).values(links.complaintIds.map((complaintId) => ({ eventId, complaintId })));
  }
}
