import { createHash } from 'node:crypto';
import { z } from 'zod';
import { route, type ApiContext } from '../../http/api-route.js';
import { openResultsReply } from '../../contracts/publication.js';
import { toCsv } from '../../domain/credit/csv.js';
import { countFields, countPublicResults, openView, searchPublicResults, type CountField, type OpenView } from './public-results.js';
import { publicSearchQuery } from './search-query.js';

const CSV_COLUMNS: [keyof OpenView | 'failedItemsText', string][] = [
  ['sampleNo', '抽样编号'], ['status', '状态'], ['foodName', '食品名称'], ['category', '分类'], ['spec', '规格型号'], ['trademark', '商标'], ['productionDate', '生产日期/批号'],
  ['sampledPartyName', '被抽样单位名称'], ['sampledPartyAddress', '被抽样单位地址'], ['nominalProducerName', '标称生产企业名称'], ['nominalProducerAddress', '标称生产企业地址'], ['creditCode', '统一社会信用代码'],
  ['regionCode', '地区代码'], ['regionName', '地区'], ['samplingDate', '抽样日期'], ['conclusion', '结论'], ['failedItemsText', '不合格项目'], ['labName', '检验机构'], ['noticeNo', '公告号'], ['publicNote', '说明'], ['publishedAt', '公布时间'],
];

function csvOf(items: OpenView[]): string {
  const rows = items.map((r) =>
    CSV_COLUMNS.map(([key]) => {
      if (key === 'failedItemsText') return r.failedItems.map((f) => `${f.itemName}║${f.result ?? ''}${f.unit ?? ''}║${f.limit ?? ''}`).join('；');
      const v = r[key];
      return v instanceof Date ? v.toISOString() : v == null ? '' : String(v);
    }),
  );
  return toCsv(CSV_COLUMNS.map(([, label]) => label), rows);
}

/**
 * The open data API (in the spirit of openFDA's food enforcement endpoint): published results
 * only, filters, paging, `count` by a field, JSON or CSV. Cacheable: a strong ETag of the body
 * (If-None-Match → 304) and Last-Modified of the newest row on the page. Rate-limited per client
 * address, so one heavy client gets 429 while the others are served.
 */
export function registerOpenData(api: ApiContext) {
  const db = api.database.db;
  api.app.register(async (scoped) => {
    await scoped.register(import('@fastify/rate-limit'), {
      max: api.config.openDataRateLimitPerMinute,
      timeWindow: '1 minute',
      keyGenerator: (request) => request.ip,
    });
    route({ ...api, app: scoped }, {
      method: 'GET',
      url: '/open/v1/results',
      summary:
        '开放数据：已公布的抽检结果（无需登录）。筛选 q（食品或企业名称，至少2字）、sampleNo、creditCode、category、region、dateFrom/dateTo（公布日期）、conclusion；分页 page/pageSize（≤100）；count=category|categoryRoot|regionName|conclusion|labName 按字段计数；format=csv 输出 CSV。支持 ETag / Last-Modified 缓存；按客户端限流（429）',
      tags: ['open-data'],
      permission: 'public',
      query: publicSearchQuery.extend({
        count: z.enum(Object.keys(countFields) as [CountField, ...CountField[]]).optional(),
        format: z.enum(['json', 'csv']).optional(),
      }),
      reply: openResultsReply,
      handler: async ({ query, request, reply }) => {
        const { count, format, page, pageSize, ...filter } = query;
        let body: unknown;
        let lastModified: Date | null = null;
        if (count) {
          body = { field: count, counts: await countPublicResults(db, filter, count) };
        } else {
          const { rows, total } = await searchPublicResults(db, filter, { pageSize, offset: (page - 1) * pageSize });
          const items = rows.map(openView);
          for (const r of rows) if (!lastModified || r.updatedAt > lastModified) lastModified = r.updatedAt;
          body = format === 'csv' ? csvOf(items) : { items, total };
        }
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
        reply.header('etag', etag).header('cache-control', 'public, max-age=60').header('access-control-allow-origin', '*');
        if (lastModified) reply.header('last-modified', lastModified.toUTCString());
        const since = request.headers['if-modified-since'];
        const notModified =
          request.headers['if-none-match'] !== undefined
            ? request.headers['if-none-match'] === etag
            : Boolean(since && lastModified && Math.floor(lastModified.getTime() / 1000) <= Math.floor(new Date(since).getTime() / 1000));
        if (notModified) return reply.status(304).send();
        if (typeof body === 'string') {
          return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', "attachment; filename*=UTF-8''results.csv").send(body);
        }
        return body;
      },
    });
  });
}
