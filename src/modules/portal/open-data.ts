import { createHash } from 'node:crypto';
import { z } from 'zod';
import { batchedRateStore } from '../auth/batched-rate-store.js';
import { route, type ApiContext } from '../../http/api-route.js';
import { openResultsReply } from '../../contracts/publication.js';
import { toCsv } from '../../domain/credit/csv.js';
import { countFields, countPublicResults, openView, searchPublicResults, type CountField, type OpenView, type PublicFilter } from './public-results.js';
import { publicSearchQuery } from './search-query.js';
import { openDataCache, type CachedReply } from './open-data-cache.js';

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
 * address across all server processes, so one heavy client gets 429 while the others are served.
 */
type OpenQuery = PublicFilter & { count?: CountField; format?: 'json' | 'csv'; page: number; pageSize: number };

/** Runs the query and makes the reply that the cache keeps: the body, its strong ETag, Last-Modified. */
async function answerWith(db: ApiContext['database']['db'], query: OpenQuery, stamp: string): Promise<CachedReply> {
  const { count, format, page, pageSize, ...filter } = query;
  let body: string;
  let lastModified: Date | null = null;
  if (count) {
    body = JSON.stringify({ field: count, counts: await countPublicResults(db, filter, count) });
  } else {
    const { rows, total, totalCapped } = await searchPublicResults(db, filter, { pageSize, offset: (page - 1) * pageSize });
    const items = rows.map(openView);
    for (const r of rows) if (!lastModified || r.updatedAt > lastModified) lastModified = r.updatedAt;
    body = format === 'csv' ? csvOf(items) : JSON.stringify({ items, total, ...(totalCapped ? { totalCapped } : {}) });
  }
  return { stamp, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`, lastModified: lastModified?.toUTCString() ?? null, csv: format === 'csv' && !count };
}

export function registerOpenData(api: ApiContext) {
  const answer = (query: OpenQuery, stamp: string) => answerWith(api.database.db, query, stamp);
  const db = api.database.db;
  const cache = openDataCache(db);
  api.app.register(async (scoped) => {
    await scoped.register(import('@fastify/rate-limit'), {
      max: api.config.openDataRateLimitPerMinute,
      timeWindow: '1 minute',
      keyGenerator: (request) => request.ip,
      // Counted across every server process, a flush interval at a time (batched-rate-store.ts).
      store: batchedRateStore(db, 'open-data').Store,
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
        const key = JSON.stringify(query);
        const stamp = await cache.current();
        const cached = cache.get(key, stamp) ?? (await answer(query, stamp));
        cache.set(key, cached);
        reply.header('etag', cached.etag).header('cache-control', 'public, max-age=60').header('access-control-allow-origin', '*');
        if (cached.lastModified) reply.header('last-modified', cached.lastModified);
        const since = request.headers['if-modified-since'];
        const notModified =
          request.headers['if-none-match'] !== undefined
            ? request.headers['if-none-match'] === cached.etag
            : Boolean(since && cached.lastModified && Date.parse(cached.lastModified) <= Date.parse(since));
        if (notModified) return reply.status(304).send();
        if (cached.csv) return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', "attachment; filename*=UTF-8''results.csv").send(cached.body);
        // Already JSON: sent as is, not serialised again (the contract check still parses it in tests).
        reply.header('content-type', 'application/json; charset=utf-8');
        return api.config.checkReplies ? JSON.parse(cached.body) : reply.send(cached.body);
      },
    });
  });
}
