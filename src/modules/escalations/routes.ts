import { z } from 'zod';
import { escalationWindows, windowReading, type EscalationRule } from '../../domain/escalation/rule-defaults.js';
import { isoDate } from '../../http/dates.js';
import { idParams, route, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { escalationBoard } from './escalation-board.js';
import { editEscalationRule, editRuleSetting } from './edit-escalation-rule.js';
import { getEscalation } from './get-escalation.js';
import { listEscalations } from './list-escalations.js';
import { recomputeEscalations } from './recompute-escalations.js';
import { recordInspection } from './record-inspection.js';
import { recordInterview } from './record-interview.js';
import { reportHandling } from './report-handling.js';
import { requestInspection } from './request-inspection.js';
import { superviseEscalation } from './supervise-escalation.js';
import { escalationRules, ruleSettings } from '../../db/schema/index.js';
import {
  editedRule,
  escalationBoard as escalationBoardReply,
  escalationDetail,
  escalationList,
  escalationRecord,
  escalationRules as escalationRulesReply,
  inspectionRecord,
  interview,
  recomputeReply,
  ruleSetting,
} from '../../contracts/escalations.js';
import { actorOf } from '../access/actor.js';

const date = isoDate();
const version = z.number().int().min(1);
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const filterQuery = z.object({
  creditCode: z.string().trim().max(18).optional(),
  enterpriseId: z.uuid().optional(),
  status: z.enum(['open', 'reported', 'closed', 'withdrawn', 'active']).optional(),
  ruleId: z.string().max(64).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  ownerUnitId: z.uuid().optional(),
  assignedUnitId: z.uuid().optional(),
  overdue: flag.optional(),
  belowThreshold: flag.optional(),
  q: z.string().max(100).optional(),
});

export function registerEscalationRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/escalations',
    summary:
      '督办列表（数据范围内）：[{ id, rule, year, enterpriseId, ownerUnitId, status, sampleNos, ruleName, enterpriseName, creditCode, assignedUnitId, currentCount, threshold, belowThreshold, dueAt, overdue, … }]；总数在 X-Total-Count 响应头',
    tags: ['escalations'],
    permission: 'escalation.read',
    query: pageQuery.extend(filterQuery.shape),
    reply: escalationList,
    handler: async ({ user, query, reply }) => {
      const { items, total } = await listEscalations(db, user, query, toPage(query));
      reply.header('x-total-count', String(total));
      return items;
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/escalations/board',
    summary: '督办看板：按状态、逾期、即将到期，按处室、市（州）、规则统计',
    tags: ['escalations'],
    permission: 'escalation.read',
    query: filterQuery.pick({ year: true, ownerUnitId: true, ruleId: true }),
    reply: escalationBoardReply,
    handler: async ({ user, query }) => escalationBoard(db, user, query),
  });
  route(api, {
    method: 'GET',
    url: '/api/escalations/:id',
    summary: '督办详情：触发的样品（含已被推翻不再计数的）、飞行检查、约谈、案件、可执行操作',
    tags: ['escalations'],
    permission: 'escalation.read',
    params: idParams,
    reply: escalationDetail,
    handler: async ({ user, params }) => getEscalation(db, user, params.id),
  });
  route(api, {
    method: 'POST',
    url: '/api/escalations/:id/report',
    summary: '承办单位报送办理情况（调查核实、监督检查、处理措施），转督办处室审核',
    tags: ['escalations'],
    permission: 'escalation.work',
    params: idParams,
    body: z.object({ version, report: z.string().max(10000) }),
    reply: escalationRecord,
    handler: async ({ user, params, body, ip }) => reportHandling(db, user, params.id, body, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/escalations/:id/decision',
    summary: '督办处室：结案（close）、退回补充（return）或撤销（withdraw，须写明理由，如推翻后已低于阈值）',
    tags: ['escalations'],
    permission: 'escalation.supervise',
    params: idParams,
    body: z.object({ version, decision: z.enum(['close', 'return', 'withdraw'], '请选择处理方式'), note: z.string().max(5000) }),
    reply: escalationRecord,
    handler: async ({ user, params, body, ip }) => superviseEscalation(db, user, params.id, body, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/escalations/:id/inspections',
    summary: '申请检查技术中心开展飞行检查、体系检查或专项检查（生成检查待办）',
    tags: ['escalations'],
    permission: 'escalation.supervise',
    params: idParams,
    body: z.object({ kind: z.enum(['flight', 'system', 'special'], '请选择检查方式'), reason: z.string().max(5000) }),
    reply: inspectionRecord,
    handler: async ({ user, params, body, ip, reply }) => {
      reply.status(201);
      return requestInspection(db, user, params.id, body, ip);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/inspections/:id/findings',
    summary: '检查技术中心登记检查结果：检查日期、人员、发现、结论',
    tags: ['escalations'],
    permission: 'inspection.work',
    params: idParams,
    body: z.object({
      version,
      inspectedOn: date,
      inspectors: z.string().max(500),
      findings: z.string().max(10000),
      conclusion: z.enum(['compliant', 'defects', 'violations'], '请选择检查结论'),
    }),
    reply: inspectionRecord,
    handler: async ({ user, params, body, ip }) => recordInspection(db, user, params.id, body, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/interviews',
    summary: '登记责任约谈（约谈日期、人员、事由、企业承诺），记入企业信用记录；可关联督办或核查处置',
    tags: ['escalations'],
    permission: 'escalation.work',
    body: z.object({
      enterpriseId: z.uuid().optional(),
      escalationId: z.uuid().optional(),
      disposalId: z.uuid().optional(),
      heldOn: date,
      place: z.string().max(200).optional(),
      officials: z.string().max(500),
      attendees: z.string().max(500),
      reason: z.string().max(5000),
      commitments: z.string().max(10000),
    }),
    reply: interview,
    handler: async ({ user, body, ip, reply }) => {
      reply.status(201);
      return recordInterview(db, user, body, ip);
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/escalation-rules',
    summary: '督办规则（阈值、年数、“一年内”的计算方式 window 及其说明 reading、负责处室、依据、核实等级）与案件阈值',
    tags: ['escalations'],
    permission: 'workItem.read',
    reply: escalationRulesReply,
    handler: async () => ({
      rules: (await db.select().from(escalationRules).orderBy(escalationRules.id)).map((r) => ({ ...r, reading: windowReading(r as EscalationRule) })),
      settings: await db.select().from(ruleSettings).orderBy(ruleSettings.id),
    }),
  });
  route(api, {
    method: 'PATCH',
    url: '/api/escalation-rules/:id',
    summary: '修改督办规则（阈值、年数、“一年内”按自然年度或滚动12个月、启用）；保存后立即按新规则重新计算全部督办',
    tags: ['escalations'],
    permission: 'rule.manage',
    params: z.object({ id: z.string().max(64) }),
    body: z.object({
      version,
      threshold: z.number().int().min(1, '阈值至少为1').max(100, '阈值不超过100').optional(),
      years: z.number().int().min(1, '年数至少为1').max(5, '年数不超过5').optional(),
      window: z.enum(escalationWindows, { message: '“一年内”应按自然年度或滚动12个月计算' }).optional(),
      enabled: z.boolean().optional(),
    }),
    reply: editedRule,
    handler: async ({ user, params, body, ip }) => editEscalationRule(db, user, params.id, body, ip),
  });
  route(api, {
    method: 'PATCH',
    url: '/api/rule-settings/:id',
    summary: '修改案件与信用阈值（如须法制审核的罚没金额）',
    tags: ['escalations'],
    permission: 'rule.manage',
    params: z.object({ id: z.string().max(64) }),
    body: z.object({ version, value: z.number().min(0, '数值不能为负').max(1e10) }),
    reply: ruleSetting,
    handler: async ({ user, params, body, ip }) => editRuleSetting(db, user, params.id, body, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/escalations/recompute',
    summary: '按现行规则对全部企业重新计算督办（批量导入之后）',
    tags: ['escalations'],
    permission: 'rule.manage',
    reply: recomputeReply,
    handler: async ({ user, ip }) => recomputeEscalations(db, actorOf(user, ip)),
  });
}
