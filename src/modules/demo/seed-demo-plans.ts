import { createHash } from 'node:crypto';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { foodCategories, samples } from '../../db/schema/index.js';
import { addDays } from '../../domain/deadlines/calendar.js';
import { localDateTime, toLocalDate } from '../../domain/time.js';
import type { SessionUser } from '../access/actor.js';
import { organisationRows, unitIdForRegion, unitIdForSlug } from '../org/seed-organisation.js';
import { createPlan } from '../plans/create-plan.js';
import { updatePlan } from '../plans/update-plan.js';
import type { QuotaInput } from '../plans/plan-quotas.js';
import { createSuggestion } from '../plans/create-suggestion.js';
import { acceptSuggestion } from '../plans/accept-suggestion.js';
import { declineSuggestion } from '../plans/decline-suggestion.js';
import { demoOfficer } from './demo-officer.js';
import type { SynthSample } from './synthetic/generate-samples.js';

const PROVINCE_BUREAU = '四川省市场监督管理局';
const CHENGDU = '510100';
const MIANYANG = '510700';

export interface DemoPlans {
  year: number;
  provincial: string;
  chengdu: string;
  mianyang: string;
  /** The plan a synthetic sample was taken under: this year's supervisory samples, by who tasked them. */
  planFor(sample: SynthSample): string | null;
}

const cityBureaus = () => organisationRows().filter((row) => row.kind === 'city_bureau');
const cityBureauName = (regionCode: string) => cityBureaus().find((row) => row.regionCode === regionCode)!.name;

/**
 * Demo mode, before the synthetic samples: this year's plans, drawn up by the real use case —
 * the province's supervisory plan (抽检监测处), 成都's own plan and a 绵阳 targeted plan. Their
 * quotas follow once the samples show how far each city has got (completeDemoPlans).
 */
export async function createDemoPlans(db: Db, now: Date): Promise<DemoPlans> {
  const year = Number(toLocalDate(now).slice(0, 4));
  const draw = async (officer: SessionUser, name: string, planKind: 'routine' | 'targeted', description: string) =>
    (await createPlan(db, officer, { year, name, samplingType: 'supervisory', planKind, description, quotas: [] }, null)).id;
  const sampling = await demoOfficer(db, unitIdForSlug('sampling'), ['division_officer']);
  const chengdu = await demoOfficer(db, unitIdForRegion(CHENGDU), ['bureau_officer']);
  const mianyang = await demoOfficer(db, unitIdForRegion(MIANYANG), ['bureau_officer']);
  const plans = {
    provincial: await draw(sampling, `${year}年度四川省食品安全监督抽检计划`, 'routine', '省局组织、各市（州）承担的年度监督抽检，按市（州）分配批次（演示数据）'),
    chengdu: await draw(chengdu, `${year}年度成都市食品安全监督抽检计划`, 'routine', '成都市局组织的年度监督抽检，按食品大类分配批次（演示数据）'),
    mianyang: await draw(mianyang, `${year}年度绵阳市食品安全专项抽检计划`, 'targeted', '绵阳市局组织的专项抽检，按区县分配批次（演示数据）'),
  };
  const tasks = new Map([
    [PROVINCE_BUREAU, plans.provincial],
    [cityBureauName(CHENGDU), plans.chengdu],
    [cityBureauName(MIANYANG), plans.mianyang],
  ]);
  return {
    year,
    ...plans,
    planFor: (s) => (s.samplingType === 'supervisory' && s.samplingDate.startsWith(`${year}-`) ? (tasks.get(s.taskSource) ?? null) : null),
  };
}

/** Share of the year gone by today: a quota is what the whole year should reach. */
function yearElapsed(today: string): number {
  const year = Number(today.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const day = (Date.UTC(year, Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10))) - start) / 86_400_000 + 1;
  return day / ((Date.UTC(year + 1, 0, 1) - start) / 86_400_000);
}

/** A planned number of batches: the pace so far over the whole year, some units ahead of plan and some behind. */
function plannedBatches(key: string, sampled: number, elapsed: number): number {
  const pace = 0.85 + (createHash('sha1').update(key).digest()[0] / 256) * 0.35;
  return Math.max(5, Math.ceil(((sampled / Math.max(elapsed, 0.25)) * pace) / 5) * 5);
}

async function countsBy(db: Db, planId: string, key: 'city' | 'county' | 'root'): Promise<Map<string, number>> {
  const column =
    key === 'city' ? sql<string>`substr(${samples.regionCode}, 1, 4) || '00'` : key === 'county' ? sql<string>`${samples.regionCode}` : sql<string>`${samples.categoryRootId}::text`;
  const rows = await db.select({ key: column, n: count() }).from(samples).where(eq(samples.planId, planId)).groupBy(column);
  return new Map(rows.map((r) => [r.key, Number(r.n)]));
}

async function rootCategory(db: Db, name: string): Promise<string | null> {
  const [row] = await db.select({ id: foodCategories.id }).from(foodCategories).where(and(eq(foodCategories.level, 1), eq(foodCategories.name, name))).limit(1);
  return row?.id ?? null;
}

/**
 * Demo mode, after the synthetic samples: quotas for the plans (the province's by city, 成都's by
 * 大类, 绵阳's by county, where its samples were taken; the 专项 plan is then closed as done),
 * and suggestions in every state — accepted into the provincial plan, accepted by 成都 into its
 * own, declined with a reason, and one still waiting in 抽检监测处's inbox.
 */
export async function completeDemoPlans(db: Db, plans: DemoPlans, now: Date) {
  const today = toLocalDate(now);
  const elapsed = yearElapsed(today);
  const sampling = await demoOfficer(db, unitIdForSlug('sampling'), ['division_officer']);
  const chengdu = await demoOfficer(db, unitIdForRegion(CHENGDU), ['bureau_officer']);
  const mianyang = await demoOfficer(db, unitIdForRegion(MIANYANG), ['bureau_officer']);

  const byCity = await countsBy(db, plans.provincial, 'city');
  const provincialQuotas: QuotaInput[] = cityBureaus().map((city) => ({
    regionCode: city.regionCode!,
    quota: plannedBatches(`${plans.year}:${city.regionCode}`, byCity.get(city.regionCode!) ?? 0, elapsed),
  }));
  await updatePlan(db, sampling, { id: plans.provincial, version: 1, quotas: provincialQuotas }, null);

  // 成都 plans its four most sampled 大类 of the year (any task), and counts its own samples against them.
  const rootsInChengdu = await db
    .select({ root: samples.categoryRootId, n: count() })
    .from(samples)
    .where(and(sql`${samples.regionCode} LIKE '5101%'`, sql`${samples.samplingDate} >= ${`${plans.year}-01-01`}`))
    .groupBy(samples.categoryRootId)
    .orderBy(sql`count(*) DESC`, samples.categoryRootId)
    .limit(4);
  const byRoot = await countsBy(db, plans.chengdu, 'root');
  const chengduQuotas = rootsInChengdu
    .filter((r) => r.root)
    .map((r) => ({ categoryId: r.root!, quota: plannedBatches(`${plans.year}:${r.root}`, byRoot.get(r.root!) ?? 0, elapsed) }));
  await updatePlan(db, chengdu, { id: plans.chengdu, version: 1, quotas: chengduQuotas }, null);

  // The 专项 plan: one quota per county it sampled in, met exactly; closed when it has samples at all.
  const byCounty = await countsBy(db, plans.mianyang, 'county');
  const mianyangQuotas = byCounty.size > 0 ? [...byCounty].map(([regionCode, n]) => ({ regionCode, quota: n })) : [{ regionCode: MIANYANG, quota: 10 }];
  const mianyangDone = byCounty.size > 0;
  await updatePlan(db, mianyang, { id: plans.mianyang, version: 1, quotas: mianyangQuotas, ...(mianyangDone ? { status: 'closed' as const } : {}) }, null);

  const suggestions = await seedDemoSuggestions(db, plans, now, { sampling, chengdu });
  const linked = await db.select({ n: count() }).from(samples).where(inArray(samples.planId, [plans.provincial, plans.chengdu, plans.mianyang]));
  return { plans: 3, samplesInPlans: Number(linked[0]?.n ?? 0), closed: mianyangDone ? 1 : 0, suggestions };
}

async function seedDemoSuggestions(db: Db, plans: DemoPlans, now: Date, deciders: { sampling: SessionUser; chengdu: SessionUser }) {
  const ago = (days: number) => localDateTime(addDays(toLocalDate(now), -days), '09:30:00');
  const from = (unitId: string, roles: string[]) => demoOfficer(db, unitId, roles);
  const base = { year: plans.year };

  const production = await createSuggestion(
    db,
    await from(unitIdForSlug('production'), ['division_officer']),
    { ...base, title: '建议对小作坊散装白酒开展跟踪抽检', content: '日常检查发现部分小作坊散装白酒甲醇、氰化物控制记录不全，建议在年度计划中增加跟踪抽检批次。', categoryId: await rootCategory(db, '酒类') },
    null,
    ago(60),
  );
  await acceptSuggestion(db, deciders.sampling, { id: production.id, planId: plans.provincial, version: production.version, reason: '已纳入本年度全省监督抽检计划' }, null);

  const wuhou = await createSuggestion(
    db,
    await from(unitIdForRegion('510107'), ['bureau_officer']),
    { ...base, title: '建议加大农贸市场韭菜、芹菜农药残留抽检', content: '辖区农贸市场韭菜腐霉利、芹菜毒死蜱不合格较多，建议增加抽检批次。', categoryId: await rootCategory(db, '食用农产品'), regionCode: '510107' },
    null,
    ago(45),
  );
  await acceptSuggestion(db, deciders.chengdu, { id: wuhou.id, planId: plans.chengdu, version: wuhou.version, reason: '纳入本市年度计划，由武侯区局承担' }, null);

  const dazhou = await createSuggestion(
    db,
    await from(unitIdForRegion('511700'), ['bureau_officer']),
    { ...base, title: '建议对网售腊肉制品开展抽检', content: '辖区网络销售的自制腊肉投诉增多，建议省局安排抽检。', categoryId: await rootCategory(db, '肉制品'), regionCode: '511700' },
    null,
    ago(30),
  );
  await declineSuggestion(db, deciders.sampling, { id: dazhou.id, version: dazhou.version, reason: '该品种已列入国家市场监督管理总局本年度抽检计划，不再重复安排' }, null);

  // Still waiting: its review work item is open in 抽检监测处's inbox, due in 30 days.
  await createSuggestion(
    db,
    await from(unitIdForSlug('catering'), ['division_officer']),
    { ...base, title: '建议对学校周边餐饮单位自制凉拌菜开展专项抽检', content: '秋季开学后学校周边餐饮单位凉拌菜需求大，建议开展专项抽检。', categoryId: await rootCategory(db, '餐饮食品') },
    null,
    ago(5),
  );
  return { accepted: 2, declined: 1, pending: 1 };
}
