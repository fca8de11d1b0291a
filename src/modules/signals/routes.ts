import { z } from 'zod';
import { agendaReply, meetingAgenda as meetingAgendaReply, signalDetail, signalList, signalNoticeDraft, signalReviewReply, signalRuleList, signalRun, signalRunList, trackingReply } from '../../contracts/signals.js';
import { DomainError } from '../../domain/errors.js';
import { can } from '../../domain/permissions.js';
import { idParams, route, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { getSignal } from './get-signal.js';
import { listSignals } from './list-signals.js';
import { addToAgenda, agendaUnitOf, meetingAgenda } from './meeting-agenda.js';
import { signalNoticeDraft as noticeDraft } from './notice-draft.js';
import { proposeTracking } from './propose-tracking.js';
import { reviewSignal } from './review-signal.js';
import { latestRuns, runSignals } from './run-signals.js';
import { listSignalRules, updateSignalRule } from './signal-rules.js';
import { runsSignals } from './signal-scope.js';

const methods = ['time', 'region', 'producer', 'item', 'outside', 'link'] as const;
const statuses = ['new', 'reviewing', 'accepted', 'dismissed'] as const;

export function registerSignalRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/signals',
    summary: '风险信号列表（按研判状态、方法筛选；抽检监测处等全省，其余按信号分送的单位及下级）',
    tags: ['signals'],
    permission: 'signal.read',
    query: pageQuery.extend({
      status: z.enum(statuses, '研判状态不正确').optional(),
      method: z.enum(methods, '信号方法不正确').optional(),
      regionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字').optional(),
      active: z.enum(['true', 'false'], '应为 true 或 false').optional().transform((v) => (v === undefined ? undefined : v === 'true')),
    }),
    reply: signalList,
    handler: async ({ user, query }) => listSignals(db, user, query, toPage(query)),
  });

  route(api, {
    method: 'GET',
    url: '/api/signals/runs',
    summary: '最近的风险信号计算',
    tags: ['signals'],
    permission: 'signal.read',
    reply: signalRunList,
    handler: async ({ user }) => ({ items: await latestRuns(db), mayRun: can(user.roles, 'signal.run') && runsSignals(user) }),
  });

  route(api, {
    method: 'POST',
    url: '/api/signals/run',
    summary: '立即计算风险信号（抽检监测处）',
    tags: ['signals'],
    permission: 'signal.run',
    reply: signalRun,
    handler: async ({ user, ip }) => {
      if (!runsSignals(user)) throw new DomainError('SIGNAL_RUN_SAMPLING_ONLY');
      return runSignals(db, { trigger: 'manual', user, ip });
    },
  });

  route(api, {
    method: 'GET',
    url: '/api/signals/rules',
    summary: '风险信号参数（阈值）',
    tags: ['signals'],
    permission: 'signal.read',
    reply: signalRuleList,
    handler: async ({ user }) => ({ items: await listSignalRules(db), mayEdit: can(user.roles, 'signal.run') && runsSignals(user) }),
  });

  route(api, {
    method: 'PATCH',
    url: '/api/signals/rules/:key',
    summary: '修改风险信号参数（抽检监测处，留痕）',
    tags: ['signals'],
    permission: 'signal.run',
    params: z.object({ key: z.string().max(100) }),
    body: z.object({ value: z.number('请输入数值'), version: z.number().int().min(1) }),
    reply: signalRuleList,
    handler: async ({ user, params, body, ip }) => {
      await updateSignalRule(db, user, params.key, body, ip);
      return { items: await listSignalRules(db), mayEdit: true };
    },
  });

  route(api, {
    method: 'GET',
    url: '/api/signals/agenda',
    summary: '列入某单位下次风险研判议程的风险信号',
    tags: ['signals'],
    permission: 'signal.read',
    // Without a unit: the agenda of the meeting the user's unit holds (a bureau's own, else the province bureau's).
    query: z.object({ unitId: z.uuid('单位编号格式不正确').optional() }),
    reply: meetingAgendaReply,
    handler: async ({ user, query }) => meetingAgenda(db, user, query.unitId ?? agendaUnitOf(user)),
  });

  route(api, {
    method: 'GET',
    url: '/api/signals/:id',
    summary: '风险信号详情：方法、数值、说明、涉及样品、历史与可办操作',
    tags: ['signals'],
    permission: 'signal.read',
    params: idParams,
    reply: signalDetail,
    handler: async ({ user, params }) => getSignal(db, user, params.id),
  });

  route(api, {
    method: 'POST',
    url: '/api/signals/:id/review',
    summary: '研判风险信号：开始研判、采纳或排除（排除须填写理由）',
    tags: ['signals'],
    permission: 'signal.review',
    params: idParams,
    body: z.object({
      decision: z.enum(['accept', 'dismiss', 'startReview'], '研判结论应为采纳或排除'),
      reason: z.string().trim().max(2000, '理由不超过2000字').nullable().optional(),
      version: z.number().int().min(1).optional(),
    }),
    reply: signalReviewReply,
    handler: async ({ user, params, body, ip }) => reviewSignal(db, user, params.id, body, ip),
  });

  route(api, {
    method: 'POST',
    url: '/api/signals/:id/tracking',
    summary: '由风险信号提出跟踪抽检建议（预填食品类别、地区、检验项目和建议批次）',
    tags: ['signals'],
    permission: 'signal.review',
    params: idParams,
    body: z.object({ quota: z.number('请输入建议批次').int('建议批次应为整数').min(1, '建议批次至少为1').max(10000, '建议批次过大').optional(), note: z.string().trim().max(2000).nullable().optional() }),
    reply: trackingReply,
    handler: async ({ user, params, body, ip }) => {
      if (!can(user.roles, 'suggestion.write')) throw new DomainError('FORBIDDEN');
      return proposeTracking(db, user, params.id, body, ip);
    },
  });

  route(api, {
    method: 'GET',
    url: '/api/signals/:id/notice-draft',
    summary: '由风险信号起草风险预警提示（收件单位为信号分送单位中可发送的单位）',
    tags: ['signals'],
    permission: 'notice.send',
    params: idParams,
    reply: signalNoticeDraft,
    handler: async ({ user, params }) => noticeDraft(db, user, params.id),
  });

  route(api, {
    method: 'POST',
    url: '/api/signals/:id/agenda',
    summary: '将风险信号列入本单位下次“321”风险研判议程',
    tags: ['signals'],
    permission: 'signal.review',
    params: idParams,
    reply: agendaReply,
    handler: async ({ user, params, ip }) => addToAgenda(db, user, params.id, ip),
  });
}
