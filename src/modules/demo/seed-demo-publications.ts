import { and, desc, eq, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { samples } from '../../db/schema/index.js';
import { toLocalDate } from '../../domain/time.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { createPublication } from '../publication/create-publication.js';
import { publishPublication } from '../publication/publish-publication.js';
import { approvePublication } from '../publication/review-publication.js';
import { demoOfficer } from './demo-officer.js';

const DAY = 86_400_000;

async function newest(db: Db, conclusion: string, limit: number, skip: string[] = []) {
  const rows = await db
    .select({ id: samples.id })
    .from(samples)
    .where(and(eq(samples.conclusion, conclusion), eq(samples.samplingType, 'supervisory'), skip.length ? notInArray(samples.id, skip) : sql`true`, sql`NOT EXISTS (SELECT 1 FROM objections o WHERE o.sample_id = ${samples.id})`))
    // Failed samples whose disposal is closed first: the published batch then shows its 核查处置情况.
    .orderBy(desc(sql`EXISTS (SELECT 1 FROM disposals d WHERE d.sample_id = ${samples.id} AND d.status = 'closed')`), desc(samples.samplingDate), samples.sampleNo)
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * Demo mode: a published announcement (failed and passed samples, with their explainers on the
 * portal), a second one half-way through co-review, and a published consumer warning, all made
 * by the real use cases as 抽检监测处 and 新闻宣传处.
 */
export async function seedDemoPublications(db: Db, now = new Date()) {
  const sampling = await demoOfficer(db, unitIdForSlug('sampling'), ['division_officer']);
  const news = await demoOfficer(db, unitIdForSlug('news'), ['division_officer', 'news_reviewer']);
  const failed = await newest(db, 'unqualified', 16);
  const passed = await newest(db, 'qualified', 40);
  if (failed.length === 0) return { publications: 0 };
  const year = toLocalDate(now).slice(0, 4);
  const first = failed.slice(0, 10);
  const published = await createPublication(db, sampling, { title: `四川省市场监督管理局关于${year}年第1期食品安全监督抽检信息的公告`, sampleIds: [...first, ...passed.slice(0, 30)], noticeNo: `川市监公告〔${year}〕1号` }, null);
  await approvePublication(db, sampling, published.id, { comment: '样品信息、检验结论已核对' }, null);
  await approvePublication(db, news, published.id, { comment: '同意公布' }, null);
  await publishPublication(db, sampling, published.id, {}, null, new Date(now.getTime() - 3 * DAY));

  const warning = await createPublication(
    db,
    sampling,
    {
      kind: 'warning',
      title: '关于选购糕点、蔬菜等食品的消费提示',
      body: '近期抽检发现部分食品存在防腐剂超限量使用、农药残留超标等问题。\n消费者选购糕点等预包装食品时，请查看标签标识，选择正规渠道销售的产品；蔬菜食用前请充分浸泡、清洗。\n发现问题食品可拨打12315投诉举报。',
      tags: ['糕点', '蔬菜', '农药残留'],
      sampleIds: first.slice(0, 4),
    },
    null,
  );
  await approvePublication(db, sampling, warning.id, {}, null);
  await approvePublication(db, news, warning.id, {}, null);
  await publishPublication(db, sampling, warning.id, {}, null, new Date(now.getTime() - 2 * DAY));

  // The next batch is with 新闻宣传处: 抽检监测处 has approved.
  const pending = await createPublication(db, sampling, { title: `四川省市场监督管理局关于${year}年第2期食品安全监督抽检信息的公告`, sampleIds: [...failed.slice(10), ...passed.slice(30)], noticeNo: `川市监公告〔${year}〕2号` }, null);
  await approvePublication(db, sampling, pending.id, {}, null);
  return { publications: 3 };
}
