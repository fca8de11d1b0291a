import { z } from 'zod';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { isoDateOrTime } from '../../http/dates.js';
import { acknowledgeUrgentReport } from './acknowledge-urgent-report.js';
import { closeUrgentReport } from './close-urgent-report.js';
import { fileHandlingReport } from './file-handling-report.js';
import { getUrgentReport } from './get-urgent-report.js';
import { listUrgentReports } from './list-urgent-reports.js';
import { raiseUrgentReport } from './raise-urgent-report.js';
import { returnUrgentReport } from './return-urgent-report.js';
import { urgentDetail, urgentPage } from '../../contracts/urgent-reports.js';

const version = z.number().int().min(1);
const text = (max: number, required?: string) => z.string(required).trim().max(max);
const HAZARD = '请说明发现的问题及可能对身体健康造成的严重危害';

export const raiseUrgentBody = z.object({
  sampleId: z.uuid('样品编号格式不正确').optional(),
  /** When the lab found the result (the 24 hours run from it); default: now. */
  foundAt: isoDateOrTime('发现时间应为带时区的 ISO 时间').optional(),
  title: text(200).optional(),
  hazard: text(5000, HAZARD).min(1, HAZARD),
  foodName: text(200).optional(),
  enterpriseName: text(200).optional(),
  link: z.enum(['production', 'distribution', 'catering', 'online'], '请选择环节').optional(),
  regionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字').optional(),
});

export function registerUrgentReportRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/urgent-reports',
    summary: '24小时限时报告列表（待处置优先，按时限）：{ items: [{ id, title, foodName, enterpriseName, link, regionCode, ownerUnitId, ownerUnitName, status, raisedAt, dueAt, overdue, remainingMs, recipients }], total }',
    tags: ['urgent-reports'],
    permission: 'urgent.handle',
    query: pageQuery.extend({
      status: z.enum(['open', 'handled', 'closed']).optional(),
      overdue: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
    }),
    reply: urgentPage,
    handler: async ({ user, query }) => listUrgentReports(db, user, query, toPage(query)),
  });
  route(api, {
    method: 'GET',
    url: '/api/urgent-reports/:id',
    summary: '24小时限时报告详情：危害、处置情况、接收单位签收、历史、可执行操作',
    tags: ['urgent-reports'],
    permission: 'urgent.handle',
    params: idParams,
    reply: urgentDetail,
    handler: async ({ user, params }) => getUrgentReport(db, user, params.id),
  });
  route(api, {
    method: 'POST',
    url: '/api/urgent-reports',
    summary: '发起24小时限时报告（检验机构、抽检监测处）：按样品（sampleId）或手工填写食品、企业、环节、地区',
    tags: ['urgent-reports'],
    permission: 'urgent.raise',
    body: raiseUrgentBody,
    reply: urgentDetail,
    handler: async ({ user, body, ip, reply }) => {
      const report = await raiseUrgentReport(db, user, body, ip);
      reply.status(201);
      return getUrgentReport(db, user, report.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/urgent-reports/:id/acknowledge',
    summary: '接收单位签收24小时限时报告（每个单位一次）',
    tags: ['urgent-reports'],
    permission: 'urgent.handle',
    params: idParams,
    reply: urgentDetail,
    handler: async ({ user, params, ip }) => {
      await acknowledgeUrgentReport(db, user, params.id, ip);
      return getUrgentReport(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/urgent-reports/:id/handling',
    summary: '属地市场监管部门报送处置情况（乐观锁：提交所见的 version）',
    tags: ['urgent-reports'],
    permission: 'urgent.handle',
    params: idParams,
    body: z.object({
      version,
      report: text(5000, '请填写处置情况').min(10, '处置情况至少填写10个字'),
      measures: z.array(text(200).min(1, '处置措施不能为空'), '请填写处置措施').max(20, '处置措施最多20项'),
    }),
    reply: urgentDetail,
    handler: async ({ user, params, body, ip }) => {
      await fileHandlingReport(db, user, params.id, body, ip);
      return getUrgentReport(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/urgent-reports/:id/close',
    summary: '抽检监测处办结24小时限时报告（督办结束；须已报送处置情况）',
    tags: ['urgent-reports'],
    permission: 'urgent.handle',
    params: idParams,
    body: z.object({ version, comment: text(2000).optional() }),
    reply: urgentDetail,
    handler: async ({ user, params, body, ip }) => {
      await closeUrgentReport(db, user, params.id, body, ip);
      return getUrgentReport(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/urgent-reports/:id/return',
    summary: '抽检监测处退回处置情况（须填理由），属地部门重新报送',
    tags: ['urgent-reports'],
    permission: 'urgent.handle',
    params: idParams,
    body: z.object({ version, comment: text(2000, '退回时请填写理由').min(1, '退回时请填写理由') }),
    reply: urgentDetail,
    handler: async ({ user, params, body, ip }) => {
      await returnUrgentReport(db, user, params.id, body, ip);
      return getUrgentReport(db, user, params.id);
    },
  });
}
