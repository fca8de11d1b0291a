import { z } from 'zod';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { listWorkItems, workItemView } from './list-work-items.js';
import { findWorkItem } from './find-work-item.js';
import { completeWorkItem } from './complete-work-item.js';
import { workItem, workItemPage } from '../../contracts/work-items.js';

export function registerWorkItemRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/work-items',
    summary: '待办列表（逾期优先），含统计',
    tags: ['work-items'],
    permission: 'workItem.read',
    query: pageQuery.extend({
      scope: z.enum(['mine', 'unit']).default('mine'),
      status: z.enum(['open', 'done']).default('open'),
      kind: z.string().max(64).optional(),
      overdue: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
      subjectType: z.string().max(64).optional(),
      subjectId: z.string().max(128).optional(),
    }),
    reply: workItemPage,
    handler: async ({ user, query }) => listWorkItems(db, user, query, toPage(query)),
  });
  route(api, {
    method: 'GET',
    url: '/api/work-items/:id',
    summary: '待办详情',
    tags: ['work-items'],
    permission: 'workItem.read',
    params: idParams,
    reply: workItem,
    handler: async ({ user, params }) => {
      const item = await findWorkItem(db, user, params.id);
      return workItemView(user, item);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/work-items/:id/complete',
    summary: '办结待办（乐观锁：提交所见的 version）',
    tags: ['work-items'],
    permission: 'workItem.complete',
    params: idParams,
    body: z.object({ version: z.number().int().min(1), note: z.string().max(2000).optional() }),
    reply: workItem,
    handler: async ({ user, params, body, ip }) => {
      const item = await completeWorkItem(db, user, { id: params.id, ...body }, ip);
      return workItemView(user, item);
    },
  });
}
