import { z } from 'zod';
import { isoDate } from '../../http/dates.js';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { addDishonestEntry } from './add-dishonest-entry.js';
import { getCreditRecord } from './credit-record.js';
import { listDishonest } from './dishonest-list.js';
import { createExportBatch } from './export-batch.js';
import { exportBatchFile } from './export-file.js';
import { listDueRecords } from './list-due-records.js';
import { listExportBatches } from './list-export-batches.js';
import { removeDishonestEntry } from './remove-dishonest-entry.js';
import { decideDishonestListing } from './decide-dishonest-listing.js';
import { approveExportBatch } from './approve-export-batch.js';
import { removalKinds } from '../../domain/credit/credit-rules.js';
import { creditRecord, dishonestEntry, dishonestPage, duePage, exportBatchCreated, exportBatchPage, exportBatchRecord } from '../../contracts/credit.js';

const date = (message: string) => isoDate(message);
const text = (min: string, max: number) => z.string({ message: min }).trim().min(2, min).max(max, `不能超过${max}个字`);

const periodShape = z.object({ from: date('请选择开始日期（YYYY-MM-DD）'), to: date('请选择结束日期（YYYY-MM-DD）') });
const periodInOrder = (p: { from: string; to: string }) => p.from <= p.to;
const periodMessage = { message: '结束日期不能早于开始日期', path: ['to'] };

export function registerCreditRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/enterprises/:id/credit-record',
    summary:
      '企业信用记录：{ enterprise, dishonestListing, summary, entries: [{ id, at, kind, kindName, title, detail, link, recordId, status, statusName }]（新的在前）, history: [{ year, sampled, unqualified, overturned }] }；不合格结论被复检或异议推翻的显示为 overturned',
    tags: ['credit'],
    permission: 'credit.read',
    reply: creditRecord,
    params: idParams,
    handler: async ({ user, params }) => getCreditRecord(db, user, params.id),
  });
  route(api, {
    method: 'GET',
    url: '/api/credit/due',
    summary:
      '期间内应归集至国家企业信用信息公示系统、尚未归集的记录（抽检监测处：抽检不合格信息；信用监督管理处：行政处罚、严重违法失信名单）：{ items: [{ recordKind, recordId, kindName, enterpriseName, creditCode, decisionNo, date, content, authority, problem }], total, summary: { total, ready, blocked, byKind }, earlierUnsent }',
    tags: ['credit'],
    permission: 'credit.manage',
    reply: duePage,
    query: pageQuery.extend(periodShape.shape).refine(periodInOrder, periodMessage),
    handler: async ({ user, query }) => listDueRecords(db, user, { from: query.from, to: query.to }, toPage(query)),
  });
  route(api, {
    method: 'POST',
    url: '/api/credit/exports',
    summary: '归集：抽检监测处归集的抽检不合格信息成为待信用处审核的批次；信用监督管理处归集的记录直接登记为已报送（同一记录不会重复报送），201 返回批次 { id, periodFrom, periodTo, recordCount, status, byKind, skipped }',
    tags: ['credit'],
    permission: 'credit.manage',
    reply: exportBatchCreated,
    body: periodShape.refine(periodInOrder, periodMessage),
    handler: async ({ user, body, ip, reply }) => {
      const batch = await createExportBatch(db, user, body, ip);
      reply.status(201);
      return batch;
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/credit/exports/:id/decision',
    summary: '信用监督管理处审核抽检监测处归集的批次：approve=true 报送，false 退回（须填理由，记录重新待归集）',
    tags: ['credit'],
    permission: 'credit.manage',
    reply: exportBatchRecord,
    params: idParams,
    body: z.object({ version: z.number().int().min(1), approve: z.boolean({ message: '请选择报送或退回' }), reason: z.string().trim().max(2000, '不能超过2000个字').optional() }),
    handler: async ({ user, params, body, ip }) => approveExportBatch(db, user, params.id, body, ip),
  });
  route(api, {
    method: 'GET',
    url: '/api/credit/exports',
    summary: '信用信息报送批次（新的在前）：{ items: [{ id, periodFrom, periodTo, recordCount, byKind, createdAt, createdByName }], total }',
    tags: ['credit'],
    permission: 'credit.manage',
    reply: exportBatchPage,
    query: pageQuery,
    handler: async ({ user, query }) => listExportBatches(db, user, toPage(query)),
  });
  route(api, {
    method: 'GET',
    url: '/api/credit/exports/:id/file',
    summary: '下载报送批次文件（xlsx 或 csv，csv 带 UTF-8 BOM）：内容与报送时完全一致',
    tags: ['credit'],
    permission: 'credit.manage',
    params: idParams,
    query: z.object({ format: z.enum(['xlsx', 'csv'], { message: '文件格式应为 xlsx 或 csv' }).default('xlsx') }),
    handler: async ({ user, params, query, reply }) => {
      const file = await exportBatchFile(db, user, params.id, query.format);
      reply.header('content-type', file.contentType);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
      return reply.send(file.body);
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/credit/dishonest',
    summary:
      '严重违法失信名单（公开信息，不按地区限定）：{ items: [{ id, enterpriseId, enterpriseName, creditCode, reason, legalBasis, decisionNo, listedOn, reviewableOn, reviewDue, status, statusName, removedOn, removalReason, caseId, caseNo, listedByUnitName, version, actions }], total, reviewRule, actions }',
    tags: ['credit'],
    permission: 'credit.read',
    reply: dishonestPage,
    query: pageQuery.extend({
      status: z.enum(['proposed', 'listed', 'refused', 'removed'], { message: '状态应为待上级审批、在列、上级未同意或已移出' }).optional(),
      q: z.string().trim().min(1).max(100).optional(),
      enterpriseId: z.uuid({ message: '企业编号格式不正确' }).optional(),
    }),
    handler: async ({ user, query }) => listDishonest(db, user, query, toPage(query)),
  });
  route(api, {
    method: 'POST',
    url: '/api/credit/dishonest',
    summary:
      '列入严重违法失信名单（作出行政处罚的机关：省局案件由信用监督管理处列入；市县局列入的，报上一级审批，状态为待上级审批）：须以案件的行政处罚决定为依据；同一企业不能重复列入（409）；可申请提前移出日期、列入期限按规则设置计算',
    tags: ['credit'],
    permission: 'dishonest.list',
    reply: dishonestEntry,
    body: z.object({
      caseId: z.uuid({ message: '请选择作为列入依据的案件' }),
      enterpriseId: z.uuid({ message: '企业编号格式不正确' }).optional(),
      reason: text('请填写列入事由（至少2个字）', 2000),
      legalBasis: text('请填写法律依据（至少2个字）', 500),
      decisionNo: z.string({ message: '请填写列入决定书文号' }).trim().min(1, '请填写列入决定书文号').max(100, '不能超过100个字'),
      listedOn: date('请选择列入日期（YYYY-MM-DD）'),
    }),
    handler: async ({ user, body, ip, reply }) => {
      const entry = await addDishonestEntry(db, user, body, ip);
      reply.status(201);
      return entry;
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/credit/dishonest/:id/decision',
    summary: '上一级审批市县局提请的列入（县局由市局，市局由省局信用监督管理处）：{ version, approve, decidedOn, reason }；同意的自审批之日起列入，不同意须填理由',
    tags: ['credit'],
    permission: 'dishonest.approve',
    reply: dishonestEntry,
    params: idParams,
    body: z.object({
      version: z.number().int().min(1),
      approve: z.boolean({ message: '请选择同意或不同意' }),
      decidedOn: date('请选择审批日期（YYYY-MM-DD）'),
      reason: z.string().trim().max(2000, '不能超过2000个字').optional(),
    }),
    handler: async ({ user, params, body, ip }) => decideDishonestListing(db, user, params.id, body, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/credit/dishonest/:id/remove',
    summary: '移出严重违法失信名单（列入机关）：{ version, removedOn, removalKind: expired 期满 | early 满一年后提前移出 | decisionRevoked 处罚决定被撤销等, removalReason }；记录保留为已移出',
    tags: ['credit'],
    permission: 'dishonest.list',
    reply: dishonestEntry,
    params: idParams,
    body: z.object({
      version: z.number().int().min(1),
      removedOn: date('请选择移出日期（YYYY-MM-DD）'),
      removalKind: z.enum(removalKinds, { message: '请选择移出情形' }),
      removalReason: text('请填写移出事由（至少2个字）', 2000),
    }),
    handler: async ({ user, params, body, ip }) => removeDishonestEntry(db, user, params.id, body, ip),
  });
}
