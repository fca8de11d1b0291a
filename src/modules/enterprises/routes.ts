import { z } from 'zod';
import { route, idParams, type ApiContext } from '../../server/api-route.js';
import { pageQuery, toPage } from '../../server/paging.js';
import { getEnterprise, listEnterprises } from './list-enterprises.js';

export function registerEnterpriseRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/enterprises',
    summary: '食品生产经营者（按名称片段、统一社会信用代码、地区、类型查询）',
    tags: ['enterprises'],
    permission: 'enterprise.read',
    query: pageQuery.extend({
      q: z.string().trim().min(1).max(100).optional(),
      creditCode: z.string().trim().max(32).optional(),
      regionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字').optional(),
      kind: z.enum(['producer', 'distributor', 'caterer', 'special_food', 'online_platform']).optional(),
      needsReview: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
    }),
    handler: async ({ user, query }) => listEnterprises(db, user, query, toPage(query)),
  });
  route(api, {
    method: 'GET',
    url: '/api/enterprises/:id',
    summary: '企业详情与历年抽检情况',
    tags: ['enterprises'],
    permission: 'enterprise.read',
    params: idParams,
    handler: async ({ user, params }) => getEnterprise(db, user, params.id),
  });
}
