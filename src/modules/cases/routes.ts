import { dirname, join } from 'node:path';
import { z } from 'zod';
import { caseSources, caseStages, licenceActions } from '../../domain/case.js';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { isoDate } from '../../http/dates.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { ATTACHMENT_MAX_BYTES } from '../attachments/receive-upload.js';
import { receiveFileRequest } from '../attachments/file-requests.js';
import { assertCaseAttachable, attachCaseFile } from './case-attachments.js';
import { createCase } from './create-case.js';
import { getCase } from './get-case.js';
import { decideLegalReview, requestLegalReview } from './legal-review.js';
import { recordTransferReceipt, transferCase } from './judicial-transfer.js';
import { listCases } from './list-cases.js';
import { recordStage } from './record-stage.js';
import { setReviewGrounds } from './review-grounds.js';
import { takeOverCase } from './take-over-case.js';
import { endPause, extendDecisionPeriod, pauseDecisionPeriod } from './case-time-limits.js';
import { caseAttachment, caseDetail, casePage } from '../../contracts/cases.js';
import { pauseKinds } from '../../domain/case-time-limits.js';

const date = (message?: string) => isoDate(message);
const version = z.number().int().min(1);
const text = (min: string, max = 5000) => z.string().trim().min(2, min).max(max, `不能超过${max}个字`);
const yuan = (message: string) => z.number({ message }).nonnegative('金额不能为负数').max(1e12, '金额过大');
/** A head's approval (负责人批准): the date, the head by name, the reason. */
const approval = z.object({
  approvedOn: date('请选择批准日期'),
  approver: z.string().trim().min(2, '请填写批准的负责人').max(50, '不能超过50个字'),
  reason: text('请填写延长理由', 1000),
});
const recordedStages = caseStages.filter((s) => s !== 'filing') as [Exclude<(typeof caseStages)[number], 'filing'>, ...Exclude<(typeof caseStages)[number], 'filing'>[]];

export const createCaseBody = z
  .object({
    source: z.enum(caseSources, { message: '请选择案件来源' }),
    disposalId: z.uuid({ message: '核查处置编号格式不正确' }).optional(),
    escalationId: z.uuid({ message: '督办编号格式不正确' }).optional(),
    complaintRef: z.string().trim().max(64, '不能超过64个字').optional(),
    enterpriseId: z.uuid({ message: '生产经营者编号格式不正确' }).optional(),
    partyName: z.string().trim().min(2, '请填写当事人名称').max(200, '不能超过200个字'),
    title: z.string().trim().min(2, '请填写案由').max(200, '不能超过200个字'),
    facts: text('请填写案件来源及基本案情'),
    filedOn: date('请选择立案日期'),
    discoveredOn: date('请选择发现线索（收到材料）的日期'),
    filingApprovedBy: z.string().trim().min(2, '请填写批准立案的负责人').max(50, '不能超过50个字').optional(),
    filingExtension: approval.optional(),
    filingPauses: z
      .array(z.object({ kind: z.enum(pauseKinds, { message: '请选择不计入期限的事项' }), from: date('请选择开始日期'), to: date('请选择结束日期'), reason: text('请填写说明', 500) }))
      .max(20, '不超过20项')
      .optional(),
    major: z.boolean().optional(),
    crossRegion: z.boolean().optional(),
    publicInterest: z.boolean().optional(),
    complex: z.boolean().optional(),
    reviewRequiredBy: z.string().trim().max(200, '不能超过200个字').nullable().optional(),
  })
  // Each source names its record, and only its record.
  .superRefine((b, ctx) => {
    const need = { disposal: 'disposalId', escalation: 'escalationId', complaint: 'complaintRef' } as const;
    const messages = { disposalId: '请选择核查处置', escalationId: '请选择督办事项', complaintRef: '请填写投诉举报编号' };
    for (const [source, field] of Object.entries(need) as [keyof typeof need, (typeof need)[keyof typeof need]][]) {
      if (b.source === source && !b[field]) ctx.addIssue({ code: 'custom', path: [field], message: messages[field] });
      if (b.source !== source && b[field]) ctx.addIssue({ code: 'custom', path: [field], message: '与所选案件来源不符' });
    }
  });

export const caseListQuery = pageQuery.extend({
  stage: z.enum(caseStages).optional(),
  source: z.enum(caseSources).optional(),
  overdue: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
  q: z.string().trim().max(64).optional(),
  ownerUnitId: z.uuid().optional(),
  disposalId: z.uuid().optional(),
  escalationId: z.uuid().optional(),
  enterpriseId: z.uuid().optional(),
  legalReview: z.enum(['pending', 'approved', 'returned']).optional(),
  major: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
});

const stageFields = z.object({ stage: z.enum(recordedStages, { message: '未知的案件阶段' }) });

export function registerCaseRoutes(api: ApiContext) {
  const db = api.database.db;
  // The attachments root of src/modules/attachments/routes.ts: GET /api/attachments/:id reads every file from it.
  const root = join(dirname(api.config.uploadDir), 'attachments');

  route(api, {
    method: 'GET',
    url: '/api/cases',
    summary: '稽查案件列表（逾期未决定的优先）：{ items: [{ id, caseNo, title, partyName, source, stage, stageName, ownerUnitName, filedOn, dueAt, overdue, legalReviewStatus, transferred }], total, actions }',
    tags: ['cases'],
    permission: 'case.read',
    query: caseListQuery,
    reply: casePage,
    handler: async ({ user, query }) => listCases(db, user, query, toPage(query)),
  });
  route(api, {
    method: 'POST',
    url: '/api/cases',
    summary:
      '立案：来自核查处置（关联其“行政处罚”步骤）、督办、投诉举报或其他线索；发现线索日期（立案期限自此起算）、批准立案的负责人、延长立案期限的批准、立案前不计入期限的检测鉴定时间；本级承办（重大案件同样），跨区域案件由综合执法稽查局承办；返回案件详情（201）',
    tags: ['cases'],
    permission: 'case.work',
    body: createCaseBody,
    reply: caseDetail,
    handler: async ({ user, body, ip, reply }) => {
      const created = await createCase(db, user, body, ip);
      reply.status(201);
      return created;
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/cases/:id',
    summary: '稽查案件详情：各阶段及文书、证据材料，法制审核，移送司法机关，来源记录，历史，可执行操作',
    tags: ['cases'],
    permission: 'case.read',
    params: idParams,
    reply: caseDetail,
    handler: async ({ user, params }) => getCase(db, user, params.id),
  });
  route(api, {
    method: 'POST',
    url: '/api/cases/:id/stages',
    summary: '登记案件阶段（调查取证、处罚告知、听证、处罚决定、执行、结案）：按顺序，日期不早于上一阶段；须法制审核的决定在审核通过后作出',
    tags: ['cases'],
    permission: 'case.work',
    params: idParams,
    body: stageFields.extend({
      version,
      doneOn: date('请选择日期'),
      text: text('请填写情况说明（不少于2个字）'),
      documentNo: z.string().trim().max(64, '不能超过64个字').optional(),
      details: z.record(z.string(), z.unknown()).optional(),
      decision: z
        .object({
          warning: z.boolean().optional(),
          fineAmount: yuan('请填写罚款金额（无罚款填0）'),
          confiscatedIllegalGains: yuan('请填写没收违法所得金额').optional(),
          confiscatedGoods: z.string().trim().max(2000, '不能超过2000个字').optional(),
          licenceAction: z.enum(licenceActions, { message: '请选择许可证件处理' }),
        })
        .optional(),
    }),
    reply: caseDetail,
    handler: async ({ user, params, body, ip }) => recordStage(db, user, { caseId: params.id, ...body }, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/cases/:id/legal-review',
    summary:
      '提交法制审核（承办机关的法制审核人员；省局案件为法规处）：拟处罚意见、罚款、没收违法所得、许可证件处理；涉及重大公共利益、经过听证、疑难复杂或法律法规规定的（《行政处罚法》第五十八条），作出决定前必须审核通过',
    tags: ['cases'],
    permission: 'case.work',
    params: idParams,
    body: z.object({
      version,
      proposedFine: yuan('请填写拟罚款金额（无罚款填0）'),
      proposedConfiscation: yuan('请填写拟没收违法所得金额').optional(),
      licenceAction: z.enum(licenceActions, { message: '请选择许可证件处理' }),
      proposal: text('请填写拟处罚意见'),
    }),
    reply: caseDetail,
    handler: async ({ user, params, body, ip }) => requestLegalReview(db, user, { caseId: params.id, ...body }, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/cases/:id/legal-review/decision',
    summary: '法制审核人员审核处罚建议（承办机关本机关；省局案件为法规处；提交人不能审核本人的建议）：approve=true 通过，false 退回（须填审核意见）',
    tags: ['cases'],
    permission: 'case.legalReview',
    params: idParams,
    body: z.object({ version, approve: z.boolean({ message: '请选择通过或退回' }), opinion: z.string().trim().max(5000, '不能超过5000个字').optional() }),
    reply: caseDetail,
    handler: async ({ user, params, body, ip }) => decideLegalReview(db, user, { caseId: params.id, ...body }, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/cases/:id/judicial-transfer',
    summary: '移送司法机关（《食品安全法》第一百二十一条）：移送日期、接收机关、移送书文号、理由；生成登记回执待办',
    tags: ['cases'],
    permission: 'case.work',
    params: idParams,
    body: z.object({
      version,
      transferredOn: date('请选择移送日期'),
      organ: z.string().trim().min(2, '请填写接收移送的司法机关').max(200, '不能超过200个字'),
      documentNo: z.string().trim().min(2, '请填写移送书文号').max(64, '不能超过64个字'),
      reason: text('请填写涉嫌犯罪的事实和移送理由'),
    }),
    reply: caseDetail,
    handler: async ({ user, params, body, ip }) => transferCase(db, user, { caseId: params.id, ...body }, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/cases/:id/judicial-transfer/receipt',
    summary: '登记司法机关的移送回执（回执日期、编号），办结登记回执待办',
    tags: ['cases'],
    permission: 'case.work',
    params: idParams,
    body: z.object({ version, receiptOn: date('请选择回执日期'), receiptNo: z.string().trim().min(1, '请填写回执编号').max(64, '不能超过64个字') }),
    reply: caseDetail,
    handler: async ({ user, params, body, ip }) => recordTransferReceipt(db, user, { caseId: params.id, ...body }, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/cases/:id/review-grounds',
    summary: '登记须经法制审核的情形（《行政处罚法》第五十八条第一款）：涉及重大公共利益、疑难复杂涉及多个法律关系、法律法规规定的其他情形（经过听证的自动计入）；处罚决定前可改',
    tags: ['cases'],
    permission: 'case.work',
    params: idParams,
    body: z.object({
      version,
      publicInterest: z.boolean({ message: '请选择是否涉及重大公共利益' }),
      complex: z.boolean({ message: '请选择是否疑难复杂' }),
      requiredBy: z.string().trim().max(200, '不能超过200个字').nullable(),
    }),
    reply: caseDetail,
    handler: async ({ user, params, body, ip }) => setReviewGrounds(db, user, { caseId: params.id, ...body }, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/cases/:id/take-over',
    summary: '综合执法稽查局接管市县局承办的案件（《食品安全“监检联动”工作规范》第十二条）：处罚决定前、法制审核期间除外；立案单位仍可查看',
    tags: ['cases'],
    permission: 'case.takeOver',
    params: idParams,
    body: z.object({ version, reason: text('请填写接管理由', 2000) }),
    reply: caseDetail,
    handler: async ({ user, params, body, ip }) => takeOverCase(db, user, { caseId: params.id, ...body }, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/cases/:id/decision-extensions',
    summary: '延长作出处罚决定的期限：head 经负责人批准（一次，按规则 case.decide.extend），collective 经负责人集体讨论决定（须在负责人批准延长之后，填天数）；应在期限届满前批准',
    tags: ['cases'],
    permission: 'case.work',
    params: idParams,
    body: approval.extend({
      version,
      kind: z.enum(['head', 'collective'], { message: '请选择延长方式' }),
      days: z.number().int().min(1, '天数至少为1').max(365, '天数不超过365').optional(),
    }),
    reply: caseDetail,
    handler: async ({ user, params, body, ip }) => extendDecisionPeriod(db, user, { caseId: params.id, ...body }, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/cases/:id/pauses',
    summary: '登记不计入办案期限的时间（中止、听证、公告、检测检验检疫鉴定、权利人辨认或者鉴别）：不填结束日期的，期限中止计算至登记结束',
    tags: ['cases'],
    permission: 'case.work',
    params: idParams,
    body: z.object({ version, kind: z.enum(pauseKinds, { message: '请选择不计入期限的事项' }), from: date('请选择开始日期'), to: date('请选择结束日期').optional(), reason: text('请填写说明', 1000) }),
    reply: caseDetail,
    handler: async ({ user, params, body, ip }) => pauseDecisionPeriod(db, user, { caseId: params.id, ...body }, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/cases/:id/pauses/:pauseId/end',
    summary: '登记不计入期限事项的结束日期，期限自次日起继续计算',
    tags: ['cases'],
    permission: 'case.work',
    params: idParams.extend({ pauseId: z.uuid({ message: '编号格式不正确' }) }),
    body: z.object({ version, to: date('请选择结束日期') }),
    reply: caseDetail,
    handler: async ({ user, params, body, ip }) => endPause(db, user, { caseId: params.id, pauseId: params.pauseId, version: body.version, to: body.to }, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/cases/:id/stages/:stage/attachments',
    summary: '上传案件某一已登记阶段的材料（multipart：file；jpg/png/pdf/doc/docx/xls/xlsx，不超过20MB），返回附件信息',
    tags: ['cases'],
    permission: 'case.work',
    params: idParams.extend({ stage: z.enum(caseStages, { message: '未知的案件阶段' }) }),
    reply: caseAttachment,
    handler: async ({ user, params, request, reply, ip }) =>
      receiveFileRequest(request, { root, maxBytes: ATTACHMENT_MAX_BYTES, check: () => assertCaseAttachable(db, user, params.id, params.stage) }, (upload) => {
        reply.status(201);
        return attachCaseFile(db, user, { caseId: params.id, stage: params.stage, upload }, root, ip);
      }),
  });
}
