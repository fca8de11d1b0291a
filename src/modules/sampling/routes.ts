import { z } from 'zod';
import { isoDate } from '../../http/dates.js';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { createSample } from './create-sample.js';
import { exportSamples } from './export-samples.js';
import { getSample } from './get-sample.js';
import { listSamples } from './list-samples.js';
import { loadSampleCatalogue } from './load-sample-catalogue.js';
import { recordResults } from './record-results.js';
import { recordAccompanyingOfficer } from './record-accompanying-officer.js';
import { linkFilterParam } from './link-filter.js';
import { recordSampleLink, recordSamplingDate } from './record-review-fix.js';
import { sampleDetail, samplePage, sampleRecord } from '../../contracts/samples.js';

const date = isoDate();
const regionCode = z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字');
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const sampleFilterQuery = z.object({
  sampleNo: z.string().trim().max(64).optional(),
  planId: z.uuid().optional(),
  regionCode: regionCode.optional(),
  link: linkFilterParam,
  categoryId: z.uuid().optional(),
  categoryRootId: z.uuid().optional(),
  dateFrom: date.optional(),
  dateTo: date.optional(),
  conclusion: z.enum(['pending', 'qualified', 'unqualified', 'issue']).optional(),
  samplingType: z.enum(['supervisory', 'risk_monitoring', 'evaluative']).optional(),
  enterpriseId: z.uuid().optional(),
  enterpriseKind: z.enum(['producer', 'distributor', 'caterer', 'special_food', 'online_platform']).optional(),
  labName: z.string().trim().min(1).max(200).optional(),
  testItem: z.string().trim().min(1).max(100).optional(),
  failedItem: z.string().trim().min(1).max(100).optional(),
  needsReview: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  q: z.string().trim().min(1).max(64).optional(),
});

const itemInput = z.object({
  itemName: z.string().trim().min(1, '请填写检验项目').max(100),
  // Up to the n results of a sampling plan with their units ("1.2×10⁵CFU/g, 3.4×10⁴CFU/g, …").
  resultText: z.string().trim().min(1, '请填写检验结果').max(200, '检验结果不超过200字'),
  unit: optionalText(32),
  limitText: optionalText(64),
  standard: optionalText(64),
  judgementText: optionalText(16),
});

const partyInput = z.object({
  name: z.string().trim().min(1, '请填写单位名称').max(200),
  creditCode: optionalText(32),
  address: optionalText(300),
  regionCode: regionCode.nullable().optional(),
  licenceNumber: optionalText(64),
});

const newSample = z.object({
  sampleNo: z.string().trim().min(1, '请填写抽样编号').max(64),
  planId: z.uuid().nullable().optional(),
  samplingType: z.enum(['supervisory', 'risk_monitoring', 'evaluative']),
  taskSource: optionalText(200),
  foodName: z.string().trim().min(1, '请填写食品名称').max(200),
  spec: optionalText(100),
  trademark: optionalText(100),
  batchNo: optionalText(100),
  productionDate: date.nullable().optional(),
  shelfLife: optionalText(50),
  categoryId: z.uuid('请选择食品分类'),
  link: z.enum(['production', 'distribution', 'catering', 'online'], '请选择环节'),
  sampledParty: partyInput,
  nominalProducer: partyInput.nullable().optional(),
  samplingDate: date,
  samplers: z.array(z.string().trim().max(32)).max(10),
  organisedByMarketRegulation: z.boolean().default(true),
  importedColdChain: z.boolean().default(false),
  accompanyingOfficer: optionalText(64),
  labName: optionalText(200),
  reportNo: optionalText(64),
  /** The day the unqualified conclusion was received: the legal trigger of the disposal's periods. */
  conclusionReceivedOn: date.nullable().optional(),
  remarks: optionalText(2000),
  items: z.array(itemInput).max(200).optional(),
});

export function registerSampleRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/samples',
    summary: '抽样列表（按计划、地区、环节、分类、日期、结论、企业筛选；q 搜索食品或企业名称）',
    tags: ['samples'],
    permission: 'sample.read',
    reply: samplePage,
    query: pageQuery.extend(sampleFilterQuery.shape),
    handler: async ({ user, query }) => listSamples(db, user, query, toPage(query)),
  });
  route(api, {
    method: 'GET',
    url: '/api/samples/export.xlsx',
    summary: '导出筛选后的抽样列表（xlsx，流式）',
    tags: ['samples'],
    permission: 'sample.export',
    query: sampleFilterQuery,
    handler: async ({ user, query, reply }) => {
      const stream = await exportSamples(db, user, query);
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('抽检数据.xlsx')}`);
      return reply.send(stream);
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/samples/:id',
    summary: '抽样详情：检验项目、历史记录',
    tags: ['samples'],
    permission: 'sample.read',
    reply: sampleDetail,
    params: idParams,
    handler: async ({ user, params }) => getSample(db, user, params.id),
  });
  route(api, {
    method: 'POST',
    url: '/api/samples',
    summary: '录入抽样（可同时录入检验结果）；食用农产品、进口冷链食品须填写陪同执法人员',
    tags: ['samples'],
    permission: 'sample.write',
    reply: sampleRecord,
    body: newSample,
    handler: async ({ user, body, ip, reply }) => {
      reply.status(201);
      return createSample(db, user, body, await loadSampleCatalogue(db), ip);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/samples/:id/results',
    summary: '录入或更正检验结果（乐观锁：提交所见的 version）',
    tags: ['samples'],
    permission: 'sample.write',
    reply: sampleRecord,
    params: idParams,
    body: z.object({
      version: z.number().int().min(1),
      labName: optionalText(200),
      reportNo: optionalText(64),
      conclusionReceivedOn: date.nullable().optional(),
      items: z.array(itemInput).min(1).max(200),
    }),
    handler: async ({ user, params, body, ip }) =>
      recordResults(db, user, { sampleId: params.id, ...body }, await loadSampleCatalogue(db), ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/samples/:id/accompanying-officer',
    summary: '补录陪同执法人员（《工作规范》第二十三条；办结该样品的补录待办；乐观锁：提交所见的 version）',
    tags: ['samples'],
    permission: 'sample.write',
    reply: sampleRecord,
    params: idParams,
    body: z.object({ version: z.number().int().min(1), accompanyingOfficer: z.string().trim().min(1, '请填写陪同执法人员').max(64) }),
    handler: async ({ user, params, body, ip }) => recordAccompanyingOfficer(db, user, { sampleId: params.id, ...body }, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/samples/:id/link',
    summary: '确定环节（导入时文件未注明且无法推断的样品；核查处置随之由对应业务处室指导；办结该样品的确定环节待办；乐观锁）',
    tags: ['samples'],
    permission: 'sample.write',
    params: idParams,
    body: z.object({ version: z.number().int().min(1), link: z.enum(['production', 'distribution', 'catering', 'online'], '请选择环节') }),
    reply: sampleRecord,
    handler: async ({ user, params, body, ip }) => recordSampleLink(db, user, { sampleId: params.id, ...body }, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/samples/:id/sampling-date',
    summary: '核实抽样日期（导入时文件未注明、按导入日期记录的样品；办结该样品的核实抽样日期待办；乐观锁）',
    tags: ['samples'],
    permission: 'sample.write',
    params: idParams,
    body: z.object({ version: z.number().int().min(1), samplingDate: date }),
    reply: sampleRecord,
    handler: async ({ user, params, body, ip }) => recordSamplingDate(db, user, { sampleId: params.id, ...body }, ip),
  });
}
