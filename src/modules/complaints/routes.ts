import type { MultipartFile } from '@fastify/multipart';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { hasMarkup, NO_MARKUP } from '../../domain/complaints/markup.js';
import {
  complaintAttachment,
  complaintChannel,
  complaintCreated,
  complaintDetail,
  complaintImportJob,
  complaintKind,
  complaintPage,
  complaintStatus,
  intakeKeyCreated,
  intakeKeyList,
  revealedComplainant,
} from '../../contracts/complaints.js';
import type { Tx } from '../../db/client.js';
import { orgUnits } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { sendFile, XLSX } from '../../http/file-reply.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { ATTACHMENT_MAX_BYTES, attachmentsRootOf } from '../attachments/receive-upload.js';
import { receiveFileRequest, sendAttachment } from '../attachments/file-requests.js';
import { cleanFileName } from '../attachments/file-types.js';
import { storeUpload } from '../imports/start-sample-import.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { closeComplaint } from './close-complaint.js';
import { assertComplaintAttachable, attachComplaintFile, readComplaintAttachment } from './complaint-attachments.js';
import { createComplaint } from './create-complaint.js';
import { exportFeedback } from './export-feedback.js';
import { getComplaint } from './get-complaint.js';
import { acceptComplaint, reassignComplaint, rejectComplaint, replyToComplainant } from './handle-complaint.js';
import { getComplaintImport, importComplaints } from './import-complaints.js';
import { createIntakeKey, listIntakeKeys, revokeIntakeKey } from './intake-keys.js';
import { listComplaints } from './list-complaints.js';
import { openCaseFromComplaint } from './open-case-from-complaint.js';
import { registerOpen311 } from './open311.js';
import { personalDataCipher } from './personal-data-cipher.js';
import { registerComplaintPortal } from './portal-pages.js';
import { revealComplainant } from './reveal-complainant.js';

const version = z.number('请提供版本号').int().min(1);
const note = z.string().trim().max(2000, '不能超过2000字').optional();
const date = z.iso.date('日期应为 YYYY-MM-DD');

export const complaintBody = z.object({
  channel: complaintChannel.exclude(['portal']),
  kind: complaintKind,
  anonymous: z.boolean().default(false),
  complainantName: z.string().trim().max(30, '姓名不能超过30字').optional(),
  complainantPhone: z.string().trim().max(20, '联系电话不能超过20位').optional(),
  enterpriseName: z.string().trim().max(200, '不能超过200字').optional(),
  enterpriseCreditCode: z.string().trim().max(30).optional(),
  link: z.enum(['production', 'distribution', 'catering', 'online']).optional(),
  foodName: z.string().trim().max(100, '不能超过100字').optional(),
  address: z.string().trim().max(300, '不能超过300字').optional(),
  cityCode: z.string().regex(/^\d{4}00$/, '请选择市（州）').optional(),
  description: z.string('请填写诉求内容').trim().min(1, '请填写诉求内容').max(5000, '诉求内容不能超过5000字').refine((v) => !hasMarkup(v), `诉求内容${NO_MARKUP}`),
  hotlineNo: z.string().trim().max(64).optional(),
  hotlineDueAt: z.iso.datetime({ offset: true, message: '办理时限应为时间' }).optional(),
  receivedAt: z.iso.datetime({ offset: true, message: '收到时间应为时间' }).optional(),
});

/** Units a complaint may be handed to: the city and county bureaus, and 投诉举报中心 itself. */
async function isHandlingUnit(tx: Tx, unitId: string) {
  if (unitId === unitIdForSlug('complaints')) return true;
  const [u] = await tx.select({ kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, unitId)).limit(1);
  return Boolean(u && ['city_bureau', 'county_bureau'].includes(u.kind));
}

export function registerComplaintRoutes(api: ApiContext) {
  const db = api.database.db;
  const cipher = personalDataCipher(api.config.complaintKey, api.config.complaintPreviousKeys);
  const root = attachmentsRootOf(api.config.uploadDir);
  const detail = (user: Parameters<typeof getComplaint>[1], id: string) => getComplaint(db, user, id, cipher);

  route(api, {
    method: 'GET',
    url: '/api/complaints',
    summary: '投诉举报列表（按数据范围；投诉举报人信息脱敏）：status、regionCode（县或市）、kind、channel、q（编号、12345工单号、对象、食品）、overdue、from/to（收到日期）、enterpriseName（被投诉举报对象全称）、categoryRootId（由食品名称识别的食品大类）',
    tags: ['complaints'],
    permission: 'complaint.read',
    query: pageQuery.extend({
      status: complaintStatus.optional(),
      regionCode: z.string().regex(/^\d{6}$/, '地区代码应为6位数字').optional(),
      kind: complaintKind.optional(),
      channel: complaintChannel.optional(),
      q: z.string().trim().max(100).optional(),
      overdue: z.enum(['true', 'false']).optional(),
      from: date.optional(),
      to: date.optional(),
      enterpriseName: z.string().trim().min(1).max(200).optional(),
      categoryRootId: z.uuid('分类编号格式不正确').optional(),
    }),
    reply: complaintPage,
    handler: async ({ user, query }) => listComplaints(db, user, { ...query, overdue: query.overdue === 'true' }, toPage(query), cipher),
  });
  route(api, {
    method: 'GET',
    url: '/api/complaints/feedback.xlsx',
    summary: '导出12345办结反馈（热线格式；仅承办单位导出时含诉求人姓名和电话）：status、regionCode、from/to',
    tags: ['complaints'],
    permission: 'complaint.read',
    query: z.object({ status: complaintStatus.optional(), regionCode: z.string().regex(/^\d{6}$/, '地区代码应为6位数字').optional(), from: date.optional(), to: date.optional() }),
    handler: async ({ user, query, reply, ip }) => {
      const file = await exportFeedback(db, user, query, cipher, ip);
      return sendFile(reply, { fileName: file.fileName, contentType: XLSX, body: file.body }, { noStore: true });
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/complaints/import',
    summary: '导入12345转办件（multipart：file，xlsx 或 csv，按表头别名识别列）：返回任务，summary 含 imported、merged、rejected 及行号',
    tags: ['complaints'],
    permission: 'complaint.work',
    reply: complaintImportJob,
    handler: async ({ user, request, reply, ip }) => {
      if (!request.isMultipart()) throw new DomainError('BAD_REQUEST', { file: '请以 multipart/form-data 上传文件' });
      let upload: { fileName: string; path: string } | null = null;
      try {
        for await (const part of request.parts()) {
          if (part.type !== 'file') continue;
          const file = part as MultipartFile;
          if (upload || file.fieldname !== 'file') {
            file.file.resume();
            continue;
          }
          const fileName = cleanFileName(file.filename);
          if (!/\.(xlsx|csv)$/i.test(fileName)) {
            file.file.resume();
            throw new DomainError('VALIDATION_FAILED', { file: '只支持 .xlsx 或 .csv 文件' });
          }
          const stored = await storeUpload(api.config.uploadDir, file.file);
          upload = { fileName, path: stored.path };
          if (file.file.truncated) throw new DomainError('PAYLOAD_TOO_LARGE', { file: '文件超过导入大小上限' });
        }
      } catch (error) {
        if (upload) await import('node:fs/promises').then((fs) => fs.rm(upload!.path, { force: true }));
        throw error;
      }
      if (!upload) throw new DomainError('VALIDATION_FAILED', { file: '请选择要导入的文件' });
      const job = await importComplaints(db, user, upload, cipher, ip);
      reply.status(202);
      return job;
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/complaints/imports/:id',
    summary: '12345转办件导入任务（进度与结果）',
    tags: ['complaints'],
    permission: 'complaint.read',
    params: idParams,
    reply: complaintImportJob,
    handler: async ({ user, params }) => getComplaintImport(db, user, params.id),
  });
  route(api, {
    method: 'POST',
    url: '/api/complaints',
    summary: '登记投诉举报（电话、信件、来访或12345转办件）：按地址转办到县（市、区）局或市（州）局，无法确定的转投诉举报中心；重复的合并',
    tags: ['complaints'],
    permission: 'complaint.work',
    body: complaintBody,
    reply: complaintCreated,
    handler: async ({ user, body, ip, reply }) => {
      const now = new Date();
      const outcome = await createComplaint(
        db,
        user,
        { ...body, hotlineDueAt: body.hotlineDueAt ? new Date(body.hotlineDueAt) : null, receivedAt: body.receivedAt ? new Date(body.receivedAt) : now },
        cipher,
        ip,
        now,
      );
      reply.status(outcome.result === 'duplicate' ? 200 : 201);
      return outcome;
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/complaints/:id',
    summary: '投诉举报详情（投诉举报人信息脱敏；actions 为可执行操作）',
    tags: ['complaints'],
    permission: 'complaint.read',
    params: idParams,
    reply: complaintDetail,
    handler: async ({ user, params }) => detail(user, params.id),
  });
  const action = <B extends z.ZodType>(path: string, summary: string, permission: 'complaint.work' | 'case.work', body: B, run: (ctx: { user: Parameters<typeof getComplaint>[1]; id: string; body: z.infer<B>; ip: string }) => Promise<unknown>) =>
    route(api, {
      method: 'POST',
      url: `/api/complaints/:id/${path}`,
      summary,
      tags: ['complaints'],
      permission,
      params: idParams,
      body,
      reply: complaintDetail,
      handler: async ({ user, params, body, ip }) => {
        await run({ user, id: params.id, body, ip });
        return detail(user, params.id);
      },
    });
  action('accept', '受理（举报：核查）', 'complaint.work', z.object({ version, note }), ({ user, id, body, ip }) => acceptComplaint(db, user, { id, ...body }, ip));
  action('reject', '不予受理（须说明理由）', 'complaint.work', z.object({ version, reason: z.string('请填写不予受理的理由').trim().min(1, '请填写不予受理的理由').max(2000) }), ({ user, id, body, ip }) =>
    rejectComplaint(db, user, { id, ...body }, ip),
  );
  action('reassign', '转办到其他单位（投诉举报中心）', 'complaint.work', z.object({ version, unitId: z.uuid('请选择承办单位'), note }), ({ user, id, body, ip }) => reassignComplaint(db, user, { id, ...body }, ip, isHandlingUnit));
  action(
    'close',
    '办结：调解结束、不属实、已开展监督检查，或提出专项抽检建议（suggestion）',
    'complaint.work',
    z.object({
      version,
      outcome: z.enum(['mediated', 'unfounded', 'inspection', 'suggestion'], '请选择办理结果'),
      note,
      suggestion: z.object({ title: z.string().trim().min(1, '请填写建议标题').max(200), content: z.string().trim().min(1, '请填写建议内容').max(5000), categoryId: z.uuid().nullable().optional() }).optional(),
    }),
    ({ user, id, body, ip }) => closeComplaint(db, user, { id, ...body }, ip),
  );
  route(api, {
    method: 'POST',
    url: '/api/complaints/:id/case',
    summary: '经核查属实，立案查处：以本投诉举报为来源立案，投诉举报办结并关联案件',
    tags: ['complaints'],
    permission: 'case.work',
    params: idParams,
    body: z.object({
      version,
      title: z.string('请填写案由').trim().min(1, '请填写案由').max(200),
      partyName: z.string('请填写当事人').trim().min(1, '请填写当事人').max(200),
      facts: z.string('请填写案件基本情况').trim().min(1, '请填写案件基本情况').max(20_000),
      filedOn: date.optional(),
      enterpriseId: z.uuid().optional(),
      filingApprovedBy: z.string().trim().max(50).optional(),
    }),
    reply: complaintDetail,
    handler: async ({ user, params, body, ip, reply }) => {
      await openCaseFromComplaint(db, user, { id: params.id, ...body }, ip);
      reply.status(201);
      return detail(user, params.id);
    },
  });
  action('reply', '答复投诉举报人（公众查询页显示）', 'complaint.work', z.object({ version, text: z.string('请填写答复内容').trim().min(1, '请填写答复内容').max(5000) }), ({ user, id, body, ip }) =>
    replyToComplainant(db, user, { id, ...body }, ip),
  );
  route(api, {
    method: 'POST',
    url: '/api/complaints/:id/reveal',
    summary: '查看投诉举报人姓名和电话（仅承办单位和投诉举报中心；每次查看记入审计日志）',
    tags: ['complaints'],
    permission: 'complaint.read',
    params: idParams,
    body: z.object({ reason: z.string().trim().max(200).optional() }),
    reply: revealedComplainant,
    handler: async ({ user, params, body, ip }) => revealComplainant(db, user, params.id, cipher, ip, body.reason),
  });
  route(api, {
    method: 'POST',
    url: '/api/complaints/:id/attachments',
    summary: '上传投诉举报附件（multipart：file；jpg/png/pdf/doc/docx/xls/xlsx，不超过20MB）',
    tags: ['complaints'],
    permission: 'complaint.work',
    params: idParams,
    reply: complaintAttachment,
    handler: async ({ user, params, request, reply, ip }) =>
      receiveFileRequest(request, { root, maxBytes: ATTACHMENT_MAX_BYTES, check: () => assertComplaintAttachable(db, user, params.id) }, (upload) => {
        reply.status(201);
        return attachComplaintFile(db, user, params.id, upload, root, ip);
      }),
  });
  route(api, {
    method: 'GET',
    url: '/api/complaints/:id/attachments/:attachmentId',
    summary: '下载投诉举报附件',
    tags: ['complaints'],
    permission: 'complaint.read',
    params: z.object({ id: z.uuid('编号格式不正确'), attachmentId: z.uuid('编号格式不正确') }),
    handler: async ({ user, params, reply }) => sendAttachment(reply, await readComplaintAttachment(db, user, params.id, params.attachmentId, root)),
  });

  route(api, {
    method: 'GET',
    url: '/api/intake-keys',
    summary: '外部系统接入密钥列表（不含密钥本身）',
    tags: ['intake-keys'],
    permission: 'intakeKey.manage',
    reply: intakeKeyList,
    handler: async () => listIntakeKeys(db),
  });
  route(api, {
    method: 'POST',
    url: '/api/intake-keys',
    summary: '创建接入密钥（如 12345 热线系统）：密钥只在此次返回，库中只存其散列',
    tags: ['intake-keys'],
    permission: 'intakeKey.manage',
    body: z.object({ name: z.string('请填写名称').trim().min(1, '请填写名称').max(50, '名称不能超过50字') }),
    reply: intakeKeyCreated,
    handler: async ({ user, body, ip, reply }) => {
      reply.status(201);
      return createIntakeKey(db, user, body.name, ip);
    },
  });
  route(api, {
    method: 'DELETE',
    url: '/api/intake-keys/:id',
    summary: '吊销接入密钥（之后使用该密钥的请求一律 401）',
    tags: ['intake-keys'],
    permission: 'intakeKey.manage',
    params: idParams,
    handler: async ({ user, params, ip }) => {
      await revokeIntakeKey(db, user, params.id, ip);
    },
  });

  registerOpen311(api, cipher);
  registerComplaintPortal(api.app, db, cipher, api.config.complaintKey);
}

