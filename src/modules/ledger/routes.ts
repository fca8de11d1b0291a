import { z } from 'zod';
import { isoDate } from '../../http/dates.js';
import { route, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { exportLedger } from './export-ledger.js';
import { ledgerByUnit } from './ledger-by-unit.js';
import { linkFilterParam } from '../sampling/link-filter.js';
import { listLedger } from './list-ledger.js';
import { byUnitReply, ledgerPage } from '../../contracts/ledger.js';

const date = isoDate();

const filterShape = z.object({
  ownerUnitId: z.uuid().optional(),
  periodFrom: date.optional(),
  periodTo: date.optional(),
  status: z.enum(['open', 'in_progress', 'pending_approval', 'closed', 'voided']).optional(),
  link: linkFilterParam,
  overdue: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
  fiveInPlace: z.enum(['complete', 'incomplete']).optional(),
});
const periodInOrder = (q: { periodFrom?: string; periodTo?: string }) => !q.periodFrom || !q.periodTo || q.periodFrom <= q.periodTo;
const periodMessage = { message: '结束日期不能早于开始日期', path: ['periodTo'] };

export const ledgerFilterQuery = filterShape.refine(periodInOrder, periodMessage);

export function registerLedgerRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/ledger',
    summary:
      '不合格食品核查处置台账：{ items: [{ disposalId, sampleNo, …, riskControl: { status, doneOn }, …, penaltyCaseNo }], total, summary: { disposals, closed, overdue, fiveInPlaceComplete, byStep } }；期间按收到结论日期（北京时间）',
    tags: ['ledger'],
    permission: 'disposal.read',
    reply: ledgerPage,
    query: pageQuery.extend(filterShape.shape).refine(periodInOrder, periodMessage),
    handler: async ({ user, query }) => listLedger(db, user, query, toPage(query)),
  });
  route(api, {
    method: 'GET',
    url: '/api/ledger/by-unit',
    summary: '台账分单位统计（省局按市州、市州局按县区）：{ unit, items: [{ unitId, unitName, total, closed, overdue, fiveInPlaceComplete, byStep }] }',
    tags: ['ledger'],
    permission: 'disposal.read',
    reply: byUnitReply,
    query: ledgerFilterQuery,
    handler: async ({ user, query }) => ledgerByUnit(db, user, query),
  });
  route(api, {
    method: 'GET',
    url: '/api/ledger/export.xlsx',
    summary: '导出不合格食品核查处置台账（xlsx，流式）',
    tags: ['ledger'],
    permission: 'disposal.read',
    query: ledgerFilterQuery,
    handler: async ({ user, query, reply }) => {
      const stream = await exportLedger(db, user, query);
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('不合格食品核查处置台账.xlsx')}`);
      return reply.send(stream);
    },
  });
}
