import { z } from 'zod';
import { route, type ApiContext } from '../../http/api-route.js';
import { sendFile, XLSX } from '../../http/file-reply.js';
import { complaintCounts, pivot, rates } from '../../contracts/analytics.js';
import { dimensionLabels, dimensions } from '../../domain/analytics/pivot.js';
import { toLocalDate } from '../../domain/time.js';
import { getPivot, type PivotRequest } from './get-pivot.js';
import { getRates } from './get-rates.js';
import { pivotWorkbook } from './export-pivot.js';
import { complaintCountsWorkbook } from './export-complaint-counts.js';
import { getComplaintCounts, TOP_ENTERPRISES } from './complaint-counts.js';

const month = z.string().regex(/^(20\d{2}|2100)-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM' });
const regionCode = z.string().regex(/^51\d{4}$/, { message: '地区应为四川省内的行政区划代码' });
const dimension = z.enum(dimensions, { message: '请选择统计维度' });

const pivotQuery = z.object({
  rows: dimension,
  columns: dimension.optional(),
  from: month.optional(),
  to: month.optional(),
  regionCode: regionCode.optional(),
  categoryRootId: z.uuid().optional(),
  categoryId: z.uuid().optional(),
  categoryLevel: z.coerce.number().int().min(1, '分类层级为1–4').max(4, '分类层级为1–4').optional(),
  link: z.enum(['production', 'distribution', 'catering', 'online', 'unknown']).optional(),
  samplingType: z.enum(['supervisory', 'risk_monitoring', 'evaluative']).optional(),
  enterpriseKind: z.enum(['producer', 'distributor', 'caterer', 'special_food', 'online_platform']).optional(),
  labName: z.string().trim().min(1).max(200).optional(),
  item: z.string().trim().min(1).max(100).optional(),
});

const complaintCountsQuery = z.object({
  by: z.enum(['category', 'city', 'county', 'enterprise', 'month'], { message: 'by 应为 category、city、county、enterprise 或 month' }),
  year: z.coerce.number().int().min(2000, '年份应在2000–2100之间').max(2100, '年份应在2000–2100之间'),
  regionCode: regionCode.optional(),
});

/** The period defaults to this calendar year (Asia/Shanghai). */
function requestOf(query: z.infer<typeof pivotQuery>): PivotRequest {
  const year = toLocalDate(new Date()).slice(0, 4);
  return { ...query, from: query.from ?? `${year}-01`, to: query.to ?? `${year}-12` };
}

export function registerAnalyticsRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/analytics/rates',
    summary:
      '不合格率：按 by（city 市州、county 县区、category 大类（给定 categoryRootId 时为其亚类）、item 检验项目、link 环节、month 月份）统计 year 年（按抽样日期）的抽检批次、不合格批次与不合格率，可限地区与大类；按用户数据范围。by=city 时批次与不合格数等于 GET /api/samples 同地区同时段的合计',
    tags: ['analytics'],
    permission: 'analytics.read',
    query: z.object({
      by: z.enum(['city', 'county', 'category', 'item', 'link', 'month'], { message: 'by 应为 city、county、category、item、link 或 month' }),
      year: z.coerce.number().int().min(2000, '年份应在2000–2100之间').max(2100, '年份应在2000–2100之间'),
      regionCode: regionCode.optional(),
      categoryRootId: z.uuid().optional(),
    }),
    reply: rates,
    handler: async ({ user, query }) => getRates(db, user, query),
  });
  route(api, {
    method: 'GET',
    url: '/api/analytics/complaints',
    summary:
      '投诉举报统计：按 by（category 由食品名称识别的食品大类、city 市州、county 县区、enterprise 被投诉举报次数最多的 ${TOP_ENTERPRISES} 个对象、month 月份）统计 year 年（按收到日期）收到的投诉举报（合并的重复件不重复计）及其中投诉、举报、12345转办件数；按投诉举报的数据范围，可限地区；每个数字带同条件的投诉举报列表链接，合计等于 GET /api/complaints 同条件的 total',
    tags: ['analytics'],
    permission: 'complaint.read',
    query: complaintCountsQuery,
    reply: complaintCounts,
    handler: async ({ user, query }) => getComplaintCounts(db, user, query),
  });
  route(api, {
    method: 'GET',
    url: '/api/analytics/complaints.xlsx',
    summary: '导出投诉举报统计（xlsx），内容与 GET /api/analytics/complaints 相同',
    tags: ['analytics'],
    permission: 'complaint.read',
    query: complaintCountsQuery,
    handler: async ({ user, query, reply }) => {
      const counts = await getComplaintCounts(db, user, query);
      const body = await complaintCountsWorkbook(counts, query.regionCode);
      return sendFile(reply, { fileName: `投诉举报统计-${query.year}.xlsx`, contentType: XLSX, body }, { noStore: true });
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/analytics/pivot',
    summary:
      '风险分析透视：任意一至两个维度（市州、县区、食品分类四级下钻、检验项目、环节、抽检类型、企业类型、承检机构、月/季/年）的抽检批次、不合格与问题批次及比率；每格带样本数、小样本标记和对应的抽样列表链接；按用户数据范围',
    tags: ['analytics'],
    permission: 'analytics.read',
    query: pivotQuery,
    reply: pivot,
    handler: async ({ user, query }) => getPivot(db, user, requestOf(query)),
  });
  route(api, {
    method: 'GET',
    url: '/api/analytics/pivot.xlsx',
    summary: '导出风险分析透视表（xlsx），内容与 GET /api/analytics/pivot 相同',
    tags: ['analytics'],
    permission: 'analytics.read',
    query: pivotQuery,
    handler: async ({ user, query, reply }) => {
      const request = requestOf(query);
      const result = await getPivot(db, user, request);
      const title = `风险分析：${dimensionLabels[request.rows]}${request.columns ? ` × ${dimensionLabels[request.columns]}` : ''}（${request.from} 至 ${request.to}）`;
      const filters = Object.entries(query)
        .filter(([k, v]) => v !== undefined && !['rows', 'columns', 'from', 'to'].includes(k))
        .map(([k, v]) => `${k}=${String(v)}`);
      const body = await pivotWorkbook(result, title, filters);
      return sendFile(reply, { fileName: `风险分析-${dimensionLabels[request.rows]}.xlsx`, contentType: XLSX, body }, { noStore: true });
    },
  });
}
