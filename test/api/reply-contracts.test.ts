import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { z } from 'zod';
import { route } from '../../src/http/api-route.js';
import { registerErrorHandling } from '../../src/http/errors.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Routes without a JSON reply contract, each with its reason. Every other route declares `reply`
 * (a schema from src/contracts/), so the API tests check its replies (config.checkReplies) and the
 * web's types, imported from the same schemas, cannot drift.
 */
const noContent = 'answers 204 No Content: there is no body to describe';
const file = 'sends a file (xlsx/docx/attachment), not JSON';
const withoutContract: Record<string, string> = {
  'POST /api/auth/logout': noContent,
  'POST /api/auth/logout-all': noContent,
  'POST /api/auth/change-password': noContent,
  'GET /api/samples/export.xlsx': file,
  'GET /api/imports/:id/errors.xlsx': file,
  'GET /api/imports/template.xlsx': file,
  'GET /api/ledger/export.xlsx': file,
  'GET /api/risk-meetings/matrix.xlsx': file,
  'GET /api/risk-meetings/:id/minutes.docx': file,
  'PUT /api/calendar-years/:year': noContent,
  'GET /api/credit/exports/:id/file': file,
  'POST /api/disposals/:id/documents/:kind': file,
  'GET /api/disposals/:id/documents/:kind': file,
  'GET /api/attachments/:id': file,
  'GET /api/notices/:id/attachments/:attachmentId': file,
  'GET /api/risk-meetings/:id/attachments/:attachmentId': file,
  'GET /api/notifications/stream': 'a server-sent event stream (text/event-stream), not one JSON body',
  'GET /api/publications/:id/tables.xlsx': file,
  'GET /api/publications/:id/announcement.docx': file,
  'GET /api/briefing.docx': file,
  'GET /api/complaints/feedback.xlsx': file,
  'GET /api/complaints/:id/attachments/:attachmentId': file,
  'DELETE /api/intake-keys/:id': noContent,
  'GET /api/analytics/pivot.xlsx': file,
  'GET /api/analytics/complaints.xlsx': file,
  'GET /api/assessment/results/report.docx': file,
  'GET /api/assessment/scores.xlsx': file,
  'GET /api/assessment/findings/:id/attachments/:attachmentId': file,
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('reply contracts', () => {
  it('every route declares the reply it sends (or is listed with its reason)', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs' })).json() as {
      paths: Record<string, Record<string, { tags: string[]; responses: Record<string, unknown> }>>;
    };
    const missing: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const key = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
        if (operation.responses['2XX'] || withoutContract[key]) continue;
        missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });

  it('documents each reply contract in OpenAPI', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs' })).json();
    const schema = doc.paths['/api/work-items'].get.responses['2XX'].content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['items', 'total', 'counts']));
  });

  it('answers 500 when a reply drifts from its contract, and only when checking is on', async () => {
    async function appWith(checkReplies: boolean) {
      const app = Fastify({ logger: false });
      registerErrorHandling(app);
      const api = { app, database: t.database, config: { ...t.config, checkReplies }, registry: [] };
      route(api, { method: 'GET', url: '/drift', summary: 'drift', tags: ['test'], permission: 'public', reply: z.object({ n: z.number() }), handler: async () => ({ n: 'one' }) });
      route(api, { method: 'GET', url: '/kept', summary: 'kept', tags: ['test'], permission: 'public', reply: z.object({ at: z.string() }), handler: async () => ({ at: new Date(0) }) });
      await app.ready();
      return app;
    }
    const checking = await appWith(true);
    const drift = await checking.inject({ method: 'GET', url: '/drift' });
    expect(drift.statusCode).toBe(500);
    expect(drift.json().error.code).toBe('INTERNAL');
    // The contract describes the wire: a Date is checked as the ISO string the client receives.
    expect((await checking.inject({ method: 'GET', url: '/kept' })).json()).toEqual({ at: new Date(0).toISOString() });
    const production = await appWith(false);
    expect((await production.inject({ method: 'GET', url: '/drift' })).json()).toEqual({ n: 'one' });
    await Promise.all([checking.close(), production.close()]);
  });
});
