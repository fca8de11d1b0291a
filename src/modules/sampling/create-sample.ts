import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { samples } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { conclusionReceivedProblem } from '../../domain/deadlines/triggers.js';
import { toLocalDate } from '../../domain/time.js';
import { checkCreditCode } from '../../domain/sampling/credit-code.js';
import { requiresAccompaniment, type Link } from '../../domain/sampling/sample-rules.js';
import type { SamplingType } from '../../domain/sampling/judge.js';
import { reaches, reachesAll } from '../../domain/jurisdiction.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { enterpriseKey, resolveEnterprises, type EnterpriseKind } from '../enterprises/resolve-enterprises.js';
import { ownerUnitForRegion } from '../org/jurisdiction.js';
import { evaluateItems, type ItemInput } from './evaluate-items.js';
import type { SampleCatalogue } from './sample-catalogue.js';
import { regionIndex } from './region-index.js';
import { writeResults } from './write-results.js';
import { unitFact } from '../access/unit-facts.js';

export interface PartyInput {
  name: string;
  creditCode?: string | null;
  address?: string | null;
  regionCode?: string | null;
  licenceNumber?: string | null;
}

export interface NewSample {
  sampleNo: string;
  planId?: string | null;
  samplingType: SamplingType;
  taskSource?: string | null;
  foodName: string;
  spec?: string | null;
  trademark?: string | null;
  batchNo?: string | null;
  productionDate?: string | null;
  shelfLife?: string | null;
  categoryId: string;
  link: Link;
  sampledParty: PartyInput;
  nominalProducer?: PartyInput | null;
  samplingDate: string;
  samplers: string[];
  organisedByMarketRegulation: boolean;
  importedColdChain: boolean;
  accompanyingOfficer?: string | null;
  labName?: string | null;
  reportNo?: string | null;
  /** The day the unqualified conclusion was received: disposal periods count from it. */
  conclusionReceivedOn?: string | null;
  remarks?: string | null;
  items?: ItemInput[];
}

const SAMPLED_PARTY_KIND: Record<Link, EnterpriseKind> = {
  production: 'producer',
  distribution: 'distributor',
  catering: 'caterer',
  online: 'online_platform',
};

/** Validates a party's credit code and resolves its region (given, else from the address). */
function party(input: PartyInput, field: string, details: Record<string, string>) {
  let creditCode: string | null = null;
  if (input.creditCode) {
    const check = checkCreditCode(input.creditCode);
    if (check.ok) creditCode = check.code;
    else details[`${field}.creditCode`] = check.reason;
  }
  const resolved = input.regionCode ? null : regionIndex.resolve(input.address);
  const regionCode = input.regionCode ?? (resolved && 'regionCode' in resolved ? resolved.regionCode : null);
  const review = resolved && resolved.level !== 'county' ? `${field === 'sampledParty' ? '被抽样单位' : '标称生产企业'}地址：${'note' in resolved ? resolved.note : '省外'}` : null;
  return { creditCode, regionCode, review };
}

/**
 * Records a sample entered by hand (with or without results). Enforces: unique sample number;
 * at least two samplers; the accompanied-sampling rule of art. 23; credit codes; the sample
 * must fall in the user's jurisdiction unless their unit samples province-wide.
 */
export async function createSample(db: Db, user: SessionUser, input: NewSample, catalogue: SampleCatalogue, ip: string | null) {
  const details: Record<string, string> = {};
  const category = catalogue.category(input.categoryId);
  if (!category) details.categoryId = '食品分类不存在';
  if (input.samplers.filter((s) => s.trim()).length < 2) details.samplers = '抽样人员不少于2人';
  if (
    category &&
    requiresAccompaniment({ categoryRootName: category.rootName, importedColdChain: input.importedColdChain, organisedByMarketRegulation: input.organisedByMarketRegulation }) &&
    !input.accompanyingOfficer?.trim()
  ) {
    details.accompanyingOfficer = '食用农产品、进口冷链食品抽样须有执法人员陪同（《工作规范》第二十三条）';
  }
  const received = input.conclusionReceivedOn ? conclusionReceivedProblem(input.conclusionReceivedOn, input.samplingDate, toLocalDate(new Date())) : null;
  if (received) details.conclusionReceivedOn = received;
  const sampled = party(input.sampledParty, 'sampledParty', details);
  const producer = input.nominalProducer?.name ? party(input.nominalProducer, 'nominalProducer', details) : null;
  const evaluation = evaluateItems(input.items ?? [], { samplingType: input.samplingType, categoryId: input.categoryId, foodName: input.foodName }, catalogue);
  for (const e of evaluation.errors) details[`items.${e.index}.${e.field}`] = e.message;
  const ownerUnitId = ownerUnitForRegion(sampled.regionCode);
  if (!reachesAll(user, 'sample', 'enter') && !reaches(user, 'sample', 'enter', { units: { owner: await unitFact(db, ownerUnitId) } })) {
    details['sampledParty.regionCode'] = '被抽样单位所在地区不在您的管辖范围内';
  }
  if (Object.keys(details).length) throw new DomainError('VALIDATION_FAILED', details);

  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: samples.id }).from(samples).where(eq(samples.sampleNo, input.sampleNo)).limit(1);
    if (existing) throw new DomainError('CONFLICT', { sampleNo: '抽样编号已存在' });
    const actor = actorOf(user, ip);
    const refs = [
      { name: input.sampledParty.name, creditCode: sampled.creditCode, address: input.sampledParty.address ?? null, regionCode: sampled.regionCode, kind: SAMPLED_PARTY_KIND[input.link], licenceNumber: input.sampledParty.licenceNumber },
      ...(producer && input.nominalProducer
        ? [{ name: input.nominalProducer.name, creditCode: producer.creditCode, address: input.nominalProducer.address ?? null, regionCode: producer.regionCode, kind: 'producer' as const }]
        : []),
    ];
    const resolved = await resolveEnterprises(tx, actor, refs);
    const reviewReasons = [sampled.review, producer?.review, ...evaluation.reviewReasons].filter((r): r is string => Boolean(r));
    const id = randomUUID();
    const [row] = await tx
      .insert(samples)
      .values({
        id,
        sampleNo: input.sampleNo,
        planId: input.planId ?? null,
        samplingType: input.samplingType,
        taskSource: input.taskSource ?? null,
        foodName: input.foodName,
        spec: input.spec ?? null,
        trademark: input.trademark ?? null,
        batchNo: input.batchNo ?? null,
        productionDate: input.productionDate ?? null,
        shelfLife: input.shelfLife ?? null,
        categoryId: input.categoryId,
        categoryRootId: category!.rootId,
        link: input.link,
        sampledPartyId: resolved.get(enterpriseKey(refs[0]))!.id,
        sampledPartyName: input.sampledParty.name,
        sampledPartyAddress: input.sampledParty.address ?? null,
        nominalProducerId: refs[1] ? resolved.get(enterpriseKey(refs[1]))!.id : null,
        nominalProducerName: input.nominalProducer?.name ?? null,
        nominalProducerAddress: input.nominalProducer?.address ?? null,
        regionCode: sampled.regionCode,
        ownerUnitId,
        samplingDate: input.samplingDate,
        samplers: input.samplers,
        organisedByMarketRegulation: input.organisedByMarketRegulation,
        importedColdChain: input.importedColdChain,
        accompanyingOfficer: input.accompanyingOfficer ?? null,
        labName: input.labName ?? null,
        reportNo: input.reportNo ?? null,
        conclusionReceivedOn: input.conclusionReceivedOn ?? null,
        remarks: input.remarks ?? null,
        conclusion: evaluation.conclusion,
        needsReview: reviewReasons.length > 0,
        reviewReasons,
        source: 'manual',
      })
      .returning();
    await recordAudit(tx, actor, { action: 'sample.create', entityType: 'sample', entityId: id, after: { ...row, items: evaluation.items } });
    await writeResults(tx, actor, [{ sampleId: id, items: evaluation.items }], { reason: '检验结论已不再为不合格', fresh: new Set([id]) });
    return row;
  });
}
