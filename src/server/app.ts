import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { DomainError } from '../domain/errors.js';
import type { Config } from './config.js';
import { registerErrorHandling } from '../http/errors.js';
import { registerSessionHooks } from './session-hooks.js';
import { route, type ApiContext } from '../http/api-route.js';
import { buildOpenApi } from './openapi.js';
import multipart from '@fastify/multipart';
import { moduleManifests } from '../modules/manifests.js';
import { loggerOptions, registerRequestLog } from './logging.js';
import { registerResultsHandlers } from './results-changed-handlers.js';
import { healthReply } from '../contracts/access.js';

// Field messages in Chinese for every zod schema (the UI shows them next to the field).
z.config(z.locales.zhCN());

const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;

/** Assembles the app: security plugins, session hooks, every module's routes, OpenAPI, the web. */
export async function buildApp(database: Database, config: Config, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  registerResultsHandlers();
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(config),
    // One line per request (registerRequestLog), not Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimitBytes,
    // Fastify accepts a hop count here although its types omit it.
    trustProxy: config.trustProxy as boolean,
  });
  registerErrorHandling(app);
  registerRequestLog(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd writes its styles at run time (CSS-in-JS).
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.cookieSecure,
  });
  await app.register(cookie);
  registerSessionHooks(app, database.db, { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours }, { secureSite: config.cookieSecure });

  const api: ApiContext = { app, database, config, registry: [] };
  route(api, {
    method: 'GET',
    url: '/api/health',
    summary: '健康检查',
    tags: ['system'],
    permission: 'public',
    reply: healthReply,
    handler: async ({ reply }) => {
      try {
        await database.db.execute(sql`SELECT 1`);
        return { status: 'ok' };
      } catch {
        reply.status(503);
        return { status: 'unavailable', database: 'unreachable' };
      }
    },
  });
  // Before any route: the multipart parser serves the import upload and the attachment uploads.
  await app.register(multipart, { limits: { fileSize: config.importMaxBytes, files: 1, fields: 20, fieldSize: 10_000 } });
  for (const manifest of moduleManifests) await manifest.routes?.(api);
  app.get('/api/docs', { config: { public: true } }, async () => buildOpenApi(api.registry, version));

  registerWeb(app, config.webDir);
  return app;
}

/** The built single-page app; unknown non-API paths get index.html so client routes work on reload. */
function registerWeb(app: FastifyInstance, webDir: string) {
  const indexFile = join(webDir, 'index.html');
  const hasWeb = existsSync(indexFile);
  if (hasWeb) app.register(fastifyStatic, { root: webDir, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !hasWeb) {
      throw new DomainError('NOT_FOUND', { path: request.url.split('?')[0] });
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
  });
}
