import { z } from 'zod';
import { isoDate } from '../../http/dates.js';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { finishReconciliation } from './finish-reconciliation.js';
import { getReconciliation } from './get-reconciliation.js';
import { listReconciliations } from './list-reconciliations.js';
import { recordCheck } from './record-check.js';
import { startReconciliation } from './start-reconciliation.js';
import { checkRecorded, finishReply, reconciliationDetail, reconciliationPage, reconciliationStarted } from '../../contracts/reconciliations.js';

const date = isoDate();
const inPlace = z.boolean({ message: '请选择是否到位' });

export function registerReconciliationRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'POST',
    url: '/api/reconciliations',
    summary: '开展台账对账检查（省局处室、直属单位）：抽取该单位及下级在期间内的核查处置，全部或随机抽取（记录抽取过程）',
    tags: ['reconciliations'],
    permission: 'reconciliation.write',
    reply: reconciliationStarted,
    body: z
      .object({
        unitId: z.uuid({ message: '请选择被检查单位' }),
        periodFrom: date,
        periodTo: date,
        mode: z.enum(['all', 'random'], { message: '请选择全部检查或随机抽取' }),
        sampleSize: z.number().int().min(1, '抽取数量至少为1').max(1000, '抽取数量不能超过1000').optional(),
      })
      .refine((b) => b.periodFrom <= b.periodTo, { message: '结束日期不能早于开始日期', path: ['periodTo'] }),
    handler: async ({ user, body, ip, reply }) => {
      reply.status(201);
      return startReconciliation(db, user, body, ip);
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/reconciliations',
    summary: '对账检查列表（本单位开展的，及对本级和下级单位的）：{ items: [{ …, unitName, createdByUnitName, checks, checked, notInPlace }], total }',
    tags: ['reconciliations'],
    permission: 'disposal.read',
    reply: reconciliationPage,
    query: pageQuery.extend({ status: z.enum(['open', 'finished']).optional(), unitId: z.uuid().optional() }),
    handler: async ({ user, query }) => listReconciliations(db, user, query, toPage(query)),
  });
  route(api, {
    method: 'GET',
    url: '/api/reconciliations/:id',
    summary: '对账检查详情：逐件检查结果，与平台记录的“五个到位”现状对照；可执行操作',
    tags: ['reconciliations'],
    permission: 'disposal.read',
    reply: reconciliationDetail,
    params: idParams,
    handler: async ({ user, params }) => getReconciliation(db, user, params.id),
  });
  route(api, {
    method: 'PATCH',
    url: '/api/reconciliations/:id/checks/:checkId',
    summary: '登记一件核查处置的对账结果：五项是否到位；有未到位的须填写发现的问题',
    tags: ['reconciliations'],
    permission: 'reconciliation.write',
    reply: checkRecorded,
    params: idParams.extend({ checkId: z.uuid({ message: '编号格式不正确' }) }),
    body: z.object({
      items: z.object({ riskControl: inPlace, causeInvestigation: inPlace, rectification: inPlace, penalty: inPlace, disclosure: inPlace }),
      findings: z.string().max(5000).optional(),
    }),
    handler: async ({ user, params, body, ip }) => recordCheck(db, user, { reconciliationId: params.id, checkId: params.checkId, ...body }, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/reconciliations/:id/finish',
    summary: '结束对账检查：须全部检查完毕；未到位的生成整改待办（默认30日）',
    tags: ['reconciliations'],
    permission: 'reconciliation.write',
    reply: finishReply,
    params: idParams,
    body: z.object({ version: z.number().int().min(1), rectificationDays: z.number().int().min(1, '整改期限至少1天').max(365, '整改期限不超过365天').optional() }),
    handler: async ({ user, params, body, ip }) => finishReconciliation(db, user, params.id, body, ip),
  });
}
