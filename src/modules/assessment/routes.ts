import { z } from 'zod';
import { checkDetail, checksReply, createdId, drillReply, findingFile, findingState, indicator, indicatorsReply, publishReply, rectificationsReply, rectificationStatus, scoresReply } from '../../contracts/assessment.js';
import { checkMethods } from '../../domain/assessment/checks.js';
import { assessmentPeriods } from '../../domain/assessment/periods.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { isoDate } from '../../http/dates.js';
import { DOCX, sendFile, XLSX } from '../../http/file-reply.js';
import { idParams, route, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { ATTACHMENT_MAX_BYTES, attachmentsRootOf } from '../attachments/receive-upload.js';
import { receiveFileRequest, sendAttachment } from '../attachments/file-requests.js';
import { managesAssessment } from './assessment-scope.js';
import { computations } from './computations/index.js';
import { createCheck } from './create-check.js';
import { drillDown } from './drill-down.js';
import { assertFindingAttachable, attachFindingFile, readFindingAttachment } from './finding-attachments.js';
import { getScores } from './get-scores.js';
import { createIndicator, deleteIndicator, ensureIndicatorSet, isFrozen, loadIndicators, updateIndicator } from './indicators.js';
import { listRectifications } from './list-rectifications.js';
import { getCheck, listChecks } from './list-checks.js';
import { publishResults } from './publish-results.js';
import { recordFinding } from './record-finding.js';
import { rectificationByUnit, renderAssessmentReport, scoresWorkbook, type ScoresByLevel } from './results-report.js';
import { reportRectification, reviewRectification } from './rectification.js';

const year = z.coerce.number('年份应为数字').int().min(2000, '年份超出范围').max(2100, '年份超出范围');
const level = z.enum(['division', 'city', 'county'], '层级应为 division、city 或 county');
const period = z.enum(assessmentPeriods, '考核期应为 year 或 Q1–Q4').default('year');
const uuid = z.uuid('编号格式不正确');
const text = (max: number, message: string) => z.string(message).trim().min(1, message).max(max);
const unitKinds = z.array(level).min(1, '请选择适用单位');
const versionField = z.number().int().min(1);

const indicatorFields = {
  name: text(100, '请填写指标名称'),
  definition: text(2000, '请填写指标定义'),
  params: z.record(z.string(), z.unknown()).optional(),
  direction: z.enum(['higher', 'lower', 'deduction'], '请选择指标方向'),
  target: z.number('目标值应为数字').min(0, '目标值不能为负'),
  weight: z.number('权重应为数字').min(0, '权重不能为负').max(100, '权重不能超过100'),
  unitKinds,
  period: z.enum(['year', 'quarter'], '请选择考核周期'),
};

export function registerAssessmentRoutes(api: ApiContext) {
  const db = api.database.db;
  const root = attachmentsRootOf(api.config.uploadDir);
  const levels = ['city', 'county', 'division'] as const;
  const allScores = async (user: Parameters<typeof getScores>[1], y: number, p: (typeof assessmentPeriods)[number]) => {
    const scores: ScoresByLevel = {};
    const cache = new Map();
    for (const l of levels) scores[l] = (await getScores(db, user, { year: y, level: l, period: p }, new Date(), cache)).items;
    return scores;
  };

  route(api, {
    method: 'GET',
    url: '/api/assessment/indicators',
    summary: '某年度考核指标体系（名称、定义、计算方法及参数、方向、目标值、权重、适用单位、周期）；frozen：该年度考核结果已发布，指标冻结；computations：可选的计算方法',
    tags: ['assessment'],
    permission: 'assessment.read',
    query: z.object({ year: year.optional() }),
    reply: indicatorsReply,
    handler: async ({ user, query }) => {
      const y = query.year ?? Number(toLocalDate(new Date()).slice(0, 4));
      const frozen = await isFrozen(db, y);
      return {
        year: y,
        frozen,
        editable: managesAssessment(user) && !frozen,
        computations: computations.map((c) => ({
          key: c.key,
          name: c.name,
          numerator: c.numerator,
          denominator: c.denominator,
          measure: c.measure,
          measureName: c.measure === 'points' ? '分' : '比例（%）',
          parameters: (c.parameters ?? []).map((p) => ({ ...p, suffix: p.suffix ?? null })),
        })),
        items: (await loadIndicators(db, y)),
      };
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/assessment/indicators',
    summary: '新增考核指标（食品安全协调处；year 年度未发布时）：计算方法须为平台提供的计算方法之一；记入审计',
    tags: ['assessment'],
    permission: 'assessment.manage',
    body: z.object({
      year,
      code: z.string('指标编码应为文字').trim().regex(/^[A-Za-z][A-Za-z0-9.]{1,59}$/, '指标编码应为字母开头的字母、数字或点').optional(),
      computation: z.string('请选择计算方法').min(1, '请选择计算方法'),
      ...indicatorFields,
    }),
    reply: indicator,
    handler: async ({ user, body, ip, reply }) => {
      const { year: y, ...input } = body;
      const row = await createIndicator(db, user, y, input, ip);
      reply.status(201);
      return row;
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/assessment/indicators/seed',
    summary: '为某年度建立指标体系（沿用上一年度，没有时用默认指标；已有则不变）（食品安全协调处）',
    tags: ['assessment'],
    permission: 'assessment.manage',
    body: z.object({ year }),
    reply: z.object({ inserted: z.number() }),
    handler: async ({ user, body }) => {
      if (!managesAssessment(user)) throw new DomainError('ASSESSMENT_MANAGERS_ONLY');
      return { inserted: await ensureIndicatorSet(db, body.year) };
    },
  });
  route(api, {
    method: 'PATCH',
    url: '/api/assessment/indicators/:id',
    summary: '修改考核指标（权重、目标值、参数等；食品安全协调处，带 version）；该年度考核结果发布后答 409 ASSESSMENT_YEAR_FROZEN；记入审计',
    tags: ['assessment'],
    permission: 'assessment.manage',
    params: idParams,
    body: z.object({ version: versionField, ...Object.fromEntries(Object.entries(indicatorFields).map(([k, v]) => [k, v.optional()])) } as {
      version: typeof versionField;
    } & { [K in keyof typeof indicatorFields]: z.ZodOptional<(typeof indicatorFields)[K]> }),
    reply: indicator,
    handler: async ({ user, params, body, ip }) => updateIndicator(db, user, params.id, body, ip),
  });
  route(api, {
    method: 'DELETE',
    url: '/api/assessment/indicators/:id',
    summary: '删除考核指标（食品安全协调处，带 version）；该年度考核结果发布后答 409 ASSESSMENT_YEAR_FROZEN，已有检查问题按该指标扣分的答 409 ASSESSMENT_INDICATOR_IN_USE；记入审计',
    tags: ['assessment'],
    permission: 'assessment.manage',
    params: idParams,
    query: z.object({ version: z.coerce.number('版本号应为数字').int().min(1, '版本号应为正整数') }),
    reply: createdId,
    handler: async ({ user, params, query, ip }) => deleteIndicator(db, user, params.id, query.version, ip),
  });
  route(api, {
    method: 'GET',
    url: '/api/assessment/scores',
    summary:
      '考核得分：{ items: [{ unitId, regionCode, score, indicators: [{ code, value, target, points }] }] }，含排名（市局在市局间、县局在全省和本市内）、上期得分与变化、计算公式。发布前仅食品安全协调处和省局领导看全部单位，其他单位只看本单位',
    tags: ['assessment'],
    permission: 'assessment.read',
    query: z.object({ year, level, period }),
    reply: scoresReply,
    handler: async ({ user, query }) => getScores(db, user, query),
  });
  route(api, {
    method: 'GET',
    url: '/api/assessment/drill',
    summary: '指标值的明细：某单位某指标背后的记录（分子、分母、每条记录是否达标及其页面链接）；missed=true 只列未达标的（如逾期的核查处置）；发布前后均只能查看本单位，协调处和省局领导可看全部',
    tags: ['assessment'],
    permission: 'assessment.read',
    query: z.object({ year, period, code: z.string('请指定指标').min(1, '请指定指标').max(60), unitId: uuid, missed: z.enum(['true', 'false']).optional() }),
    reply: drillReply,
    handler: async ({ user, query }) => drillDown(db, user, { ...query, onlyMissed: query.missed === 'true' }),
  });
  route(api, {
    method: 'POST',
    url: '/api/assessment/results/publish',
    summary: '发布考核结果（食品安全协调处）：按当前数据计算各层级得分并存为发布结果，所有单位可见；发布年度结果后该年度指标冻结；记入审计',
    tags: ['assessment'],
    permission: 'assessment.manage',
    body: z.object({ year, period }),
    reply: publishReply,
    handler: async ({ user, body, ip }) => publishResults(db, user, body.year, body.period, ip),
  });
  route(api, {
    method: 'GET',
    url: '/api/assessment/results/report.docx',
    summary: '考评通报（.docx，公文格式）：各层级得分、排名、变化、检查发现问题及整改情况；内容按调用者可见范围',
    tags: ['assessment'],
    permission: 'assessment.read',
    query: z.object({ year, period }),
    handler: async ({ user, query, reply }) => {
      const scores = await allScores(user, query.year, query.period);
      const published = Boolean((await getScores(db, user, { year: query.year, level: 'city', period: query.period })).published);
      const doc = await renderAssessmentReport({ year: query.year, period: query.period, published, scores, rectification: await rectificationByUnit(db, query.year, query.period), issuer: '四川省市场监督管理局' });
      return sendFile(reply, { fileName: doc.fileName, contentType: DOCX, body: doc.bytes }, { noStore: true });
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/assessment/scores.xlsx',
    summary: '导出考核得分（xlsx，每个层级一张表；按调用者可见范围）',
    tags: ['assessment'],
    permission: 'assessment.read',
    query: z.object({ year, period }),
    handler: async ({ user, query, reply }) => {
      const bytes = await scoresWorkbook(query.year, query.period, await allScores(user, query.year, query.period), await rectificationByUnit(db, query.year, query.period));
      return sendFile(reply, { fileName: `${query.year}年考核得分.xlsx`, contentType: XLSX, body: bytes }, { noStore: true });
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/assessment/rectifications',
    summary:
      '整改情况：检查发现问题的整改意见（待整改、已报整改情况待验收、已验收、逾期），可按被检查单位（含下级）、状态、是否逾期、检查、年度筛选；协调处和省局领导看全部，其他单位看本单位及下级的、本单位组织或参加的检查的（暗访、“四不两直”开始前不可见）；{ items, total, counts }',
    tags: ['assessment'],
    permission: 'assessment.read',
    query: pageQuery.extend({
      unitId: uuid.optional(),
      status: z.enum(rectificationStatus.options, '整改状态应为待整改（open）、待验收（reported）或已验收（accepted）').optional(),
      overdue: z.enum(['true', 'false'], '逾期筛选应为 true 或 false').optional(),
      checkId: uuid.optional(),
      year: year.optional(),
    }),
    reply: rectificationsReply,
    handler: async ({ user, query }) => {
      const { page, pageSize, overdue, ...filter } = query;
      return listRectifications(db, user, { ...filter, overdue: overdue === 'true' }, toPage({ page, pageSize }));
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/assessment/checks',
    summary: '考核检查（明查暗访、交叉检查、“四不两直”）列表：协调处看全部，检查组成员单位看参加的，被检查单位（及上级）在暗访、“四不两直”检查开始前看不到',
    tags: ['assessment'],
    permission: 'assessment.read',
    query: z.object({ year: year.optional() }),
    reply: checksReply,
    handler: async ({ user, query }) => listChecks(db, user, query.year),
  });
  route(api, {
    method: 'POST',
    url: '/api/assessment/checks',
    summary: '制定考核检查计划（食品安全协调处）：被检查单位、方式、日期、检查组（可含其他单位人员）；记入审计',
    tags: ['assessment'],
    permission: 'assessment.manage',
    body: z.object({
      title: text(200, '请填写检查名称'),
      method: z.enum(checkMethods, '请选择检查方式'),
      startOn: isoDate(),
      endOn: isoDate(),
      unitIds: z.array(uuid).min(1, '请选择被检查单位').max(250),
      team: z.array(z.object({ unitId: uuid, personName: text(50, '请填写检查人员姓名') })).max(50).default([]),
      notes: z.string().trim().max(5000).nullable().optional(),
    }),
    reply: createdId,
    handler: async ({ user, body, ip, reply }) => {
      const created = await createCheck(db, user, body, ip);
      reply.status(201);
      return created;
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/assessment/checks/:id',
    summary: '考核检查详情：检查组、被检查单位、发现问题及整改情况（被检查单位只看本单位的问题）；范围外或尚未开始的暗访答 404',
    tags: ['assessment'],
    permission: 'assessment.read',
    params: idParams,
    reply: checkDetail,
    handler: async ({ user, params }) => getCheck(db, user, params.id),
  });
  route(api, {
    method: 'POST',
    url: '/api/assessment/checks/:id/findings',
    summary: '登记检查发现的问题并下达整改意见（检查组织单位或检查组成员单位）：整改期限，可按本年度扣分指标扣分；为被检查单位生成整改待办',
    tags: ['assessment'],
    permission: 'assessment.read',
    params: idParams,
    body: z.object({
      unitId: uuid,
      description: text(2000, '请描述发现的问题'),
      requirement: text(2000, '请填写整改意见'),
      dueOn: isoDate(),
      foundOn: isoDate().optional(),
      indicatorCode: z.string().max(60).nullable().optional(),
      deduction: z.number('扣分应为数字').min(0, '扣分不能为负').max(100, '扣分超出范围').optional(),
    }),
    reply: createdId,
    handler: async ({ user, params, body, ip, reply }) => {
      const created = await recordFinding(db, user, params.id, body, ip);
      reply.status(201);
      return created;
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/assessment/findings/:id/report',
    summary: '被检查单位报送整改情况（证据作为附件上传），检查单位收到验收待办',
    tags: ['assessment'],
    permission: 'assessment.rectify',
    params: idParams,
    body: z.object({ version: versionField, report: text(5000, '请填写整改情况') }),
    reply: findingState,
    handler: async ({ user, params, body, ip }) => reportRectification(db, user, params.id, body, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/assessment/findings/:id/review',
    summary: '检查单位验收整改（accepted=true）或退回重新整改（accepted=false，附意见）',
    tags: ['assessment'],
    permission: 'assessment.read',
    params: idParams,
    body: z.object({ version: versionField, accepted: z.boolean('请选择验收结论'), note: z.string().trim().max(2000).nullable().optional() }),
    reply: findingState,
    handler: async ({ user, params, body, ip }) => reviewRectification(db, user, params.id, body, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/assessment/findings/:id/attachments',
    summary: '上传问题证据（检查单位）或整改证据（被检查单位）（multipart：file；jpg/png/pdf/doc/docx/xls/xlsx，不超过20MB）',
    tags: ['assessment'],
    permission: 'assessment.read',
    params: idParams,
    reply: findingFile,
    handler: async ({ user, params, request, reply, ip }) =>
      receiveFileRequest(request, { root, maxBytes: ATTACHMENT_MAX_BYTES, check: () => assertFindingAttachable(db, user, params.id) }, (upload) => {
        reply.status(201);
        return attachFindingFile(db, user, params.id, upload, root, ip);
      }),
  });
  route(api, {
    method: 'GET',
    url: '/api/assessment/findings/:id/attachments/:attachmentId',
    summary: '下载问题或整改证据（经检查的可见范围）',
    tags: ['assessment'],
    permission: 'assessment.read',
    params: z.object({ id: uuid, attachmentId: uuid }),
    handler: async ({ user, params, reply }) => sendAttachment(reply, await readFindingAttachment(db, user, params.id, params.attachmentId, root)),
  });
}
