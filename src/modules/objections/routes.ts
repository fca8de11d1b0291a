import { z } from 'zod';
import { isoDate } from '../../http/dates.js';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { objectionGrounds } from '../../domain/objections/application.js';
import { applyObjection } from './apply-objection.js';
import { applyRetest } from './apply-retest.js';
import { concludeApplication } from './conclude-application.js';
import { decideApplication } from './decide-application.js';
import { getApplication, listApplications, listSampleApplications } from './list-objections.js';
import { application as applicationReply, applicationDetail, applicationPage, concludedApplication, retestLabList, sampleApplications } from '../../contracts/objections.js';
import { listRetestLabs } from './list-retest-labs.js';

const date = isoDate();
const version = z.number().int().min(1);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const application = z.object({
  applicant: z.string().trim().min(1, '请填写申请人').max(200),
  /** Date the enterprise received the result; for a sampling-process objection, the date sampling ended. */
  windowStartOn: date,
  appliedOn: date,
  content: z.string().trim().min(2, '请填写申请内容').max(5000),
});

const retestItem = z.object({
  itemName: z.string().trim().min(1, '请填写检验项目').max(100),
  resultText: z.string().trim().min(1, '请填写检验结果').max(64),
  unit: optionalText(32),
  limitText: optionalText(64),
  standard: optionalText(64),
});

export function registerObjectionRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/retest-labs',
    summary: '复检机构名录：{ items: [{ id, name, scope, active }] }',
    tags: ['objections'],
    permission: 'sample.read',
    reply: retestLabList,
    handler: async () => listRetestLabs(db),
  });
  route(api, {
    method: 'POST',
    url: '/api/samples/:id/objections',
    summary: '登记异议（抽样过程自抽样结束、其他自收到检验结论起7个工作日内；逾期的登记并当即不予受理）',
    tags: ['objections'],
    permission: 'objection.write',
    params: idParams,
    body: application.extend({ ground: z.enum(objectionGrounds, '请选择异议类型') }),
    reply: applicationReply,
    handler: async ({ user, params, body, ip, reply }) => {
      reply.status(201);
      return applyObjection(db, user, { sampleId: params.id, ...body }, ip);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/samples/:id/retests',
    summary: '登记复检申请（微生物指标不合格、备份样品过期、逾期申请的，登记并当即不予受理）',
    tags: ['objections'],
    permission: 'objection.write',
    params: idParams,
    body: application.extend({ backupSampleExpired: z.boolean('请说明备份样品是否已过保质期') }),
    reply: applicationReply,
    handler: async ({ user, params, body, ip, reply }) => {
      reply.status(201);
      return applyRetest(db, user, { sampleId: params.id, ...body }, ip);
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/samples/:id/objections',
    summary: '样品的异议、复检申请（按登记先后）',
    tags: ['objections'],
    permission: 'sample.read',
    params: idParams,
    reply: sampleApplications,
    handler: async ({ user, params }) => listSampleApplications(db, user, params.id),
  });
  route(api, {
    method: 'GET',
    url: '/api/objections',
    summary: '异议、复检列表（办理中且逾期的在前）：{ items, total }',
    tags: ['objections'],
    permission: 'sample.read',
    query: pageQuery.extend({
      status: z.enum(['pending', 'accepted', 'rejected', 'concluded']).optional(),
      kind: z.enum(['objection', 'retest']).optional(),
      sampleNo: z.string().trim().max(64).optional(),
      overdue: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
    }),
    reply: applicationPage,
    handler: async ({ user, query }) => listApplications(db, user, query, toPage(query)),
  });
  route(api, {
    method: 'GET',
    url: '/api/objections/:id',
    summary: '异议、复检详情：随机抽取复检机构的记录、历史、可执行操作',
    tags: ['objections'],
    permission: 'sample.read',
    params: idParams,
    reply: applicationDetail,
    handler: async ({ user, params }) => getApplication(db, user, params.id),
  });
  route(api, {
    method: 'POST',
    url: '/api/objections/:id/decision',
    summary: '受理或不予受理（须填理由）；受理复检时从复检机构名录随机抽取复检机构（排除初检机构）并记录',
    tags: ['objections'],
    permission: 'objection.write',
    params: idParams,
    body: z.object({ version, accept: z.boolean(), reason: optionalText(2000) }),
    reply: applicationReply,
    handler: async ({ user, params, body, ip }) => decideApplication(db, user, params.id, body, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/objections/:id/conclusion',
    summary: '登记结论（最终结论，不能再更改）；推翻原检验结论的，样品结论改为合格并撤销核查处置',
    tags: ['objections'],
    permission: 'objection.write',
    params: idParams,
    body: z.object({
      version,
      outcome: z.enum(['upheld', 'overturned'], '请选择结论'),
      outcomeText: z.string().max(5000),
      items: z.array(retestItem).max(200).optional(),
    }),
    reply: concludedApplication,
    handler: async ({ user, params, body, ip }) => concludeApplication(db, user, params.id, body, ip),
  });
}
