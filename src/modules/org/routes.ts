import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { getOrgUnit, listOrgUnits } from './list-org-units.js';
import { orgUnitDetail, orgUnitList } from '../../contracts/access.js';

export function registerOrgRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/org-units',
    summary: '组织机构（扁平列表，按 parentId 组成树）',
    tags: ['org'],
    permission: 'org.read',
    reply: orgUnitList,
    handler: async () => listOrgUnits(db),
  });
  route(api, {
    method: 'GET',
    url: '/api/org-units/:id',
    summary: '单位详情与职责',
    tags: ['org'],
    permission: 'org.read',
    reply: orgUnitDetail,
    params: idParams,
    handler: async ({ params }) => getOrgUnit(db, params.id),
  });
}
