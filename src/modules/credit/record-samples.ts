/** The sampling side of a credit record: results (standing or overturned), disposals, and the years for the chart. */
import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { disposals, orgUnits, samples } from '../../db/schema/index.js';
import { fillYears, type YearCounts } from '../../domain/credit/credit-history.js';
import { creditEntry, type CreditEntry } from '../../domain/credit/credit-kinds.js';
import { unqualifiedDescription } from '../../domain/credit/publication-content.js';
import { disposalStatusNames, type DisposalStatus } from '../../domain/disposal.js';
import { samplingTypes } from '../../domain/sampling/sample-rules.js';
import type { SamplingType } from '../../domain/sampling/judge.js';
import { toLocalDate } from '../../domain/time.js';
import { applicationOpen, failedItems, overturnFacts, overturned } from './sample-facts.js';
import { outer } from '../../db/outer-column.js';

/** The enterprise's samples: as the sampled party or as the nominal producer. */
const ofEnterprise = (enterpriseId: string) => or(eq(samples.sampledPartyId, enterpriseId), eq(samples.nominalProducerId, enterpriseId))!;

function roleOf(enterpriseId: string, s: { sampledPartyId: string | null; nominalProducerId: string | null }): string {
  if (s.sampledPartyId === enterpriseId && s.nominalProducerId === enterpriseId) return '被抽样单位（标称生产企业）';
  return s.sampledPartyId === enterpriseId ? '被抽样单位' : '标称生产企业';
}

const applicationKindNames: Record<string, string> = { retest: '复检', objection: '异议' };

/** Unqualified results that stand, and results overturned by retest or objection (shown as overturned, never as unqualified). */
export async function resultEntries(db: Executor, enterpriseId: string): Promise<CreditEntry[]> {
  const rows = await db
    .select({
      id: samples.id,
      sampleNo: samples.sampleNo,
      reportNo: samples.reportNo,
      samplingType: samples.samplingType,
      samplingDate: samples.samplingDate,
      foodName: samples.foodName,
      spec: samples.spec,
      trademark: samples.trademark,
      productionDate: samples.productionDate,
      batchNo: samples.batchNo,
      nominalProducerName: samples.nominalProducerName,
      labName: samples.labName,
      sampledPartyId: samples.sampledPartyId,
      nominalProducerId: samples.nominalProducerId,
      failedItems,
      overturn: overturnFacts,
      applicationOpen,
    })
    .from(samples)
    .where(and(ofEnterprise(enterpriseId), or(eq(samples.conclusion, 'unqualified'), overturned)));
  return rows.map((s) => {
    const role = roleOf(enterpriseId, s);
    const reference = `抽样编号${s.sampleNo}${s.reportNo ? `（检验报告${s.reportNo}）` : ''}，作为${role}`;
    if (s.overturn) {
      const how = applicationKindNames[s.overturn.kind ?? ''] ?? '复检或异议';
      const on = s.overturn.at ? `（${toLocalDate(new Date(s.overturn.at))}）` : '';
      return creditEntry('overturned', s.id, {
        at: s.samplingDate,
        title: `${how}推翻原不合格检验结论：${s.foodName}`,
        detail: `${reference}；${how}推翻原检验结论${on}${s.overturn.text ? `：${s.overturn.text}` : ''}`,
        link: `/samples/${s.id}`,
      });
    }
    const pending = s.applicationOpen ? '；异议或复检办理中，检验结论尚未最终确定' : '';
    return creditEntry('unqualified', s.id, {
      at: s.samplingDate,
      title: `${samplingTypes[s.samplingType as SamplingType] ?? '抽检'}不合格：${s.foodName}`,
      detail: `${reference}；${unqualifiedDescription(s)}${pending}`,
      link: `/samples/${s.id}`,
      status: s.applicationOpen ? 'pending' : null,
      statusName: s.applicationOpen ? '结论待定' : null,
    });
  });
}

/** The disposals (核查处置) of the enterprise's unqualified results; voided ones went with an overturned result. */
export async function disposalEntries(db: Executor, enterpriseId: string): Promise<CreditEntry[]> {
  const rows = await db
    .select({
      id: disposals.id,
      sampleNo: disposals.sampleNo,
      status: disposals.status,
      openedAt: disposals.openedAt,
      closedAt: disposals.closedAt,
      foodName: samples.foodName,
      ownerUnitName: orgUnits.name,
      penalty: sql<{ caseNo?: string; noCaseReason?: string } | null>`(SELECT ds.details FROM disposal_steps ds WHERE ds.disposal_id = ${outer(disposals.id)} AND ds.kind = 'penalty' AND ds.status = 'done')`,
    })
    .from(disposals)
    .innerJoin(samples, eq(samples.id, disposals.sampleId))
    .innerJoin(orgUnits, eq(orgUnits.id, disposals.ownerUnitId))
    .where(and(ofEnterprise(enterpriseId), eq(disposals.kind, 'disposal'), ne(disposals.status, 'voided')));
  return rows.map((d) => {
    const statusName = disposalStatusNames[d.status as DisposalStatus] ?? d.status;
    const parts = [
      `抽样编号${d.sampleNo}`,
      `承办单位：${d.ownerUnitName}`,
      d.closedAt ? `${statusName}（${toLocalDate(d.closedAt)}）` : statusName,
      d.penalty?.caseNo ? `行政处罚：${d.penalty.caseNo}` : d.penalty?.noCaseReason ? `不予立案：${d.penalty.noCaseReason}` : null,
    ];
    return creditEntry('disposal', d.id, {
      at: toLocalDate(d.openedAt),
      title: `不合格食品核查处置：${d.foodName}`,
      detail: parts.filter(Boolean).join('；'),
      link: `/disposals/${d.id}`,
      status: d.status,
      statusName,
    });
  });
}

/** Per year of sampling date: samples, unqualified results that stand, overturned ones. */
export async function sampleHistory(db: Executor, enterpriseId: string): Promise<YearCounts[]> {
  const rows = await db
    .select({
      year: sql<number>`extract(year from ${samples.samplingDate})::int`,
      sampled: sql<number>`count(*)::int`,
      unqualified: sql<number>`count(*) FILTER (WHERE ${samples.conclusion} = 'unqualified' AND NOT ${overturned})::int`,
      overturned: sql<number>`count(*) FILTER (WHERE ${overturned})::int`,
    })
    .from(samples)
    .where(ofEnterprise(enterpriseId))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  return fillYears(rows);
}
