import { and, asc, desc, eq, inArray, notExists, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { cases, disposalSteps, disposals, enterprises, escalations, orgUnits, samples } from '../../db/schema/index.js';
import { caseStages, type CaseSource, type CaseStage } from '../../domain/case.js';
import { addDays } from '../../domain/deadlines/calendar.js';
import { localDateTime, toLocalDate } from '../../domain/time.js';
import type { SessionUser } from '../access/actor.js';
import { caseNoPrefix } from '../cases/case-number.js';
import { createCase, type CreateCaseInput } from '../cases/create-case.js';
import { decideLegalReview, requestLegalReview } from '../cases/legal-review.js';
import { recordTransferReceipt, transferCase } from '../cases/judicial-transfer.js';
import { recordStage, type StageInput } from '../cases/record-stage.js';
import { takeOverCase } from '../cases/take-over-case.js';
import { failedItems } from '../credit/sample-facts.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { demoOfficer } from './demo-officer.js';

/** How far a case from a disposal has got; `major` is taken over by 稽查局, heard, reviewed by 法规处 and decided. */
type Fate = 'filed' | 'investigated' | 'noticed' | 'decided' | 'major' | 'closed';

/**
 * The disposal cases, most advanced first, each with how many days ago it was filed: the
 * further a case has got, the older it is, so every stage has room for a plausible date. The
 * most advanced are chosen first, so a small demo (the tests' 300 samples) still shows a decided
 * and a major case before the simpler ones.
 */
const PLAN: { fate: Fate; filedDaysAgo: number }[] = [
  { fate: 'major', filedDaysAgo: 28 },
  { fate: 'decided', filedDaysAgo: 20 },
  { fate: 'closed', filedDaysAgo: 32 },
  { fate: 'noticed', filedDaysAgo: 12 },
  { fate: 'investigated', filedDaysAgo: 7 },
  { fate: 'filed', filedDaysAgo: 2 },
];

const BUREAU_ROLES = ['bureau_officer', 'enforcement_officer'];
const BUREAU_KINDS = ['city_bureau', 'county_bureau'];

/** A case as the use cases reply with it: only what the next call needs. */
type CaseReply = { id: string; version: number; caseNo: string; ownerUnitId: string; enterpriseId: string | null };

/** The decided major case, for the Credit Division to list its party (seed-demo-credit.ts). */
export interface SevereCase {
  caseId: string;
  enterpriseId: string;
  decisionNo: string;
  decidedOn: string;
}

export interface DemoCases {
  total: number;
  byStage: Record<CaseStage, number>;
  bySource: Record<CaseSource, number>;
  legalReviews: number;
  transfers: number;
  severe: SevereCase | null;
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** `n` dates after `from`, evenly up to (not quite) `to`, never earlier than the one before: the dates of a case's later steps. */
function spread(from: string, to: string, n: number): string[] {
  const span = Math.max(0, daysBetween(from, to));
  return Array.from({ length: n }, (_, i) => addDays(from, Math.floor(((i + 1) * span) / (n + 1))));
}

/** A document number of the case's owner unit, numbered like its 立案 number (e.g. 成都市监罚〔2026〕3号). */
function documentNo(c: CaseReply, kind: string, day: string): string {
  const n = /〔\d{4}〕(\d+)号/.exec(c.caseNo)?.[1] ?? '1';
  return `${caseNoPrefix(c.ownerUnitId)}${kind}〔${day.slice(0, 4)}〕${n}号`;
}

/**
 * Demo mode: 稽查案件 in every stage, opened and worked by the real use cases (their checks,
 * numbers, deadlines, work items, audit rows and the link to the disposal's 行政处罚 step):
 * - from disposals whose penalty step is pending, filed by the bureau that owns the disposal:
 *   just filed, investigated, notified, decided below the 法制审核 threshold (the decision
 *   becomes the disposal's penalty step), carried out and closed, and one major case taken over
 *   by 稽查局 (seed art. 12), with a hearing, so 法制审核 by 法规处 (行政处罚法 art. 58), and its decision;
 * - from an escalation the rules fired, filed by the assigned city bureau;
 * - from a 12345 complaint, transferred to public security with its receipt.
 * Dates lie in the last weeks, in stage order, never in the future. Whatever the demo lacks
 * (few disposals, no escalation) is skipped.
 */
export async function seedDemoCases(db: Db, now = new Date()): Promise<DemoCases> {
  const today = toLocalDate(now);
  // Each action is stamped on its own day, but never later than now.
  const at = (day: string, time: string) => new Date(Math.min(localDateTime(day, time).getTime(), now.getTime()));
  const result: DemoCases = {
    total: 0,
    byStage: Object.fromEntries(caseStages.map((s) => [s, 0])) as Record<CaseStage, number>,
    bySource: { disposal: 0, escalation: 0, complaint: 0, manual: 0 },
    legalReviews: 0,
    transfers: 0,
    severe: null,
  };

  /** Files a case and returns the helpers that move it on, keeping its version. */
  async function file(officer: SessionUser, input: CreateCaseInput) {
    let c: CaseReply = await createCase(db, officer, input, null, at(input.filedOn, '09:30:00'));
    let stage: CaseStage = 'filing';
    result.total++;
    result.bySource[input.source]++;
    const track = (reply: CaseReply) => (c = reply);
    return {
      get case() {
        return c;
      },
      record: async (by: SessionUser, s: Exclude<CaseStage, 'filing'>, day: string, text: string, extra: Partial<StageInput> = {}) => {
        track(await recordStage(db, by, { caseId: c.id, version: c.version, stage: s, doneOn: day, text, ...extra }, null, at(day, '15:00:00')));
        stage = s;
      },
      track,
      done: () => result.byStage[stage]++,
    };
  }

  // --- From disposals whose 行政处罚 step still waits: the bureau that owns the disposal files. ---
  const candidates = await db
    .select({
      id: disposals.id,
      ownerUnitId: disposals.ownerUnitId,
      openedAt: disposals.openedAt,
      sampleNo: samples.sampleNo,
      samplingDate: samples.samplingDate,
      foodName: samples.foodName,
      partyName: samples.sampledPartyName,
      enterpriseId: samples.sampledPartyId,
      failedItems,
    })
    .from(disposals)
    .innerJoin(samples, eq(samples.id, disposals.sampleId))
    .innerJoin(disposalSteps, and(eq(disposalSteps.disposalId, disposals.id), eq(disposalSteps.kind, 'penalty'), eq(disposalSteps.status, 'pending')))
    .innerJoin(orgUnits, eq(orgUnits.id, disposals.ownerUnitId))
    .where(
      and(
        inArray(disposals.status, ['open', 'in_progress']),
        inArray(orgUnits.kind, BUREAU_KINDS),
        notExists(db.select({ one: sql`1` }).from(cases).where(eq(cases.disposalId, disposals.id))),
      ),
    )
    .orderBy(desc(disposals.openedAt), asc(samples.sampleNo));

  const used = new Set<string>();
  const owners = new Set<string>();
  const enforcement = await demoOfficer(db, unitIdForSlug('enforcement'), ['division_officer', 'enforcement_officer']);
  const legal = await demoOfficer(db, unitIdForSlug('legal'), ['division_officer']);
  for (const { fate, filedDaysAgo } of PLAN) {
    const target = addDays(today, -filedDaysAgo);
    const open = candidates.filter((d) => !used.has(d.id) && (fate !== 'major' || d.enterpriseId));
    const old = (d: (typeof open)[number]) => toLocalDate(d.openedAt) <= target;
    // The newest disposal old enough for the case's dates, from a bureau not yet shown, if any.
    const d = open.find((x) => old(x) && !owners.has(x.ownerUnitId)) ?? open.find(old) ?? open.at(-1);
    if (!d) continue;
    used.add(d.id);
    owners.add(d.ownerUnitId);
    const opened = toLocalDate(d.openedAt);
    // Filed a couple of days after the disposal opened, as far back as the plan wants, never in the future.
    const earliest = addDays(opened, 2);
    const filedOn = earliest <= target ? target : earliest <= today ? earliest : today;
    const bureau = await demoOfficer(db, d.ownerUnitId, BUREAU_ROLES);
    const what = d.failedItems ? `，不合格项目：${d.failedItems}` : '';
    const major = fate === 'major';
    const c = await file(bureau, {
      source: 'disposal',
      disposalId: d.id,
      partyName: d.partyName,
      title: major ? `涉嫌生产经营不符合食品安全标准的${d.foodName}（重大案件）` : `涉嫌经营不符合食品安全标准的${d.foodName}`,
      facts: `${d.samplingDate}监督抽检的${d.foodName}（抽样编号${d.sampleNo}）经检验不合格${what}。核查处置中发现当事人涉嫌违法，经批准立案调查。`,
      filedOn,
      // The lead: the disposal opened on the unqualified result.
      discoveredOn: opened <= filedOn ? opened : filedOn,
      filingApprovedBy: '分管负责人',
      major,
    });
    // 稽查局 takes the major case over on the day it is filed; the bureau handles its own.
    if (major) c.track(await takeOverCase(db, enforcement, { caseId: c.case.id, version: c.case.version, reason: '涉案产品销往多个市（州），案情重大，由省局综合执法稽查局直接查办。' }, null, at(filedOn, '11:00:00')));
    const officer = major ? enforcement : bureau;
    const steps = { filed: 0, investigated: 1, noticed: 2, decided: 3, major: 6, closed: 5 }[fate];
    const days = spread(filedOn, today, steps);
    if (steps >= 1) await c.record(officer, 'investigation', days[0], '调查终结：已询问当事人，调取进货查验记录、销售台账和库存，查明涉案产品的进货数量、销售数量及货值金额。');
    if (steps >= 2) {
      await c.record(officer, 'notice', days[1], '已向当事人送达行政处罚告知书，告知拟作出的行政处罚内容及事实、理由、依据，以及陈述、申辩、要求听证的权利。', {
        documentNo: documentNo(c.case, '罚告', days[1]),
      });
    }
    if (fate === 'decided' || fate === 'closed') {
      // Below the 法制审核 threshold: the bureau decides alone, and the decision becomes the disposal's penalty step.
      const fine = fate === 'decided' ? 20_000 : 10_000;
      const gains = fate === 'decided' ? 1_260 : 480;
      await c.record(officer, 'decision', days[2], '依据《中华人民共和国食品安全法》第一百二十四条，鉴于当事人积极配合调查、主动下架召回，依法减轻处罚：没收违法所得，并处罚款。', {
        documentNo: documentNo(c.case, '罚', days[2]),
        decision: { fineAmount: fine, confiscatedIllegalGains: gains, licenceAction: 'none' },
      });
      if (fate === 'closed') {
        await c.record(officer, 'execution', days[3], '当事人已在规定期限内缴清罚没款。', { details: { fulfilment: '自动履行', paidAmount: fine + gains } });
        await c.record(officer, 'closed', days[4], '行政处罚决定已执行完毕，案卷材料已归档，予以结案。');
      }
    }
    if (major) {
      const fine = 150_000;
      const gains = 8_600;
      await c.record(officer, 'hearing', days[2], '应当事人申请举行听证。当事人对违法事实无异议，请求从轻处罚；听证主持人建议维持拟处罚意见。', {
        details: { requestedOn: addDays(days[1], daysBetween(days[1], days[2]) > 0 ? 1 : 0) },
      });
      // The decision follows a hearing (行政处罚法 art. 58 ¶1 (2)): 法规处, the province bureau's legal unit, reviews it first.
      c.track(
        await requestLegalReview(
          db,
          officer,
          {
            caseId: c.case.id,
            version: c.case.version,
            proposedFine: fine,
            proposedConfiscation: gains,
            licenceAction: 'revoke',
            proposal: '当事人生产经营不符合食品安全标准的食品，货值金额较大，情节严重。拟没收违法所得和不合格产品，处罚款，吊销食品经营许可证。',
          },
          null,
          at(days[3], '10:00:00'),
        ),
      );
      c.track(await decideLegalReview(db, legal, { caseId: c.case.id, version: c.case.version, approve: true, opinion: '事实清楚，证据确凿，程序合法，适用依据正确，同意拟处罚意见。' }, null, at(days[4], '16:00:00')));
      result.legalReviews++;
      const decisionNo = documentNo(c.case, '罚', days[5]);
      await c.record(officer, 'decision', days[5], '依据《中华人民共和国食品安全法》第一百二十四条，没收违法所得和不合格产品，处罚款，吊销食品经营许可证。', {
        documentNo: decisionNo,
        decision: { fineAmount: fine, confiscatedIllegalGains: gains, confiscatedGoods: `扣押的不合格${d.foodName}及相关原料`, licenceAction: 'revoke' },
      });
      result.severe = { caseId: c.case.id, enterpriseId: d.enterpriseId!, decisionNo, decidedOn: days[5] };
    }
    c.done();
  }

  // --- From an escalation the rules fired, the assigned city bureau files: preferably one whose
  // report says 立案调查 (reported or closed), else one still open. By name after that, as the
  // escalations' ids (and so which one got which state) differ from one demo start to the next.
  const [escalation] = await db
    .select({ id: escalations.id, assignedUnitId: escalations.assignedUnitId, firedAt: escalations.firedAt, countAtFiring: escalations.countAtFiring, name: enterprises.name })
    .from(escalations)
    .innerJoin(enterprises, eq(enterprises.id, escalations.enterpriseId))
    .innerJoin(orgUnits, eq(orgUnits.id, escalations.assignedUnitId))
    .where(and(inArray(escalations.status, ['open', 'reported', 'closed']), inArray(orgUnits.kind, BUREAU_KINDS)))
    .orderBy(sql`${escalations.status} = 'open'`, asc(escalations.firedAt), asc(enterprises.name), asc(escalations.id))
    .limit(1);
  if (escalation) {
    const city = await demoOfficer(db, escalation.assignedUnitId, BUREAU_ROLES);
    // Not before the escalation fired (the demo's escalations fire at seeding time).
    const filedOn = toLocalDate(escalation.firedAt) > today ? today : toLocalDate(escalation.firedAt);
    const c = await file(city, {
      source: 'escalation',
      escalationId: escalation.id,
      partyName: escalation.name,
      title: '同一年度内多批次监督抽检不合格（督办案件）',
      facts: `当事人同一年度内${escalation.countAtFiring}批次产品监督抽检不合格，经省局督办，对其涉嫌生产经营不符合食品安全标准的食品立案调查。`,
      filedOn,
      discoveredOn: filedOn,
    });
    c.done();
  }

  // --- From a 12345 complaint against a restaurant: transferred to public security, receipt in. ---
  const [restaurant] = await db
    .select({ id: enterprises.id, name: enterprises.name, ownerUnitId: enterprises.ownerUnitId })
    .from(enterprises)
    .innerJoin(orgUnits, eq(orgUnits.id, enterprises.ownerUnitId))
    .where(and(eq(enterprises.kind, 'caterer'), inArray(orgUnits.kind, BUREAU_KINDS), sql`${enterprises.creditCode} IS NOT NULL`))
    .orderBy(asc(enterprises.name), asc(enterprises.id))
    .limit(1);
  if (restaurant) {
    const bureau = await demoOfficer(db, restaurant.ownerUnitId!, BUREAU_ROLES);
    const filedOn = addDays(today, -16);
    const c = await file(bureau, {
      source: 'complaint',
      complaintRef: `12345-${filedOn.slice(0, 4)}-03817`,
      enterpriseId: restaurant.id,
      partyName: restaurant.name,
      title: '涉嫌在卤制品中添加罂粟壳',
      facts: '12345热线转来投诉：消费者食用当事人卤制品后出现不适，怀疑添加罂粟壳。执法人员现场检查并抽取卤汤、卤料送检，经批准立案调查。',
      filedOn,
      discoveredOn: addDays(filedOn, -9),
      filingApprovedBy: '分管负责人',
      // The lab's test of the broth and spices (5 days) is not counted in the 立案 period.
      filingPauses: [{ kind: 'testing', from: addDays(filedOn, -7), to: addDays(filedOn, -3), reason: '卤汤、卤料送检' }],
    });
    const [investigated, transferred, received] = spread(filedOn, today, 3);
    await c.record(bureau, 'investigation', investigated, '调查终结：送检卤汤、卤料检出吗啡、可待因、罂粟碱，当事人承认在卤料中添加罂粟壳。');
    c.track(
      await transferCase(
        db,
        bureau,
        {
          caseId: c.case.id,
          version: c.case.version,
          transferredOn: transferred,
          organ: await policeOf(db, restaurant.ownerUnitId!),
          documentNo: documentNo(c.case, '移', transferred),
          reason: '当事人在经营的卤制品中添加罂粟壳，涉嫌生产、销售有毒、有害食品罪（《中华人民共和国刑法》第一百四十四条），依据《中华人民共和国食品安全法》第一百二十一条移送公安机关。',
        },
        null,
        at(transferred, '11:00:00'),
      ),
    );
    c.track(await recordTransferReceipt(db, bureau, { caseId: c.case.id, version: c.case.version, receiptOn: received, receiptNo: `GA-${received.slice(0, 4)}-0417` }, null, at(received, '14:00:00')));
    result.transfers++;
    c.done();
  }
  return result;
}

/** The public security organ a bureau transfers to: 成都市公安局武侯区分局, 宜宾市公安局, 泸定县公安局. */
async function policeOf(db: Db, unitId: string): Promise<string> {
  const [unit] = await db.select({ shortName: orgUnits.shortName, name: orgUnits.name, kind: orgUnits.kind, parentId: orgUnits.parentId }).from(orgUnits).where(eq(orgUnits.id, unitId));
  const short = unit.shortName ?? unit.name;
  if (unit.kind !== 'county_bureau' || !short.endsWith('区') || !unit.parentId) return `${short}公安局`;
  const [city] = await db.select({ shortName: orgUnits.shortName, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, unit.parentId));
  return `${city.shortName ?? city.name}公安局${short}分局`;
}
