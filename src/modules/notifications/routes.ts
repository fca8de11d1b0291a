import { z } from 'zod';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { notificationPage, unreadReply } from '../../contracts/notifications.js';
import { openEventBus } from './event-bus.js';
import { listNotifications, markNotificationsRead, unreadCount } from './list-notifications.js';
import { openNotificationStream } from './notification-stream.js';

export async function registerNotificationRoutes(api: ApiContext) {
  const db = api.database.db;
  const bus = await openEventBus(api.database);
  const streams = new Set<() => void>();
  // Open streams would keep the server from closing: end them first, then stop listening.
  api.app.addHook('preClose', async () => {
    for (const end of [...streams]) end();
  });
  api.app.addHook('onClose', async () => bus.close());

  route(api, {
    method: 'GET',
    url: '/api/notifications',
    summary: '我的通知（本人和本单位的），新的在前；unread=true 只看未读',
    tags: ['notifications'],
    permission: null,
    query: pageQuery.extend({ unread: z.enum(['true', 'false']).optional().transform((v) => v === 'true') }),
    reply: notificationPage,
    handler: async ({ user, query }) => listNotifications(db, user, { unread: query.unread }, toPage(query)),
  });
  route(api, {
    method: 'GET',
    url: '/api/notifications/unread-count',
    summary: '未读通知数（铃铛上的数字）',
    tags: ['notifications'],
    permission: null,
    reply: unreadReply,
    handler: async ({ user }) => ({ unread: await unreadCount(db, user) }),
  });
  route(api, {
    method: 'GET',
    url: '/api/notifications/stream',
    summary: '通知实时推送（text/event-stream）：event unread，data { unread }；任一服务进程写入的通知都会推送',
    tags: ['notifications'],
    permission: null,
    handler: async ({ user, request, reply }) => openNotificationStream(db, bus, streams, user, request, reply),
  });
  route(api, {
    method: 'POST',
    url: '/api/notifications/:id/read',
    summary: '标记一条通知为已读',
    tags: ['notifications'],
    permission: null,
    params: idParams,
    reply: unreadReply,
    handler: async ({ user, params }) => markNotificationsRead(db, user, [params.id]),
  });
  route(api, {
    method: 'POST',
    url: '/api/notifications/read-all',
    summary: '全部标记为已读',
    tags: ['notifications'],
    permission: null,
    reply: unreadReply,
    handler: async ({ user }) => markNotificationsRead(db, user, 'all'),
  });
}
