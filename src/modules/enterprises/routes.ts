import { z } from 'zod';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { getEnterprise, listEnterprises } from './list-enterprises.js';
import { updateEnterprise } from './update-enterprise.js';
import { enterprise, enterpriseDetail, enterprisePage } from '../../contracts/enterprises.js';

export function registerEnterpriseRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/enterprises',
    summary: '食品生产经营者（按名称片段、统一社会信用代码、地区、类型查询）',
    tags: ['enterprises'],
    permission: 'enterprise.read',
    reply: enterprisePage,
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
    reply: enterpriseDetail,
    params: idParams,
    handler: async ({ user, params }) => getEnterprise(db, user, params.id),
  });
  route(api, {
    method: 'PATCH',
    url: '/api/enterprises/:id',
    summary: '更正企业信息（信用代码、地区、地址、类型、许可证号），核实后清除“待核实”',
    tags: ['enterprises'],
    permission: 'enterprise.write',
    reply: enterprise,
    params: idParams,
    body: z.object({
      version: z.number().int().min(1),
      name: z.string().trim().min(1, '请填写名称').max(200).optional(),
      creditCode: z.string().trim().max(32).nullable().optional(),
      regionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字').nullable().optional(),
      address: z.string().trim().max(300).nullable().optional(),
      kind: z.enum(['producer', 'distributor', 'caterer', 'special_food', 'online_platform']).optional(),
      licenceNumbers: z.array(z.string().trim().regex(/^(SC|JY)\w{6,20}$/i, '许可证号应以 SC 或 JY 开头')).max(10).optional(),
      reviewed: z.boolean().optional(),
    }),
    handler: async ({ user, params, body, ip }) => updateEnterprise(db, user, params.id, body, ip),
  });
}
