import { z } from 'zod';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { DOCX, sendFile, XLSX } from '../../http/file-reply.js';
import { createdReply, publicationDetail, publicationPage, sampleFilterPreview } from '../../contracts/publication.js';
import { DomainError } from '../../domain/errors.js';
import { createPublication } from './create-publication.js';
import { getPublication, listPublications } from './get-publication.js';
import { approvePublication, resubmitPublication, returnPublication } from './review-publication.js';
import { publishPublication } from './publish-publication.js';
import { correctPublishedResult, withdrawPublication, withdrawPublishedResult } from './amend-published.js';
import { publicationDocument, publicationWorkbook } from './publication-files.js';
import { FILTER_CAP, previewSampleFilter, resolveSampleFilter, sampleFilter } from './sample-filter.js';

const text = (max: number, message: string) => z.string(message).trim().min(1, message).max(max);
const note = text(500, '请填写公开说明');
const resultParams = z.object({ id: z.uuid({ message: '编号格式不正确' }), sampleId: z.uuid({ message: '编号格式不正确' }) });

export function registerPublicationRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/publications',
    summary: '信息公布与消费提示列表（kind: announcement 抽检信息公告 | warning 消费提示）',
    tags: ['publication'],
    permission: 'publication.read',
    query: pageQuery.extend({ kind: z.enum(['announcement', 'warning']).optional(), status: z.enum(['review', 'returned', 'approved', 'published', 'withdrawn']).optional() }),
    reply: publicationPage,
    handler: async ({ user, query }) => listPublications(db, user, query, toPage(query)),
  });
  route(api, {
    method: 'GET',
    url: '/api/publications/:id',
    summary: '信息公布详情：样品（暂缓公布的注明原因）、会审记录、可执行操作',
    tags: ['publication'],
    permission: 'publication.read',
    params: idParams,
    reply: publicationDetail,
    handler: async ({ user, params }) => getPublication(db, user, params.id),
  });
  route(api, {
    method: 'GET',
    url: '/api/publications/candidates',
    summary: '按计划、抽样或结论日期、结论、地区预览可公布的样品（限本单位数据范围）：{ total, cap, overCap, items }',
    tags: ['publication'],
    permission: 'publication.draft',
    query: sampleFilter,
    reply: sampleFilterPreview,
    handler: async ({ user, query }) => previewSampleFilter(db, user, query),
  });
  route(api, {
    method: 'POST',
    url: '/api/publications',
    summary: '起草抽检信息公告或消费提示并提交会审：{ title, sampleIds, filter?, kind?, body?, tags?, noticeNo? } → 201 { id }',
    tags: ['publication'],
    permission: 'publication.draft',
    body: z.object({
      kind: z.enum(['announcement', 'warning']).optional(),
      title: text(200, '请填写标题'),
      sampleIds: z.array(z.uuid('样品编号格式不正确')).max(FILTER_CAP, '一次最多公布5000个样品').default([]),
      /** Or pick them by plan / period / conclusion / region: resolved here, within the drafter's scope. */
      filter: sampleFilter.optional(),
      body: z.string().trim().max(10_000).optional(),
      tags: z.array(z.string().trim().min(1).max(20)).max(10).optional(),
      noticeNo: z.string().trim().max(60).optional(),
    }).refine((b) => b.kind === 'warning' || b.sampleIds.length > 0 || b.filter, { message: '请选择要公布的样品', path: ['sampleIds'] }),
    reply: createdReply,
    handler: async ({ user, body, ip, reply }) => {
      const picked = body.filter ? await resolveSampleFilter(db, user, body.filter) : [];
      const sampleIds = [...new Set([...body.sampleIds, ...picked])];
      if (sampleIds.length > FILTER_CAP) throw new DomainError('PUBLICATION_FILTER_TOO_MANY', { cap: FILTER_CAP }, { cap: FILTER_CAP });
      const row = await createPublication(db, user, { ...body, sampleIds }, ip);
      reply.status(201);
      return { id: row.id };
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/publications/:id/approve',
    summary: '会审通过（抽检监测处、新闻宣传处各一次；两处均通过后可公布）',
    tags: ['publication'],
    permission: 'publication.review',
    params: idParams,
    body: z.object({ comment: z.string().trim().max(2000).optional() }),
    reply: publicationDetail,
    handler: async ({ user, params, body, ip }) => {
      await approvePublication(db, user, params.id, body, ip);
      return getPublication(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/publications/:id/return',
    summary: '会审退回（须填意见）；起草单位修改后重新提交',
    tags: ['publication'],
    permission: 'publication.review',
    params: idParams,
    body: z.object({ comment: text(2000, '退回时请填写意见') }),
    reply: publicationDetail,
    handler: async ({ user, params, body, ip }) => {
      await returnPublication(db, user, params.id, body, ip);
      return getPublication(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/publications/:id/resubmit',
    summary: '修改后重新提交会审（新一轮会审）',
    tags: ['publication'],
    permission: 'publication.draft',
    params: idParams,
    body: z.object({ version: z.number().int().min(1), title: z.string().trim().min(1).max(200).optional(), body: z.string().trim().max(10_000).optional() }),
    reply: publicationDetail,
    handler: async ({ user, params, body, ip }) => {
      await resubmitPublication(db, user, params.id, body, ip);
      return getPublication(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/publications/:id/publish',
    summary: '公布（须两处会审通过，否则 409）；publishAt 为将来时间即定时公布；watchDays 舆情监测天数',
    tags: ['publication'],
    permission: 'publication.draft',
    params: idParams,
    body: z.object({
      version: z.number().int().min(1).optional(),
      publishAt: z.iso.datetime({ offset: true, message: '公布时间应为带时区的 ISO 时间' }).transform((s) => new Date(s)).optional(),
      watchDays: z.number().int().min(1).max(90).optional(),
    }),
    reply: publicationDetail,
    handler: async ({ user, params, body, ip }) => {
      await publishPublication(db, user, params.id, body, ip);
      return getPublication(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/publications/:id/withdraw',
    summary: '撤回整个公告或消费提示（公开说明原因）',
    tags: ['publication'],
    permission: 'publication.draft',
    params: idParams,
    body: z.object({ note, version: z.number().int().min(1).optional() }),
    reply: publicationDetail,
    handler: async ({ user, params, body, ip }) => {
      await withdrawPublication(db, user, params.id, body, ip);
      return getPublication(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/publications/:id/results/:sampleId/correct',
    summary: '更正一条已公布的结果（按样品现有信息重新生成，公开更正说明）',
    tags: ['publication'],
    permission: 'publication.draft',
    params: resultParams,
    body: z.object({ note }),
    reply: publicationDetail,
    handler: async ({ user, params, body, ip }) => {
      await correctPublishedResult(db, user, params.id, params.sampleId, body, ip);
      return getPublication(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/publications/:id/results/:sampleId/withdraw',
    summary: '撤回一条已公布的结果（如复检推翻），公开撤回说明，不再显示原内容',
    tags: ['publication'],
    permission: 'publication.draft',
    params: resultParams,
    body: z.object({ note }),
    reply: publicationDetail,
    handler: async ({ user, params, body, ip }) => {
      await withdrawPublishedResult(db, user, params.id, params.sampleId, body, ip);
      return getPublication(db, user, params.id);
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/publications/:id/tables.xlsx',
    summary: '公告附表（合格产品信息、不合格产品信息，国家公示表格式）xlsx',
    tags: ['publication'],
    permission: 'publication.read',
    params: idParams,
    handler: async ({ user, params, reply }) => {
      const file = await publicationWorkbook(db, user, params.id);
      return sendFile(reply, { fileName: `${file.title}.xlsx`, contentType: XLSX, body: file.bytes });
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/publications/:id/announcement.docx',
    summary: '抽检信息公告 Word 文档（公文格式）',
    tags: ['publication'],
    permission: 'publication.read',
    params: idParams,
    handler: async ({ user, params, reply }) => {
      const file = await publicationDocument(db, user, params.id);
      return sendFile(reply, { fileName: `${file.title}.docx`, contentType: DOCX, body: file.bytes });
    },
  });
}
