import { z } from 'zod';
import { route, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { listAuditLogs } from './list-audit-logs.js';
import { verifyAuditChain } from './verify-audit-chain.js';
import { auditPage, auditVerifyReply } from '../../contracts/access.js';

export function registerAuditRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/audit-logs',
    summary: '审计日志（新到旧）',
    tags: ['audit'],
    permission: 'audit.read',
    reply: auditPage,
    query: pageQuery.extend({
      action: z.string().max(64).optional(),
      entityType: z.string().max(64).optional(),
      entityId: z.string().max(128).optional(),
    }),
    handler: async ({ query }) => listAuditLogs(db, query, toPage(query)),
  });
  route(api, {
    method: 'POST',
    url: '/api/audit/verify',
    summary: '校验审计日志哈希链（SM3），报告第一个断点',
    tags: ['audit'],
    permission: 'audit.verify',
    reply: auditVerifyReply,
    handler: async () => verifyAuditChain(db),
  });
}
