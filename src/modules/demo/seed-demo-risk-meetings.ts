import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { foodCategories, orgUnits } from '../../db/schema/index.js';
import { nextPeriod, periodContaining, previousPeriod, type Period } from '../../domain/risk-meetings/periods.js';
import type { MeetingForm, MeetingSource } from '../../domain/risk-meetings/rules.js';
import { localDateTime, toLocalDate } from '../../domain/time.js';
import { actorOf } from '../access/actor.js';
import { unitIdForRegion, unitIdForSlug } from '../org/seed-organisation.js';
import { loadMeetingRules } from '../risk-meetings/meeting-rules.js';
import { openMeetingPeriods } from '../risk-meetings/open-periods.js';
import { insertMeetingsOfUnits, recordMeeting, type MeetingInput } from '../risk-meetings/record-meeting.js';
import { demoOfficer } from './demo-officer.js';
import { sendDemoMeetingNotice } from './seed-demo-notices.js';

/** A stable number in [0, 1) per key, so every demo start tells the same story. */
function chance(key: string): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0) / 2 ** 32;
}

const forms: MeetingForm[] = ['meeting', 'meeting', 'discussion', 'video', 'written', 'visit'];
const sourceSets: MeetingSource[][] = [
  ['supervision', 'sampling', 'complaints'],
  ['sampling', 'enforcement'],
  ['supervision', 'enforcement', 'sampling', 'complaints', 'opinion'],
  ['sampling', 'opinion'],
];
const summaries = [
  '通报本期抽检监测不合格情况及核查处置进展，分析投诉举报热点和舆情动态，研究下一步监管重点。',
  '结合日常监督检查和稽查执法情况，对辖区重点品种、重点业态的风险隐患进行分析研判。',
  '围绕节日市场和校园周边食品安全开展专题研判，梳理突出问题并明确责任分工。',
];
const risks = [
  { description: '农贸市场韭菜、芹菜腐霉利、毒死蜱残留超标反复出现', level: 'high' as const, link: 'distribution' as const, category: '食用农产品' },
  { description: '小作坊散装白酒甲醇、氰化物抽检问题', level: 'medium' as const, link: 'production' as const, category: '酒类' },
  { description: '餐饮环节复用餐饮具大肠菌群、阴离子合成洗涤剂不合格', level: 'medium' as const, link: 'catering' as const, category: '餐饮食品' },
  { description: '网络销售保健食品宣称治疗功能，投诉举报集中', level: 'low' as const, link: 'online' as const, category: '保健食品' },
];

/** The periods of the last twelve months for a rhythm, oldest first, ending with the current one. */
function recentPeriods(today: string, months: number): Period[] {
  const out: Period[] = [periodContaining(today, months)];
  while (out.length < Math.ceil(12 / months) + 1) out.unshift(previousPeriod(out[0], months));
  return out;
}

function dayIn(period: Period, fraction: number): string {
  const start = Date.parse(period.start);
  const days = Math.round((Date.parse(period.end) - start) / 86_400_000);
  return new Date(start + Math.floor(fraction * (days + 1)) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Demo mode: the scheduler opens the current and the three previous months' periods, then a
 * year of 研判活动 is recorded through the use case — most units on time, some late (recorded in
 * the next period for the previous one), some never, so the completeness pages and the inboxes
 * show units that are behind. A level's year is one transaction of a fixed number of statements,
 * to keep the first start fast.
 * A few meetings carry risks and follow-ups: a county's tracking-sampling proposal to 抽检监测处 and
 * a leading-group meeting of the province bureau.
 */
export async function seedDemoRiskMeetings(db: Db, now = new Date()): Promise<{ meetings: number; opened: number }> {
  const today = toLocalDate(now);
  let opened = 0;
  for (const back of [3, 2, 1]) {
    const month = periodContaining(today, 1);
    let p = month;
    for (let i = 0; i < back; i++) p = previousPeriod(p, 1);
    opened += await openMeetingPeriods(db, localDateTime(p.start, '08:00:00'));
  }
  opened += await openMeetingPeriods(db, now);

  const rules = await loadMeetingRules(db);
  const categories = await db
    .select({ id: foodCategories.id, name: foodCategories.name })
    .from(foodCategories)
    .where(and(eq(foodCategories.level, 1), inArray(foodCategories.name, risks.map((r) => r.category))));
  const categoryOf = new Map(categories.map((c) => [c.name, c.id]));
  let meetings = 0;
  const recorder = await demoOfficer(db, unitIdForSlug('province'), ['bureau_officer']);
  for (const rule of rules) {
    const units = await db.select().from(orgUnits).where(inArray(orgUnits.kind, rule.unitKinds)).orderBy(asc(orgUnits.sortOrder), asc(orgUnits.regionCode));
    const periods = recentPeriods(today, rule.periodMonths).filter((p) => p.end >= rule.effectiveFrom);
    const entries: { unitId: string; input: MeetingInput }[] = [];
    for (const unit of units) {
      // A unit's habit: most are diligent, a few often behind.
      const diligence = 0.75 + 0.25 * chance(`diligence:${unit.id}`);
      const plans: MeetingInput[] = [];
      for (const [i, period] of periods.entries()) {
        const current = period.end >= today;
        const roll = chance(`${unit.id}:${period.start}`);
        if (current) {
          // Halfway through the current period, about half the units have met already.
          const heldOn = dayIn(period, roll * 0.6);
          if (roll < 0.5 && heldOn <= today) plans.push(meetingInput(i, heldOn, false, roll));
          continue;
        }
        if (roll < diligence) plans.push(meetingInput(i, dayIn(period, 0.3 + roll * 0.6), false, roll));
        else if (roll < diligence + (1 - diligence) / 2) {
          // Late: held in the first days of the next period, recorded for this one.
          const heldOn = dayIn(nextPeriod(period, rule.periodMonths), 0.1);
          if (heldOn <= today) plans.push(meetingInput(i, heldOn, true, roll));
        }
      }
      entries.push(...plans.map((input) => ({ unitId: unit.id, input })));
    }
    // One transaction per level, recorded by the province bureau's stand-in (audited as demo data).
    await db.transaction((tx) => insertMeetingsOfUnits(tx, actorOf(recorder, null), recorder, entries, now));
    meetings += entries.length;
  }

  function meetingInput(i: number, heldOn: string, late: boolean, roll: number): MeetingInput {
    const withRisk = roll < 0.3;
    const risk = risks[i % risks.length];
    return {
      heldOn,
      forPreviousPeriod: late,
      form: forms[i % forms.length],
      summary: summaries[i % summaries.length],
      sources: sourceSets[i % sourceSets.length],
      risks: withRisk ? [{ description: risk.description, level: risk.level, link: risk.link, categoryId: categoryOf.get(risk.category) ?? null }] : [],
      conclusions: withRisk ? '风险总体可控，需加强重点品种跟踪抽检和日常检查频次。' : '本期未发现系统性风险，继续按计划开展监管。',
    };
  }

  // The rich examples, through the public use case: a county's tracking-sampling proposal and
  // a leading-group meeting whose decisions are tracked actions.
  const county = await demoOfficer(db, (await unitByRegion(db, '510107'))!, ['bureau_officer']);
  const lastMonth = previousPeriod(periodContaining(today, 1), 1);
  const heldOn = dayIn(lastMonth, 0.9);
  const vegetables = categoryOf.get('食用农产品') ?? null;
  const wuhouMeeting = await recordMeeting(
    db,
    county,
    {
      heldOn,
      form: 'meeting',
      title: `武侯区${lastMonth.start.slice(0, 4)}年${Number(lastMonth.start.slice(5, 7))}月食品安全风险研判会（专题）`,
      summary: '区局会同辖区市场监管所、执法大队研判本月抽检不合格和投诉举报情况，农贸市场蔬菜农药残留问题突出。',
      participants: { unitIds: [], people: ['区局分管副局长', '食品安全监管科', '执法大队', '各市场监管所'] },
      sources: ['supervision', 'enforcement', 'sampling', 'complaints'],
      risks: [{ description: risks[0].description, level: 'high', link: 'distribution', categoryId: vegetables, regionCode: '510107' }],
      conclusions: '蔬菜农残风险较高，需开展跟踪抽检并加强市场快检。',
      minutes: '会议由分管副局长主持。\n各所汇报本月检查和快检情况。\n会议明确跟踪抽检和快检加密安排。',
      followUps: [
        { kind: 'tracking_sampling', description: '对辖区农贸市场韭菜、芹菜开展跟踪抽检', ownerUnitId: unitIdForSlug('sampling'), dueOn: dayIn(nextPeriod(lastMonth, 1), 0.9), categoryId: vegetables, regionCode: '510107', items: ['腐霉利', '毒死蜱'] },
        { kind: 'task', description: '各市场监管所加密农贸市场快检频次', ownerUnitId: county.unit.id, dueOn: dayIn(nextPeriod(lastMonth, 1), 0.9) },
        { kind: 'task', description: '市局汇总各区县蔬菜农残风险，指导跨区域协同排查', ownerUnitId: unitIdForRegion('510100'), dueOn: dayIn(nextPeriod(lastMonth, 1), 0.9) },
        { kind: 'notice', description: '向成都市局和相邻区县通报蔬菜农残风险', ownerUnitId: county.unit.id, dueOn: dayIn(nextPeriod(lastMonth, 1), 0.5) },
      ],
    },
    null,
    now,
  );
  // The county sends that notice from the meeting's draft: its follow-up is done, the meeting lists it.
  await sendDemoMeetingNotice(db, wuhouMeeting.id, now);

  const coordination = await demoOfficer(db, unitIdForSlug('coordination'), ['division_officer']);
  const quarter = previousPeriod(periodContaining(today, 3), 3);
  await recordMeeting(
    db,
    coordination,
    {
      leadingGroup: true,
      heldOn: dayIn(quarter, 0.85),
      form: 'meeting',
      summary: '领导小组听取各成员单位“监检联动”工作情况汇报，分析全省食品安全形势，研究解决跨部门协作中的重点问题。',
      participants: { unitIds: ['coordination', 'sampling', 'enforcement', 'production', 'distribution', 'catering'].map(unitIdForSlug), people: ['组长', '副组长'] },
      sources: ['supervision', 'enforcement', 'sampling', 'complaints', 'opinion'],
      risks: [{ description: '部分市县核查处置逾期较多，“五个到位”落实不够', level: 'medium' }],
      conclusions: '各成员单位要压实责任，按期完成核查处置，协调处加强督查督办。',
      followUps: [
        { kind: 'task', description: '对核查处置逾期较多的市（州）开展督查', ownerUnitId: unitIdForSlug('coordination'), dueOn: dayIn(nextPeriod(quarter, 3), 0.5) },
        { kind: 'notice', description: '向各市（州）局通报本季度“321”研判开展情况', ownerUnitId: unitIdForSlug('coordination'), dueOn: dayIn(nextPeriod(quarter, 3), 0.3) },
      ],
    },
    null,
    now,
  );
  return { meetings: meetings + 2, opened };
}

async function unitByRegion(db: Db, regionCode: string): Promise<string | null> {
  const [row] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.regionCode, regionCode)).limit(1);
  return row?.id ?? null;
}
