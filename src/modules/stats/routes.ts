import { z } from 'zod';
import { route, type ApiContext } from '../../http/api-route.js';
import { DOCX, sendFile } from '../../http/file-reply.js';
import { briefing, dashboard } from '../../contracts/stats.js';
import { toLocalDate } from '../../domain/time.js';
import { getDashboard } from './get-dashboard.js';
import { getBriefing } from './briefing/get-briefing.js';
import { briefingDocx } from './briefing/briefing-docx.js';
import { PROVINCE_CODE } from './areas.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM' });
const briefingQuery = z.object({
  regionCode: z.string().regex(/^51\d{4}$/, { message: '地区应为四川省内的行政区划代码' }).optional(),
  from: month,
  to: month,
});

/** The caller's own region when none is asked: a bureau's own, a provincial unit's the province. */
const ownRegion = (user: { unit: { regionCode: string | null; kind: string } }) =>
  user.unit.kind === 'city_bureau' || user.unit.kind === 'county_bureau' ? (user.unit.regionCode ?? PROVINCE_CODE) : PROVINCE_CODE;

export function registerStatsRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/dashboard',
    summary:
      '省局驾驶舱（按用户数据范围）：regionCode=510000 按市州、=市州代码 按县区，列出 year 年的抽检批次、不合格、不合格率、计划完成、超期核查处置；月度趋势、超期最多的单位、督办、案件、24小时报告及时率、地图指标。批次与不合格数等于 GET /api/samples 同地区同年的合计',
    tags: ['stats'],
    permission: 'sample.read',
    query: z.object({
      regionCode: z.string().regex(/^51\d{2}00$/, { message: '地区应为 510000 或市州代码' }).default(PROVINCE_CODE),
      year: z.coerce.number().int().min(2000).max(2100).optional(),
    }),
    reply: dashboard,
    handler: async ({ user, query }) => getDashboard(db, user, { regionCode: query.regionCode, year: query.year ?? Number(toLocalDate(new Date()).slice(0, 4)) }),
  });
  route(api, {
    method: 'GET',
    url: '/api/briefing',
    summary:
      '研判材料：某地区（默认本单位辖区）、某时段（from、to 为 YYYY-MM，含首尾月份）按大类、地区、环节、不合格项目的抽检与不合格率，与上期、去年同期比较；核查处置、24小时报告、督办、案件、屡查屡犯企业；各数字等于同条件的列表',
    tags: ['stats'],
    permission: 'sample.read',
    query: briefingQuery,
    reply: briefing,
    handler: async ({ user, query }) => getBriefing(db, user, { regionCode: query.regionCode ?? ownRegion(user), from: query.from, to: query.to }),
  });
  route(api, {
    method: 'GET',
    url: '/api/briefing.docx',
    summary: '研判材料（.docx），内容与 GET /api/briefing 相同',
    tags: ['stats'],
    permission: 'sample.read',
    query: briefingQuery,
    handler: async ({ user, query, reply }) => {
      const pack = await getBriefing(db, user, { regionCode: query.regionCode ?? ownRegion(user), from: query.from, to: query.to });
      const file = await briefingDocx(pack);
      return sendFile(reply, { fileName: file.fileName, contentType: DOCX, body: file.content }, { noStore: true });
    },
  });
}
