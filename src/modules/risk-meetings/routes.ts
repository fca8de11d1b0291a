import { z } from 'zod';
import { complianceReply, createdId, leadingGroupReply, matrixReply, meetingAttachment, meetingDetail, meetingPage, noticeDraft as noticeDraftReply, rulesReply } from '../../contracts/risk-meetings.js';
import { can } from '../../domain/permissions.js';
import { ATTACHMENT_MAX_BYTES, attachmentsRootOf } from '../attachments/receive-upload.js';
import { receiveFileRequest, sendAttachment } from '../attachments/file-requests.js';
import { meetingLevelNames, meetingLevels, type MeetingLevel } from '../../domain/risk-meetings/rules.js';
import { toLocalDate } from '../../domain/time.js';
import { isoDate } from '../../http/dates.js';
import { DOCX, sendFile, XLSX } from '../../http/file-reply.js';
import { idParams, route, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { complianceMatrix, complianceOf } from './compliance.js';
import { matrixWorkbook } from './export-matrix.js';
import { getLeadingGroup, replaceLeadingGroup } from './leading-group.js';
import { getMeeting, listMeetings } from './list-meetings.js';
import { assertMeetingAttachable, attachMeetingFile, readMeetingAttachment } from './meeting-attachments.js';
import { renderMinutes } from './meeting-minutes.js';
import { loadMeetingRules, updateMeetingRule } from './meeting-rules.js';
import { noticesOfMeeting } from '../notices/meeting-notices.js';
import { noticeDraft } from './notice-follow-up.js';
import { recordMeeting } from './record-meeting.js';
import { managesRiskMeetings } from './risk-meeting-scope.js';

const text = (max: number, message?: string) => z.string(message).trim().max(max);
const level = z.enum(meetingLevels, '层级应为 province、city 或 county');
const uuid = z.uuid('单位编号格式不正确');
const bool = z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true'));
const year = z.coerce.number().int().min(2000, '年份超出范围').max(2100, '年份超出范围');

export const meetingBody = z.object({
  unitId: uuid.optional(),
  heldOn: isoDate(),
  forPreviousPeriod: z.boolean().optional(),
  form: z.enum(['meeting', 'discussion', 'visit', 'written', 'video'], '请选择研判形式'),
  leadingGroup: z.boolean().optional(),
  title: text(200).optional(),
  summary: text(10000, '请填写研判情况').min(1, '请填写研判情况'),
  participants: z.object({ unitIds: z.array(uuid).max(100).optional(), people: z.array(text(100)).max(200).optional() }).optional(),
  sources: z.array(z.enum(['supervision', 'enforcement', 'sampling', 'complaints', 'opinion'], '研判领域不正确')).max(5).optional(),
  risks: z
    .array(
      z.object({
        description: text(2000, '请描述风险').min(1, '请描述风险'),
        categoryId: z.uuid('食品分类编号格式不正确').nullable().optional(),
        regionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字').nullable().optional(),
        link: z.enum(['production', 'distribution', 'catering', 'online'], '请选择环节').nullable().optional(),
        level: z.enum(['high', 'medium', 'low'], '请选择风险等级'),
      }),
    )
    .max(50)
    .optional(),
  conclusions: text(10000).nullable().optional(),
  minutes: text(50000).nullable().optional(),
  followUps: z
    .array(
      z.object({
        kind: z.enum(['task', 'tracking_sampling', 'notice'], '请选择措施类型'),
        description: text(1000, '请填写措施内容').min(1, '请填写措施内容'),
        ownerUnitId: z.uuid('请选择责任单位'),
        dueOn: isoDate(),
        categoryId: z.uuid('食品分类编号格式不正确').nullable().optional(),
        regionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字').nullable().optional(),
        items: z.array(text(100)).max(50).optional(),
      }),
    )
    .max(30)
    .optional(),
});


export function registerRiskMeetingRoutes(api: ApiContext) {
  const db = api.database.db;
  const root = attachmentsRootOf(api.config.uploadDir);
  route(api, {
    method: 'GET',
    url: '/api/risk-meetings',
    summary: '风险研判活动列表（本级及下级，协调处、抽检监测处全省）：按层级、单位、年度、领导小组会议、逾期补开筛选',
    tags: ['risk-meetings'],
    permission: 'riskMeeting.read',
    query: pageQuery.extend({ level: level.optional(), unitId: uuid.optional(), year: year.optional(), leadingGroup: bool, late: bool }),
    reply: meetingPage,
    handler: async ({ user, query }) => listMeetings(db, user, query, toPage(query)),
  });
  route(api, {
    method: 'POST',
    url: '/api/risk-meetings',
    summary: '登记本单位风险研判活动（“321”，规范第二十二条）：日期定周期（可补记上一周期，计为逾期补开），措施生成责任单位待办，跟踪抽检措施提交抽检建议；办结本周期的研判待办。其他单位的账号登记答 403',
    tags: ['risk-meetings'],
    permission: 'riskMeeting.record',
    body: meetingBody,
    reply: createdId,
    handler: async ({ user, body, ip, reply }) => {
      const created = await recordMeeting(db, user, body, ip);
      reply.status(201);
      return created;
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/risk-meetings/compliance',
    summary: '“321”完成情况：某层级含该日期的周期内，各应开展单位的状态（held 已开展、late 逾期补开、missing 未开展、open 进行中）与开展率；市局看本市县局，省局看全部',
    tags: ['risk-meetings'],
    permission: 'riskMeeting.read',
    query: z.object({ level, date: isoDate().optional() }),
    reply: complianceReply,
    handler: async ({ user, query }) => complianceOf(db, user, query.level, query.date ?? toLocalDate(new Date())),
  });
  route(api, {
    method: 'GET',
    url: '/api/risk-meetings/matrix',
    summary: '“321”完成情况矩阵：某层级一年内各单位×各周期的状态与开展率；可按地区（市或县）筛选单位',
    tags: ['risk-meetings'],
    permission: 'riskMeeting.read',
    query: z.object({ level, year, regionCode: z.string().regex(/^51\d{4}$/, '地区代码格式不正确').optional() }),
    reply: matrixReply,
    handler: async ({ user, query }) => complianceMatrix(db, user, query.level, query.year, new Date(), query.regionCode),
  });
  route(api, {
    method: 'GET',
    url: '/api/risk-meetings/matrix.xlsx',
    summary: '导出“321”完成情况矩阵（xlsx）',
    tags: ['risk-meetings'],
    permission: 'riskMeeting.read',
    query: z.object({ level, year }),
    handler: async ({ user, query, reply }) => {
      const bytes = await matrixWorkbook(await complianceMatrix(db, user, query.level, query.year));
      return sendFile(reply, { fileName: `${query.year}年${meetingLevelNames[query.level as MeetingLevel]}风险研判完成情况.xlsx`, contentType: XLSX, body: bytes });
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/risk-meetings/rules',
    summary: '“321”研判规则（各层级的应开展单位与周期，规范第二十二条）；editable：本单位（食品安全协调处）可否修改',
    tags: ['risk-meetings'],
    permission: 'riskMeeting.read',
    reply: rulesReply,
    handler: async ({ user }) => ({
      editable: can(user.roles, 'riskMeeting.manage') && managesRiskMeetings(user),
      rules: (await loadMeetingRules(db)).map((r) => ({ ...r, level: r.level as MeetingLevel, levelName: meetingLevelNames[r.level as MeetingLevel] ?? r.level })),
    }),
  });
  route(api, {
    method: 'PUT',
    url: '/api/risk-meetings/rules/:level',
    summary: '修改“321”研判规则（食品安全协调处）：周期月数（1、2、3、4、6、12）、起始日期、依据；记入审计',
    tags: ['risk-meetings'],
    permission: 'riskMeeting.manage',
    params: z.object({ level }),
    body: z.object({
      version: z.number().int().min(1),
      periodMonths: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(6), z.literal(12)], { error: '周期应为1、2、3、4、6或12个月' }).optional(),
      effectiveFrom: isoDate().optional(),
      basis: text(500).min(1, '请填写依据').optional(),
    }),
    reply: rulesReply.shape.rules.element,
    handler: async ({ user, params, body, ip }) => {
      const r = await updateMeetingRule(db, user, params.level, body, ip);
      return { ...r, level: r.level as MeetingLevel, levelName: meetingLevelNames[r.level as MeetingLevel] ?? r.level };
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/risk-meetings/leading-group',
    summary: '“监检联动”工作领导小组组成（规范第十九条、第二十条）：组长、副组长、成员（相关单位主要负责人）',
    tags: ['risk-meetings'],
    permission: 'riskMeeting.read',
    reply: leadingGroupReply,
    handler: async ({ user }) => getLeadingGroup(db, user),
  });
  route(api, {
    method: 'PUT',
    url: '/api/risk-meetings/leading-group',
    summary: '修改领导小组组成（食品安全协调处，整体替换，记入审计）',
    tags: ['risk-meetings'],
    permission: 'riskMeeting.manage',
    body: z.object({
      members: z
        .array(z.object({ role: z.enum(['leader', 'deputy', 'member'], '请选择职务'), unitId: uuid, position: text(100).min(1, '请填写职务'), personName: text(50).nullable().optional() }))
        .min(1, '领导小组应有成员')
        .max(100),
    }),
    reply: leadingGroupReply,
    handler: async ({ user, body, ip }) => replaceLeadingGroup(db, user, body.members, ip),
  });
  route(api, {
    method: 'GET',
    url: '/api/risk-meetings/:id',
    summary: '风险研判活动详情：参加单位和人员、研判领域、风险、结论、措施及其待办状态',
    tags: ['risk-meetings'],
    permission: 'riskMeeting.read',
    params: idParams,
    reply: meetingDetail,
    handler: async ({ user, params }) => ({ ...(await getMeeting(db, user, params.id)), notices: await noticesOfMeeting(db, user, params.id) }),
  });
  route(api, {
    method: 'GET',
    url: '/api/risk-meetings/:id/notice-draft',
    summary: '按研判活动起草信息通报：类型（有高风险为风险预警提示，否则通报函）、标题、正文（风险与结论）、建议收件单位；actionId 为本单位负责的“发送通报”措施',
    tags: ['risk-meetings'],
    permission: 'notice.send',
    params: idParams,
    query: z.object({ actionId: z.uuid('措施编号格式不正确').optional() }),
    reply: noticeDraftReply,
    handler: async ({ user, params, query }) => noticeDraft(db, user, params.id, query.actionId),
  });
  route(api, {
    method: 'GET',
    url: '/api/risk-meetings/:id/minutes.docx',
    summary: '下载研判活动纪要（.docx，公文格式）',
    tags: ['risk-meetings'],
    permission: 'riskMeeting.read',
    params: idParams,
    handler: async ({ user, params, reply }) => {
      const doc = await renderMinutes(await getMeeting(db, user, params.id));
      return sendFile(reply, { fileName: doc.fileName, contentType: DOCX, body: doc.bytes }, { noStore: true });
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/risk-meetings/:id/attachments',
    summary: '上传研判活动附件（multipart：file；签到表、材料、签字纪要等，jpg/png/pdf/doc/docx/xls/xlsx，不超过20MB）：仅召开单位；其他单位答 403，范围外答 404',
    tags: ['risk-meetings'],
    permission: 'riskMeeting.record',
    params: idParams,
    reply: meetingAttachment,
    handler: async ({ user, params, request, reply, ip }) =>
      receiveFileRequest(request, { root, maxBytes: ATTACHMENT_MAX_BYTES, check: () => assertMeetingAttachable(db, user, params.id) }, (upload) => {
        reply.status(201);
        return attachMeetingFile(db, user, { meetingId: params.id, upload }, root, ip);
      }),
  });
  route(api, {
    method: 'GET',
    url: '/api/risk-meetings/:id/attachments/:attachmentId',
    summary: '下载研判活动附件（能查看该研判活动的用户；范围外答 404）',
    tags: ['risk-meetings'],
    permission: 'riskMeeting.read',
    params: z.object({ id: z.uuid('编号格式不正确'), attachmentId: z.uuid('编号格式不正确') }),
    handler: async ({ user, params, reply }) => sendAttachment(reply, await readMeetingAttachment(db, user, params.id, params.attachmentId, root)),
  });
}
