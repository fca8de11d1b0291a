import { route, type ApiContext } from '../../http/api-route.js';
import { getOverview } from './get-overview.js';
import { overview } from '../../contracts/overview.js';

export function registerOverviewRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/overview',
    summary:
      '工作台概况（按用户数据范围）：{ year, openDisposals, overdueDisposals, openUrgentReports, openEscalations, unqualifiedThisYear, unqualifiedByCity: [{ regionCode, name, count }] }；用户菜单中没有的记录类型为 null',
    tags: ['work-items'],
    permission: 'workItem.read',
    reply: overview,
    handler: async ({ user }) => getOverview(db, user),
  });
}
