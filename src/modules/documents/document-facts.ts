import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { disposalSteps, disposals, orgUnits, resultItems, samples } from '../../db/schema/index.js';
import { fiveInPlace, stepNames, type DisposalStepKind } from '../../domain/disposal.js';

export type DisposalRow = typeof disposals.$inferSelect;
export type SampleRow = typeof samples.$inferSelect;
export type ResultItemRow = typeof resultItems.$inferSelect;

/** What every document about a disposal prints: the sample, its failed items, the units. */
export interface DisposalFacts {
  disposal: DisposalRow;
  sample: SampleRow;
  failedItems: ResultItemRow[];
  ownerUnitName: string;
  /** Names of the five-in-place steps not yet done, in their legal order. */
  openSteps: string[];
}

export async function loadDisposalFacts(db: Executor, disposal: DisposalRow): Promise<DisposalFacts> {
  const [[sample], items, [owner], steps] = await Promise.all([
    db.select().from(samples).where(eq(samples.id, disposal.sampleId)).limit(1),
    db
      .select()
      .from(resultItems)
      .where(and(eq(resultItems.sampleId, disposal.sampleId), eq(resultItems.effective, true), inArray(resultItems.judgement, ['unqualified', 'issue'])))
      .orderBy(asc(resultItems.sortOrder)),
    db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, disposal.ownerUnitId)).limit(1),
    db.select({ kind: disposalSteps.kind, status: disposalSteps.status }).from(disposalSteps).where(eq(disposalSteps.disposalId, disposal.id)),
  ]);
  const done = new Set(steps.filter((s) => s.status === 'done').map((s) => s.kind));
  return {
    disposal,
    sample,
    failedItems: items,
    ownerUnitName: owner?.name ?? '',
    openSteps: fiveInPlace.filter((k) => !done.has(k)).map((k) => stepNames[k as DisposalStepKind]),
  };
}

/** The unit's name as it signs a document: a provincial division signs under the bureau's name. */
export async function issuerName(db: Executor, unitId: string): Promise<string> {
  const [unit] = await db.select({ name: orgUnits.name, regionCode: orgUnits.regionCode }).from(orgUnits).where(eq(orgUnits.id, unitId)).limit(1);
  if (!unit) return '';
  return unit.regionCode || unit.name.startsWith('四川') ? unit.name : `四川省市场监督管理局${unit.name}`;
}

/** The verb for what the sampled party did with the food, by link: 生产 / 销售 / 经营 / 网络销售; 生产经营 while the link is unknown. */
export function linkVerb(link: string | null): string {
  if (!link) return '生产经营';
  return ({ production: '生产', distribution: '销售', catering: '经营', online: '通过网络销售' } as Record<string, string>)[link] ?? '生产经营';
}

/** "二氧化硫残留量检验结果为0.35g/kg，标准规定为≤0.1g/kg" for each failed item. */
export function failedItemsText(items: ResultItemRow[]): string {
  return items
    .map((i) => `${i.itemName}检验结果为${i.resultText}${unitAfter(i.resultText, i.unit)}，标准规定为${i.limitText ?? '—'}${i.limitText ? unitAfter(i.limitText, i.unit) : ''}`)
    .join('；');
}

function unitAfter(value: string, unit: string | null): string {
  // "未检出" and "不得检出" carry no unit.
  return unit && /\d/.test(value) ? unit : '';
}

/** Full name of another province's market regulation bureau, from the short name an address gives. */
export function provinceBureauName(province: string): string {
  const full: Record<string, string> = {
    北京: '北京市', 天津: '天津市', 上海: '上海市', 重庆: '重庆市',
    内蒙古: '内蒙古自治区', 广西: '广西壮族自治区', 西藏: '西藏自治区', 宁夏: '宁夏回族自治区', 新疆: '新疆维吾尔自治区',
    香港: '香港特别行政区', 澳门: '澳门特别行政区', 台湾: '台湾地区',
  };
  const name = full[province] ?? (province.endsWith('省') ? province : `${province}省`);
  // Hong Kong, Macao and Taiwan have no 市场监督管理局: the officer fills in the competent body.
  return ['香港', '澳门', '台湾'].includes(province) ? `${name}食品安全主管部门` : `${name}市场监督管理局`;
}
