import { z } from 'zod';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { planKinds, planStatuses, samplingTypes, suggestionKinds, suggestionStatuses } from '../../domain/sampling/plan-rules.js';
import { acceptSuggestion } from './accept-suggestion.js';
import { createPlan } from './create-plan.js';
import { createSuggestion } from './create-suggestion.js';
import { declineSuggestion } from './decline-suggestion.js';
import { getPlan } from './get-plan.js';
import { listPlans } from './list-plans.js';
import { getSuggestion, listSuggestions } from './list-suggestions.js';
import { updatePlan } from './update-plan.js';
import { planDetail, planPage, suggestion, suggestionPage } from '../../contracts/plans.js';

const year = z.number('请填写年度').int('年度应为整数').min(2000, '年度应在2000至2100之间').max(2100, '年度应在2000至2100之间');
const yearQuery = z.coerce.number().int().min(2000, '年度应在2000至2100之间').max(2100, '年度应在2000至2100之间').optional();
const regionCode = z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字');
const version = z.number('缺少版本号').int().min(1);
const description = z.string().trim().max(4000, '说明不超过4000字').nullable().optional();

const quotaInput = z.object({
  categoryId: z.uuid('食品分类编号格式不正确').nullable().optional(),
  regionCode: regionCode.nullable().optional(),
  quota: z.number('请填写配额').int('配额应为正整数').positive('配额应为正整数').max(1_000_000, '配额过大'),
});
const quotas = z.array(quotaInput).max(500, '配额不超过500条');
const planName = z.string().trim().min(1, '请填写计划名称').max(200, '计划名称不超过200字');

export function registerPlanRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/plans',
    summary: '抽检监测计划列表（含配额合计、已抽样数与进度）',
    tags: ['plans'],
    permission: 'plan.read',
    reply: planPage,
    query: pageQuery.extend({
      year: yearQuery,
      samplingType: z.enum(samplingTypes).optional(),
      planKind: z.enum(planKinds).optional(),
      status: z.enum(planStatuses).optional(),
    }),
    handler: async ({ user, query }) => listPlans(db, user, query, toPage(query)),
  });
  route(api, {
    method: 'GET',
    url: '/api/plans/:id',
    summary: '计划详情：各配额完成进度、已采纳的抽检建议、可执行的操作',
    tags: ['plans'],
    permission: 'plan.read',
    reply: planDetail,
    params: idParams,
    handler: async ({ user, params }) => getPlan(db, user, params.id),
  });
  route(api, {
    method: 'POST',
    url: '/api/plans',
    summary: '制定抽检监测计划（组织单位为本单位），按食品分类与地区下达配额',
    tags: ['plans'],
    permission: 'plan.write',
    reply: planDetail,
    body: z.object({
      year,
      name: planName,
      samplingType: z.enum(samplingTypes, '请选择抽检类型'),
      planKind: z.enum(planKinds, '请选择计划类别'),
      description,
      quotas: quotas.default([]),
    }),
    handler: async ({ user, body, ip, reply }) => {
      reply.status(201);
      return createPlan(db, user, body, ip);
    },
  });
  route(api, {
    method: 'PATCH',
    url: '/api/plans/:id',
    summary: '修改计划（名称、说明、状态、整体替换配额）；仅组织单位及其上级；乐观锁：提交所见的 version',
    tags: ['plans'],
    permission: 'plan.write',
    reply: planDetail,
    params: idParams,
    body: z.object({
      version,
      name: planName.optional(),
      description,
      status: z.enum(planStatuses, '状态应为 active 或 closed').optional(),
      quotas: quotas.optional(),
    }),
    handler: async ({ user, params, body, ip }) => updatePlan(db, user, { id: params.id, ...body }, ip),
  });

  route(api, {
    method: 'GET',
    url: '/api/suggestions',
    summary: '抽检建议列表（抽检监测处与省级计划制定单位看全部，其余看本级及下级提出的）',
    tags: ['plans'],
    permission: 'plan.read',
    reply: suggestionPage,
    query: pageQuery.extend({ year: yearQuery, status: z.enum(suggestionStatuses).optional() }),
    handler: async ({ user, query }) => listSuggestions(db, user, query, toPage(query)),
  });
  route(api, {
    method: 'GET',
    url: '/api/suggestions/:id',
    summary: '抽检建议详情',
    tags: ['plans'],
    permission: 'plan.read',
    reply: suggestion,
    params: idParams,
    handler: async ({ user, params }) => getSuggestion(db, user, params.id),
  });
  route(api, {
    method: 'POST',
    url: '/api/suggestions',
    summary: '提出抽检建议或风险预警提示（kind: sampling | risk_warning；送抽检监测处办理，30日内答复）',
    tags: ['plans'],
    permission: 'suggestion.write',
    reply: suggestion,
    body: z.object({
      kind: z.enum(suggestionKinds, { message: '类型应为抽检建议或风险预警提示' }).optional(),
      year,
      title: z.string().trim().min(1, '请填写建议标题').max(200, '标题不超过200字'),
      content: z.string().trim().min(1, '请填写建议内容').max(4000, '内容不超过4000字'),
      categoryId: z.uuid('食品分类编号格式不正确').nullable().optional(),
      regionCode: regionCode.nullable().optional(),
    }),
    handler: async ({ user, body, ip, reply }) => {
      reply.status(201);
      const row = await createSuggestion(db, user, body, ip);
      return getSuggestion(db, user, row.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/suggestions/:id/accept',
    summary: '采纳抽检建议，纳入本单位组织的计划（乐观锁：提交所见的 version）',
    tags: ['plans'],
    permission: 'plan.write',
    reply: suggestion,
    params: idParams,
    body: z.object({ planId: z.uuid('请选择计划'), version, reason: z.string().trim().max(2000, '说明不超过2000字').nullable().optional() }),
    handler: async ({ user, params, body, ip }) => acceptSuggestion(db, user, { id: params.id, ...body }, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/suggestions/:id/decline',
    summary: '不采纳抽检建议（须说明理由；乐观锁：提交所见的 version）',
    tags: ['plans'],
    permission: 'plan.write',
    reply: suggestion,
    params: idParams,
    body: z.object({ reason: z.string('请填写不采纳理由').trim().min(2, '请填写不采纳理由（至少2个字）').max(2000, '理由不超过2000字'), version }),
    handler: async ({ user, params, body, ip }) => declineSuggestion(db, user, { id: params.id, ...body }, ip),
  });
}
