import { z } from 'zod';
import { isoDate } from '../../http/dates.js';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { decideClosing } from './decide-closing.js';
import { extendDisposal } from './extend-disposal.js';
import { getDisposal } from './get-disposal.js';
import { listDisposals } from './list-disposals.js';
import { linkFilterParam } from '../sampling/link-filter.js';
import { recordStep } from './record-step.js';
import { requestClosing } from './request-closing.js';
import { setConclusionReceived } from './set-conclusion-received.js';
import { disposalDetail, disposalPage, disposalRecord, recordedStep } from '../../contracts/disposals.js';

const date = isoDate();
const version = z.number().int().min(1);

export const disposalFilterQuery = z.object({
  sampleNo: z.string().trim().max(64).optional(),
  status: z.enum(['open', 'in_progress', 'pending_approval', 'closed', 'voided']).optional(),
  active: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
  overdue: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
  ownerUnitId: z.uuid().optional(),
  link: linkFilterParam,
  kind: z.enum(['disposal', 'monitoring']).optional(),
  openedFrom: date.optional(),
  openedTo: date.optional(),
  /** Disposals opened by one import job (the import summary's 新开核查处置 links here). */
  importJobId: z.uuid().optional(),
});

export function registerDisposalRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/disposals',
    summary: '核查处置列表（未结的在前，按期限由近到远；已结的按期限由新到旧）：{ items: [{ id, sampleNo, ownerUnitId, status, dueAt, steps, overdue, remainingMs }], total }',
    tags: ['disposals'],
    permission: 'disposal.read',
    query: pageQuery.extend(disposalFilterQuery.shape),
    reply: disposalPage,
    handler: async ({ user, query }) => listDisposals(db, user, query, toPage(query)),
  });
  route(api, {
    method: 'GET',
    url: '/api/disposals/:id',
    summary: '核查处置详情：样品、步骤、协查、附件、历史、可执行操作',
    tags: ['disposals'],
    permission: 'disposal.read',
    params: idParams,
    reply: disposalDetail,
    handler: async ({ user, params }) => getDisposal(db, user, params.id),
  });
  route(api, {
    method: 'POST',
    url: '/api/disposals/:id/steps',
    summary: '登记处置步骤（送达、风险控制、原因排查、整改落实、行政处罚、信息公开）',
    tags: ['disposals'],
    permission: 'disposal.work',
    params: idParams,
    body: z.object({
      kind: z.enum(['notice', 'riskControl', 'causeInvestigation', 'rectification', 'penalty', 'disclosure', 'enterpriseReport']),
      version,
      doneOn: date,
      text: z.string().trim().min(2, '请填写情况说明').max(5000),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
    reply: recordedStep,
    handler: async ({ user, params, body, ip }) => recordStep(db, user, { disposalId: params.id, ...body }, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/disposals/:id/conclusion-received',
    summary: '登记或更正收到不合格检验结论的日期：处置期限与送达期限自该日重新起算（法定起算点），已批准的延期天数另加',
    tags: ['disposals'],
    permission: 'disposal.work',
    params: idParams,
    body: z.object({ version, conclusionReceivedOn: isoDate('请选择收到检验结论的日期') }),
    reply: disposalDetail,
    handler: async ({ user, params, body, ip }) => {
      await setConclusionReceived(db, user, params.id, body, ip);
      return getDisposal(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/disposals/:id/request-closing',
    summary: '申请结案（须“五个到位”全部完成）',
    tags: ['disposals'],
    permission: 'disposal.work',
    params: idParams,
    body: z.object({ version }),
    reply: disposalRecord,
    handler: async ({ user, params, body, ip }) => requestClosing(db, user, params.id, body.version, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/disposals/:id/closing-decision',
    summary: '本单位领导审批结案：approve=true 结案，false 退回（须填理由）',
    tags: ['disposals'],
    permission: 'disposal.approve',
    params: idParams,
    body: z.object({ version, approve: z.boolean(), comment: z.string().trim().max(2000).optional() }),
    reply: disposalRecord,
    handler: async ({ user, params, body, ip }) => decideClosing(db, user, params.id, body, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/disposals/:id/extension',
    summary: '经本单位负责人书面批准延长处置期限',
    tags: ['disposals'],
    permission: 'disposal.approve',
    params: idParams,
    body: z.object({ version, days: z.number().int(), reason: z.string().max(2000), approvedBy: z.string().max(64) }),
    reply: disposalRecord,
    handler: async ({ user, params, body, ip }) => extendDisposal(db, user, params.id, body, ip),
  });
}
