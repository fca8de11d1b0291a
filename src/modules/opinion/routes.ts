import { z } from 'zod';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { isoDate, isoDateOrTime } from '../../http/dates.js';
import { opinionCreated, opinionEventDetail, opinionEventPage, opinionWatchDetail } from '../../contracts/opinion.js';
import { isWebLink, opinionLevels, opinionSources, responseKinds } from '../../domain/opinion/opinion-rules.js';
import { closeEvent, reopenEvent } from './close-event.js';
import { getEvent, listEvents } from './get-event.js';
import { linkComplaints } from './link-complaints.js';
import { completeWatch, getWatch, openEventFromWatch, recordWatchEntry } from './opinion-watch.js';
import { publishRebuttal } from './publish-rebuttal.js';
import { recordEvent } from './record-event.js';
import { addResponse, recordOutcome } from './respond.js';
import { updateEvent } from './update-event.js';

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const text = (max: number, message: string) => z.string(message).trim().min(1, message).max(max, `不能超过${max}个字`);
const uuid = z.uuid('编号格式不正确');
const version = z.number('缺少版本号').int().min(1);
const responseParams = z.object({ id: uuid, responseId: uuid });

/** Complaints by tracking number (查询编号) or 12345 work-order number. */
const complaintNos = z.array(z.string().trim().min(1, '编号不能为空').max(64, '编号过长')).max(200, '最多关联200件投诉举报');

/** The fields of an event, as the form and the API send them. */
const eventFields = z.object({
  title: text(200, '请填写事件名称'),
  source: z.enum(keys(opinionSources), '请选择来源'),
  sourceNote: z.string().trim().max(200, '不能超过200个字').nullish(),
  firstSeenAt: isoDateOrTime('请填写首次发现时间'),
  summary: text(5000, '请填写事件概要'),
  links: z.array(z.string().trim().max(2000, '链接过长').refine(isWebLink, '链接应为以 http:// 或 https:// 开头的网址')).max(20, '最多20个链接').optional(),
  level: z.enum(keys(opinionLevels), '请选择级别'),
  ownerUnitId: uuid.optional(),
  regionUnitId: uuid.nullish(),
  enterpriseIds: z.array(uuid).max(50, '最多关联50家企业').optional(),
  sampleNos: z.array(z.string().trim().min(1).max(64)).max(100, '最多关联100个样品').optional(),
  publicationIds: z.array(uuid).max(20, '最多关联20期信息公布').optional(),
  complaintNos: complaintNos.optional(),
});

export function registerOpinionRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/opinion-events',
    summary: '舆情事件台账（按级别、状态、来源筛选；notable=1 只列较大、重大）',
    tags: ['opinion'],
    permission: 'opinion.read',
    query: pageQuery.extend({
      level: z.enum(keys(opinionLevels)).optional(),
      status: z.enum(['open', 'closed']).optional(),
      source: z.enum(keys(opinionSources)).optional(),
      q: z.string().trim().max(100).optional(),
      notable: z.enum(['1', 'true']).optional(),
    }),
    reply: opinionEventPage,
    handler: async ({ user, query }) => listEvents(db, user, { ...query, notable: Boolean(query.notable) }, toPage(query)),
  });
  route(api, {
    method: 'POST',
    url: '/api/opinion-events',
    summary: '登记舆情事件（宣传和档案中心、新闻宣传处）；较大、重大事件即时通知领导小组成员单位和协调处 → 201 { id }',
    tags: ['opinion'],
    permission: 'opinion.record',
    body: eventFields,
    reply: opinionCreated,
    handler: async ({ user, body, ip, reply }) => {
      const row = await recordEvent(db, user, body, ip);
      reply.status(201);
      return { id: row.id };
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/opinion-events/:id',
    summary: '舆情事件详情：关联企业、样品、信息公布，回应措施，可执行操作，处理记录',
    tags: ['opinion'],
    permission: 'opinion.read',
    params: idParams,
    reply: opinionEventDetail,
    handler: async ({ user, params }) => getEvent(db, user, params.id),
  });
  route(api, {
    method: 'PATCH',
    url: '/api/opinion-events/:id',
    summary: '修改舆情事件（处置中）；升为较大、重大时即时通知',
    tags: ['opinion'],
    permission: 'opinion.record',
    params: idParams,
    body: eventFields.partial().extend({ version }),
    reply: opinionEventDetail,
    handler: async ({ user, params, body, ip }) => {
      await updateEvent(db, user, params.id, body, ip);
      return getEvent(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/opinion-events/:id/complaints',
    summary: '关联投诉举报（按查询编号或12345工单号，只增不减）：涉及地区的市县局、协调处关联本单位可查看的投诉举报，如12345集中反映的转办件',
    tags: ['opinion'],
    permission: 'opinion.read',
    params: idParams,
    body: z.object({ version, complaintNos: complaintNos.min(1, '请填写至少一个编号') }),
    reply: opinionEventDetail,
    handler: async ({ user, params, body, ip }) => {
      await linkComplaints(db, user, params.id, body, ip);
      return getEvent(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/opinion-events/:id/responses',
    summary: '登记回应措施：发布声明、专家解读、标准解读（关联解读库）、网络课堂、辟谣、其他',
    tags: ['opinion'],
    permission: 'opinion.record',
    params: idParams,
    body: z.object({
      kind: z.enum(keys(responseKinds), '请选择回应方式'),
      title: text(200, '请填写标题'),
      detail: z.string().trim().max(10_000, '不能超过10000个字').nullish(),
      actedOn: isoDate('请填写日期'),
      explainerId: uuid.nullish(),
      outcome: z.string().trim().max(2000, '不能超过2000个字').nullish(),
    }),
    reply: opinionEventDetail,
    handler: async ({ user, params, body, ip }) => {
      await addResponse(db, user, params.id, body, ip);
      return getEvent(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/opinion-events/:id/responses/:responseId/outcome',
    summary: '登记回应措施的效果',
    tags: ['opinion'],
    permission: 'opinion.record',
    params: responseParams,
    body: z.object({ outcome: text(2000, '请填写效果') }),
    reply: opinionEventDetail,
    handler: async ({ user, params, body, ip }) => {
      await recordOutcome(db, user, params.id, params.responseId, body.outcome, ip);
      return getEvent(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/opinion-events/:id/responses/:responseId/publish',
    summary: '辟谣信息作为消费提示提交会审（抽检监测处、新闻宣传处会审通过后由起草单位公布到公众门户）',
    tags: ['opinion'],
    permission: 'opinion.record',
    params: responseParams,
    body: z.object({}).optional(),
    reply: opinionEventDetail,
    handler: async ({ user, params, ip }) => {
      await publishRebuttal(db, user, params.id, params.responseId, ip);
      return getEvent(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/opinion-events/:id/close',
    summary: '舆情事件办结（须填写办结小结）',
    tags: ['opinion'],
    permission: 'opinion.record',
    params: idParams,
    body: z.object({ version, closingSummary: text(5000, '请填写办结小结') }),
    reply: opinionEventDetail,
    handler: async ({ user, params, body, ip }) => {
      await closeEvent(db, user, params.id, body, ip);
      return getEvent(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/opinion-events/:id/reopen',
    summary: '重新打开已办结的舆情事件（须说明理由）',
    tags: ['opinion'],
    permission: 'opinion.record',
    params: idParams,
    body: z.object({ version, reason: text(2000, '请说明重新打开的理由') }),
    reply: opinionEventDetail,
    handler: async ({ user, params, body, ip }) => {
      await reopenEvent(db, user, params.id, body, ip);
      return getEvent(db, user, params.id);
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/opinion-watches/:id',
    summary: '信息发布后舆情监测（待办编号）：公布的信息、监测日期、每日登记情况、可执行操作',
    tags: ['opinion'],
    permission: 'workItem.read',
    params: idParams,
    reply: opinionWatchDetail,
    handler: async ({ user, params }) => getWatch(db, user, params.id),
  });
  route(api, {
    method: 'POST',
    url: '/api/opinion-watches/:id/entries',
    summary: '登记一天的舆情监测情况：未发现舆情（none），或有关注但未构成舆情事件（observed，须说明）',
    tags: ['opinion'],
    permission: 'opinion.record',
    params: idParams,
    body: z.object({ day: isoDate('请选择监测日期'), finding: z.enum(['none', 'observed'], '请选择监测情况'), note: z.string().trim().max(2000, '不能超过2000个字').nullish() }),
    reply: opinionWatchDetail,
    handler: async ({ user, params, body, ip }) => {
      await recordWatchEntry(db, user, params.id, body, ip);
      return getWatch(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/opinion-watches/:id/events',
    summary: '从舆情监测登记舆情事件（自动关联所监测的信息公布）→ 201 { id }',
    tags: ['opinion'],
    permission: 'opinion.record',
    params: idParams,
    body: eventFields.extend({ day: isoDate('请选择发现日期') }),
    reply: opinionCreated,
    handler: async ({ user, params, body, ip, reply }) => {
      const row = await openEventFromWatch(db, user, params.id, body, ip);
      reply.status(201);
      return { id: row.id };
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/opinion-watches/:id/complete',
    summary: '办结舆情监测（至少登记一天的监测情况）',
    tags: ['opinion'],
    permission: 'opinion.record',
    params: idParams,
    body: z.object({ version }),
    reply: opinionWatchDetail,
    handler: async ({ user, params, body, ip }) => {
      await completeWatch(db, user, params.id, body, ip);
      return getWatch(db, user, params.id);
    },
  });
}
