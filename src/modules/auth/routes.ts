import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import { route, type ApiContext } from '../../http/api-route.js';
import { SESSION_COOKIE } from '../../http/session-cookie.js';
import { permissionsOf } from '../../domain/permissions.js';
import { menuFor } from '../../domain/menu.js';
import { capabilitiesOf } from '../../domain/capabilities.js';
import type { SessionUser } from '../access/actor.js';
import { login } from './login.js';
import { databaseRateStore } from './login-rate-store.js';
import { changePassword } from './change-password.js';
import { forgetCachedSessions, resolveSession, revokeSession, revokeUserSessions, type SessionPolicy } from './sessions.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf } from '../access/actor.js';
import { loginReply, me } from '../../contracts/access.js';

export function meView(user: SessionUser) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    unit: { id: user.unit.id, name: user.unit.name, kind: user.unit.kind, regionCode: user.unit.regionCode },
    roles: user.roles,
    permissions: permissionsOf(user.roles),
    menu: menuFor(user),
    /** The page buttons the user is offered (src/domain/capabilities.ts): the web reads no permission. */
    capabilities: capabilitiesOf(user.roles),
    mustChangePassword: user.mustChangePassword,
    csrfToken: user.csrfToken,
  };
}

export function registerAuthRoutes(api: ApiContext) {
  const { config } = api;
  const db = api.database.db;
  const policy: SessionPolicy = { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours };
  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: config.cookieSecure,
      maxAge: config.sessionAbsoluteHours * 3600,
    });

  api.app.register(async (scoped) => {
    await scoped.register(import('@fastify/rate-limit'), {
      max: config.loginRateLimitPerMinute,
      timeWindow: '1 minute',
      hook: 'preHandler',
      // Counted in the database, so that N server processes allow no more attempts than one.
      store: databaseRateStore(db),
      keyGenerator: (request) => `${request.ip}|${String((request.body as { username?: unknown } | undefined)?.username ?? '').trim().toLowerCase()}`,
    });
    route({ ...api, app: scoped }, {
      method: 'POST',
      url: '/api/auth/login',
      summary: '登录：成功后设置会话 Cookie',
      tags: ['auth'],
      permission: 'public',
      reply: loginReply,
      body: z.object({
        username: z.string().trim().min(1, '请输入用户名').max(64),
        password: z.string().min(1, '请输入密码').max(256),
      }),
      handler: async ({ body, ip, request, reply }) => {
        const session = await login(db, { ...body, ip, userAgent: request.headers['user-agent'] ?? null }, policy);
        setCookie(reply, session.token);
        const user = await resolveSession(db, session.token, policy);
        return { user: meView(user), csrfToken: session.csrfToken };
      },
    });
  });

  route(api, {
    method: 'GET',
    url: '/api/me',
    summary: '当前用户、角色、权限与菜单',
    tags: ['auth'],
    permission: null,
    reply: me,
    allowPendingPasswordChange: true,
    handler: async ({ user }) => meView(user),
  });

  route(api, {
    method: 'POST',
    url: '/api/auth/logout',
    summary: '退出登录',
    tags: ['auth'],
    permission: null,
    allowPendingPasswordChange: true,
    handler: async ({ user, reply, ip }) => {
      await db.transaction(async (tx) => {
        await revokeSession(tx, user.sessionId);
        await recordAudit(tx, actorOf(user, ip), { action: 'auth.logout', entityType: 'user', entityId: user.id });
      });
      forgetCachedSessions();
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  });

  route(api, {
    method: 'POST',
    url: '/api/auth/logout-all',
    summary: '退出所有设备上的登录',
    tags: ['auth'],
    permission: null,
    allowPendingPasswordChange: true,
    handler: async ({ user, reply, ip }) => {
      await db.transaction(async (tx) => {
        const ended = await revokeUserSessions(tx, user.id);
        await recordAudit(tx, actorOf(user, ip), { action: 'auth.logoutAll', entityType: 'user', entityId: user.id, after: { ended } });
      });
      forgetCachedSessions();
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  });

  route(api, {
    method: 'POST',
    url: '/api/auth/change-password',
    summary: '修改本人密码',
    tags: ['auth'],
    permission: null,
    allowPendingPasswordChange: true,
    body: z.object({
      currentPassword: z.string().min(1, '请输入当前密码'),
      newPassword: z.string().min(1, '请输入新密码').max(256),
    }),
    handler: async ({ user, body, ip }) => {
      await changePassword(db, user, body, ip);
    },
  });
}
