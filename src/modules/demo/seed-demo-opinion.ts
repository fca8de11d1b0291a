import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { complaints, explainers, publicationSamples, publications, samples, workItems } from '../../db/schema/index.js';
import { toLocalDate } from '../../domain/time.js';
import { closeEvent } from '../opinion/close-event.js';
import { linkComplaints } from '../opinion/link-complaints.js';
import { completeWatch, openEventFromWatch, recordWatchEntry, watchDays } from '../opinion/opinion-watch.js';
import { publishRebuttal } from '../opinion/publish-rebuttal.js';
import { recordEvent } from '../opinion/record-event.js';
import { addResponse } from '../opinion/respond.js';
import { unitIdForRegion, unitIdForSlug } from '../org/seed-organisation.js';
import { publishPublication } from '../publication/publish-publication.js';
import { approvePublication } from '../publication/review-publication.js';
import { demoOfficer } from './demo-officer.js';

const DAY = 86_400_000;

/**
 * Demo mode (issue 14 §2), by the opinion module's own use cases: 宣传和档案中心 records the days of
 * the published announcement's opinion watch (未发现舆情, an observation), opens a 较大 event from
 * it — which tells the leading group and 协调处 — answers it with a statement and a rumour
 * response that 抽检监测处 and 新闻宣传处 co-review and that is published on the portal, and
 * completes the watch; 新闻宣传处 records a 一般 event in 成都 answered by a standard explainer, to which
 * 成都市局 adds a complaint of 成都 it concerns; the event is closed.
 */
export async function seedDemoOpinion(db: Db, now = new Date()) {
  const publicity = await demoOfficer(db, unitIdForSlug('publicity-archives'), ['division_officer']);
  const news = await demoOfficer(db, unitIdForSlug('news'), ['division_officer', 'news_reviewer']);
  const sampling = await demoOfficer(db, unitIdForSlug('sampling'), ['division_officer']);
  const [watch] = await db
    .select({ id: workItems.id, version: workItems.version, dueAt: workItems.dueAt, publicationId: publications.id, publishAt: publications.publishAt })
    .from(workItems)
    .innerJoin(publications, sql`${publications.id}::text = ${workItems.subjectId}`)
    .where(and(eq(workItems.kind, 'opinion_watch'), eq(workItems.status, 'open'), eq(publications.kind, 'announcement')))
    .orderBy(asc(publications.publishAt))
    .limit(1);
  if (!watch) return { events: 0 };
  const days = watchDays(watch.publishAt!, watch.dueAt, now);
  const [failed] = await db
    .select({ sampleNo: samples.sampleNo, foodName: samples.foodName, enterpriseId: samples.sampledPartyId })
    .from(publicationSamples)
    .innerJoin(samples, eq(samples.id, publicationSamples.sampleId))
    .where(and(eq(publicationSamples.publicationId, watch.publicationId), eq(samples.conclusion, 'unqualified'), eq(publicationSamples.heldBack, false)))
    .orderBy(samples.sampleNo)
    .limit(1);

  // The watch: the first days quiet, then attention, then an event.
  for (const day of days.slice(0, -2)) await recordWatchEntry(db, publicity, watch.id, { day, finding: 'none' }, null, now);
  if (days.length > 1) await recordWatchEntry(db, publicity, watch.id, { day: days.at(-2)!, finding: 'observed', note: '个别自媒体转发公告，评论以询问购买渠道为主，未见发酵。' }, null, now);
  const food = failed?.foodName ?? '糕点';
  const major = await openEventFromWatch(
    db,
    publicity,
    watch.id,
    {
      day: days.at(-1)!,
      title: `网传“吃了抽检不合格${food}会中毒住院”`,
      source: 'social',
      sourceNote: '微博、抖音',
      firstSeenAt: new Date(now.getTime() - 6 * 3_600_000),
      summary: `抽检信息公告发布后，社交平台出现“吃了不合格${food}会中毒住院”的说法，配图为与本次抽检无关的旧新闻，6小时内转发逾3000次。`,
      links: ['https://weibo.com/demo/opinion-1', 'https://www.douyin.com/video/demo-1'],
      level: 'significant',
      sampleNos: failed ? [failed.sampleNo] : [],
      enterpriseIds: failed?.enterpriseId ? [failed.enterpriseId] : [],
    },
    null,
    now,
  );
  const today = toLocalDate(now);
  await addResponse(db, publicity, major.id, { kind: 'statement', title: '省局官方微博发布情况说明', detail: '说明抽检不合格项目、核查处置进展及购买渠道。', actedOn: today, outcome: '转发量回落，评论趋于理性' }, null);
  const withRebuttal = await addResponse(
    db,
    publicity,
    major.id,
    {
      kind: 'rebuttal',
      title: `食用抽检不合格${food}“会中毒住院”的说法不实`,
      detail: `近日网传“吃了抽检不合格${food}会中毒住院”。经核实，本次抽检不合格项目为食品添加剂超限量使用，偶尔少量食用一般不会引起急性中毒；网传配图为与本次抽检无关的旧新闻。\n已要求相关企业下架、召回不合格产品，消费者可通过12315反映问题。`,
      actedOn: today,
    },
    null,
  );
  const publication = await publishRebuttal(db, publicity, major.id, withRebuttal.id, null);
  await approvePublication(db, sampling, publication.id, { comment: '涉及的抽检结论已核对' }, null);
  await approvePublication(db, news, publication.id, { comment: '同意发布' }, null);
  await publishPublication(db, publicity, publication.id, {}, null, now);
  const [watchNow] = await db.select({ version: workItems.version }).from(workItems).where(eq(workItems.id, watch.id));
  await completeWatch(db, publicity, watch.id, { version: watchNow.version }, null);

  const [explainer] = await db.select({ id: explainers.id, itemName: explainers.itemName }).from(explainers).orderBy(explainers.itemName).limit(1);
  const local = await recordEvent(
    db,
    news,
    {
      title: '媒体报道成都某农贸市场蔬菜农药残留问题',
      source: 'media',
      sourceNote: '某都市报',
      firstSeenAt: new Date(now.getTime() - 5 * DAY),
      summary: '媒体报道市民反映某农贸市场蔬菜“农残超标”，引发本地关注。',
      links: ['https://news.example.cn/chengdu/demo-2'],
      level: 'general',
      regionUnitId: unitIdForRegion('510100'),
    },
    null,
  );
  if (explainer) {
    await addResponse(db, news, local.id, { kind: 'explainer', title: `${explainer.itemName}标准解读`, actedOn: toLocalDate(new Date(now.getTime() - 4 * DAY)), explainerId: explainer.id, outcome: '本地媒体转载解读，关注度下降' }, null);
  }
  // The report echoes complaints to the hotline: the area's bureau, 成都市局, cites the demo's earliest one in 成都.
  const [complaint] = await db
    .select({ trackingNo: complaints.trackingNo })
    .from(complaints)
    .where(like(complaints.regionCode, '5101%'))
    .orderBy(asc(complaints.createdAt), asc(complaints.trackingNo))
    .limit(1);
  const chengdu = await demoOfficer(db, unitIdForRegion('510100'), ['bureau_officer']);
  const linked = complaint ? await linkComplaints(db, chengdu, local.id, { version: local.version, complaintNos: [complaint.trackingNo] }, null) : local;
  await closeEvent(db, news, local.id, { version: linked.version, closingSummary: '经成都市局核查并发布标准解读，舆情平息。' }, null, now);
  return { events: 2, watchDays: days.length };
}
