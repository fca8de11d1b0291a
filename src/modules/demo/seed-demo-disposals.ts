import { createHash } from 'node:crypto';
import { and, asc, desc, eq, inArray, notExists, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assistRequests, disposals, samples } from '../../db/schema/index.js';
import { addDays } from '../../domain/deadlines/calendar.js';
import { localDateTime, toLocalDate } from '../../domain/time.js';
import { systemActor, type SessionUser } from '../access/actor.js';
import { syncDisposals } from '../disposals/sync-disposals.js';
import { recordStep } from '../disposals/record-step.js';
import { requestClosing } from '../disposals/request-closing.js';
import { decideClosing } from '../disposals/decide-closing.js';
import { extendDisposal } from '../disposals/extend-disposal.js';
import { replyAssistRequest } from '../disposals/reply-assist-request.js';
import { closeAssistRequest } from '../disposals/close-assist-request.js';
import { demoOfficer } from './demo-officer.js';

/** How far each demo disposal has got: derived from its id, so re-seeding is stable. */
/** How many of the newest disposals are spread over the states in progress. */
const RECENT = 40;

type Fate = 'untouched' | 'notified' | 'halfway' | 'awaitingApproval' | 'extended' | 'closed' | 'voided';

/**
 * The newest disposals spread over every state; older ones are closed, except some of the past
 * year's, left untouched so the ledger shows overdue work.
 */
function fateOf(id: string, rank: number, ageDays: number): Fate {
  if (rank >= RECENT) return ageDays < 365 && rank % 10 === 0 ? 'untouched' : 'closed';
  const roll = createHash('sha1').update(id).digest()[0] / 256;
  if (roll < 0.15) return 'untouched';
  if (roll < 0.3) return 'notified';
  if (roll < 0.55) return 'halfway';
  if (roll < 0.65) return 'awaitingApproval';
  if (roll < 0.75) return 'extended';
  if (roll < 0.8) return 'voided';
  return 'closed';
}

const stepFacts: Record<string, { text: string; details: Record<string, unknown> }> = {
  notice: { text: '已向被抽样单位及标称生产企业送达检验报告和检验结果通知书', details: { deliveredTo: '被抽样单位', method: '直接送达' } },
  riskControl: { text: '责令下架并封存同批次产品，通知标称生产企业召回', details: { measures: ['下架', '封存', '召回'], sealedQuantity: 36, quantityUnit: 'kg', recallLevel: '三级' } },
  causeInvestigation: { text: '经查，系进货查验不严所致', details: { cause: '未严格落实进货查验记录制度，供货方产品农药残留超标' } },
  rectification: { text: '企业已建立进货查验台账并对从业人员开展培训，复查合格', details: { measures: '建立进货查验台账、更换供货商、开展培训', verified: true } },
  penalty: { text: '已立案调查并作出行政处罚决定', details: { caseNo: '市监罚〔2026〕演示号', amount: 5000 } },
  disclosure: { text: '处置结果已在本局门户网站公开', details: { channel: '市场监督管理局门户网站' } },
};

/**
 * A disposal closes only with its 协查 settled: the bureau asked replies; a letter to another
 * province that got no answer is closed by the owner with the reason.
 */
async function settleAssists(db: Db, disposalId: string, owner: SessionUser, on: string) {
  const open = await db.select().from(assistRequests).where(and(eq(assistRequests.disposalId, disposalId), eq(assistRequests.status, 'requested')));
  for (const a of open) {
    if (a.toUnitId) {
      const asked = await demoOfficer(db, a.toUnitId, ['bureau_officer']);
      await replyAssistRequest(db, asked, a.id, { version: a.version, reply: `经${on}现场核查，${a.producerName}涉事批次产品已停止销售并召回，企业已开展原因排查，整改情况良好。` }, null);
    } else {
      await closeAssistRequest(db, owner, a.id, { version: a.version, reason: `已向${a.outsideProvince ?? '省外'}市场监管部门发函协查，逾期未获复函，经查企业已对涉事批次实施召回` }, null);
    }
  }
}

/**
 * Demo mode: every unqualified synthetic sample gets its disposal, opened at the time its result
 * would have arrived, and worked on by the real use cases to a spread of states — new, notified,
 * half-way, awaiting approval, extended, overdue (old and untouched), voided by a retest, closed.
 */
export async function seedDemoDisposals(db: Db, now = new Date()): Promise<Record<Fate, number>> {
  const failed = await db
    .select({ id: samples.id, samplingDate: samples.samplingDate })
    .from(samples)
    .where(and(inArray(samples.conclusion, ['unqualified', 'issue']), notExists(db.select({ one: sql`1` }).from(disposals).where(eq(disposals.sampleId, samples.id)))))
    .orderBy(asc(samples.samplingDate));
  const byDay = new Map<string, string[]>();
  const receivedOn = new Map<string, string>();
  const today = toLocalDate(now);
  for (const [i, s] of failed.entries()) {
    // The unqualified result reaches the bureau about three weeks after sampling; the newest
    // results arrived over the last weeks, so the demo shows work in every stage right now.
    const newest = failed.length - 1 - i;
    // Every eighth of them arrived over three months ago, so the untouched or half-done ones are overdue.
    const recentDay = newest % 8 === 7 ? -(95 + newest) : -(newest * 2 + 1);
    const opened = newest < RECENT ? addDays(today, recentDay) : addDays(s.samplingDate, 21);
    if (opened > today) continue;
    byDay.set(opened, [...(byDay.get(opened) ?? []), s.id]);
    // The periods count from the day the bureau received the conclusion; every fifth result was
    // entered here three days after that, so the demo shows 导入时间晚于检验结论.
    const received = addDays(opened, newest % 5 === 4 ? -3 : 0);
    receivedOn.set(s.id, received < s.samplingDate ? s.samplingDate : received);
  }
  for (const [day, ids] of byDay) {
    await db.transaction(async (tx) => {
      for (const on of new Set(ids.map((id) => receivedOn.get(id)!))) {
        await tx.update(samples).set({ conclusionReceivedOn: on }).where(inArray(samples.id, ids.filter((id) => receivedOn.get(id) === on)));
      }
      await syncDisposals(tx, systemActor, ids, '', localDateTime(day, '10:00:00'));
    });
  }

  const counts: Record<Fate, number> = { untouched: 0, notified: 0, halfway: 0, awaitingApproval: 0, extended: 0, closed: 0, voided: 0 };
  const opened = await db.select().from(disposals).where(eq(disposals.status, 'open')).orderBy(desc(disposals.openedAt));
  for (const [rank, d] of opened.entries()) {
    const ageDays = (now.getTime() - d.openedAt.getTime()) / 86_400_000;
    const fate = fateOf(d.id, rank, ageDays);
    counts[fate]++;
    if (fate === 'untouched') continue;
    if (fate === 'voided') {
      await db.transaction(async (tx) => {
        await tx.update(samples).set({ conclusion: 'qualified', reviewReasons: ['复检结论推翻原检验结论（演示数据）'] }).where(eq(samples.id, d.sampleId));
        await syncDisposals(tx, systemActor, [d.sampleId], '复检机构出具合格结论，推翻原检验结论（演示数据）', now);
      });
      continue;
    }
    const officer = await demoOfficer(db, d.ownerUnitId, ['bureau_officer', 'leader']);
    let version = d.version;
    const done = (day: number) => toLocalDate(new Date(Math.min(now.getTime(), d.openedAt.getTime() + day * 86_400_000)));
    const kinds = d.kind === 'monitoring' ? ['notice', 'enterpriseReport'] : ['notice', 'riskControl', 'causeInvestigation', 'rectification', 'penalty', 'disclosure'];
    const upTo = { notified: 1, halfway: 3, extended: 3, awaitingApproval: kinds.length, closed: kinds.length }[fate];
    for (const [i, kind] of kinds.slice(0, upTo).entries()) {
      const facts = stepFacts[kind] ?? { text: '企业已提交自查报告，已停止销售并召回', details: { summary: '企业已完成自查整改并提交报告' } };
      version = (await recordStep(db, officer, { disposalId: d.id, kind, version, doneOn: done(3 + i * 7), ...facts }, null)).version;
    }
    if (fate === 'extended') {
      await extendDisposal(db, officer, d.id, { version, days: 30, reason: '标称生产企业在省外，协查尚未回复', approvedBy: '局长' }, null);
    }
    if (fate === 'awaitingApproval' || fate === 'closed') {
      await settleAssists(db, d.id, officer, done(10));
      version = (await requestClosing(db, officer, d.id, version, null)).version;
      if (fate === 'closed') await decideClosing(db, officer, d.id, { version, approve: true }, null);
    }
  }
  return counts;
}
