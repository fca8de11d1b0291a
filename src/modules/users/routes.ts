import { z } from 'zod';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { permissions, roles } from '../../domain/permissions.js';
import { listUsers, findUser } from './list-users.js';
import { createUser, resetUserPassword, unlockUser, updateUser } from './save-user.js';
import { userView } from './user-view.js';
import { createdUser, initialPasswordReply, rolesReply, userPage, userView as userReply } from '../../contracts/access.js';
import { okReply } from '../../contracts/common.js';
import { actorOf } from '../access/actor.js';
import { setUserEmail } from './user-email.js';

const username = z
  .string()
  .trim()
  .min(2, '用户名至少2个字符')
  .max(64, '用户名最多64个字符')
  .regex(/^[A-Za-z0-9._-]+$/, '用户名只能包含字母、数字、点、下划线和连字符');
const displayName = z.string().trim().min(1, '请输入姓名').max(64);
const roleList = z.array(z.string()).min(1, '至少选择一个角色');
const phone = z.string().trim().regex(/^[0-9-]{7,20}$/, '电话号码格式不正确').nullable().optional();

export function registerUserRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'PUT',
    url: '/api/me/email',
    summary: '设置（或以 null 清除）本人接收通知摘要邮件的邮箱',
    tags: ['users'],
    permission: null,
    body: z.object({ email: z.string().trim().max(254, '邮箱地址过长').nullable() }),
    reply: okReply,
    handler: async ({ user, body, ip }) => {
      await setUserEmail(db, actorOf(user, ip), user.id, body.email);
      return { ok: true };
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/users',
    summary: '用户列表（本级及下级）',
    tags: ['users'],
    permission: 'user.read',
    reply: userPage,
    query: pageQuery.extend({ q: z.string().trim().max(64).optional(), unitId: z.uuid().optional() }),
    handler: async ({ user, query }) => listUsers(db, user, query, toPage(query)),
  });
  route(api, {
    method: 'GET',
    url: '/api/users/:id',
    summary: '用户详情',
    tags: ['users'],
    permission: 'user.read',
    reply: userReply,
    params: idParams,
    handler: async ({ user, params }) => {
      const found = await findUser(db, user, params.id);
      return userView(found.row, found.roles);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/users',
    summary: '新建用户（返回一次性初始密码，首次登录须修改）',
    tags: ['users'],
    permission: 'user.manage',
    reply: createdUser,
    body: z.object({ username, displayName, unitId: z.uuid('请选择所属单位'), roles: roleList, phone }),
    handler: async ({ user, body, ip, reply }) => {
      reply.status(201);
      return createUser(db, user, body, ip);
    },
  });
  route(api, {
    method: 'PATCH',
    url: '/api/users/:id',
    summary: '修改用户（姓名、单位、角色、启用状态）',
    tags: ['users'],
    permission: 'user.manage',
    reply: userReply,
    params: idParams,
    body: z.object({
      displayName: displayName.optional(),
      unitId: z.uuid('请选择所属单位').optional(),
      roles: roleList.optional(),
      phone,
      active: z.boolean().optional(),
      version: z.number().int().min(1),
    }),
    handler: async ({ user, params, body, ip }) => updateUser(db, user, params.id, body, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/users/:id/reset-password',
    summary: '重置密码（返回一次性初始密码）',
    tags: ['users'],
    permission: 'user.manage',
    reply: initialPasswordReply,
    params: idParams,
    handler: async ({ user, params, ip }) => resetUserPassword(db, user, params.id, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/users/:id/unlock',
    summary: '解除登录锁定',
    tags: ['users'],
    permission: 'user.manage',
    reply: userReply,
    params: idParams,
    handler: async ({ user, params, ip }) => unlockUser(db, user, params.id, ip),
  });
  route(api, {
    method: 'GET',
    url: '/api/roles',
    summary: '角色与权限矩阵（代码中定义，见 docs/security.md）',
    tags: ['users'],
    permission: 'user.read',
    reply: rolesReply,
    handler: async () => ({
      roles: Object.entries(roles).map(([code, role]) => ({ code, name: role.name, description: role.description, permissions: role.permissions })),
      permissions: Object.entries(permissions).map(([code, name]) => ({ code, name })),
    }),
  });
}
