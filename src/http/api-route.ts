import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z, type ZodType } from 'zod';
import { DomainError } from '../domain/errors.js';
import { can, type Permission } from '../domain/permissions.js';
import type { SessionUser } from '../modules/access/actor.js';
import type { Database } from '../db/client.js';
import type { Config } from '../server/config.js';
import { rejectNulBytes } from './reject-nul-bytes.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** Present on every route that is not `public`. */
  user: SessionUser;
  ip: string;
  request: FastifyRequest;
  reply: FastifyReply;
  /** The outside system a route's `apiKey` verified. */
  client?: unknown;
}

export interface RouteDefinition<P extends ZodType, Q extends ZodType, B extends ZodType> {
  method: Method;
  url: string;
  summary: string;
  tags: string[];
  /** null: anyone signed in; 'public': no session needed; else the permission required. */
  permission: Permission | null | 'public';
  /** Routes a user with a pending password change may still call. */
  allowPendingPasswordChange?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * The JSON the route answers with on success, from `src/contracts/` (the web imports its types
   * from there). Documented in OpenAPI; checked against every 2xx reply when `config.checkReplies`
   * is on (tests, `npm run dev`), never in production. Routes that send a file or nothing leave it
   * out and are listed, with the reason, in test/api/reply-contracts.test.ts.
   */
  reply?: ZodType;
  /**
   * An outside system's key instead of a session (with `permission: 'public'`): read from this
   * header and verified after the NUL check and before any parsing, so a request without a valid
   * key gets 401 whatever its body; the verified client is `ctx.client`. OpenAPI documents it as
   * the operation's security.
   */
  apiKey?: { header: string; verify: (key: string | undefined) => Promise<unknown> };
  /** A smaller body limit than the app's (bytes): 413 before anything is read into the handler. */
  bodyLimit?: number;
  /** Reply status when the handler returns undefined (default 204). */
  handler: (ctx: RouteContext<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<unknown>;
}

export interface RegisteredRoute {
  method: Method;
  url: string;
  summary: string;
  tags: string[];
  permission: Permission | null | 'public';
  params?: ZodType;
  query?: ZodType;
  body?: ZodType;
  reply?: ZodType;
  /** The header of an outside system's key (`apiKey`), for OpenAPI. */
  apiKeyHeader?: string;
}

export interface ApiContext {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** Every route registered through `route`, for the OpenAPI document. */
  registry: RegisteredRoute[];
}

/**
 * Declares a route as data: zod schemas (which validate *and* document), the permission, and a
 * thin handler. Routes never touch the ORM: they call a use case and shape the reply.
 */
export function route<P extends ZodType = ZodType<unknown>, Q extends ZodType = ZodType<unknown>, B extends ZodType = ZodType<unknown>>(
  api: ApiContext,
  def: RouteDefinition<P, Q, B>,
) {
  api.registry.push({ method: def.method, url: def.url, summary: def.summary, tags: def.tags, permission: def.permission, params: def.params, query: def.query, body: def.body, reply: def.reply, apiKeyHeader: def.apiKey?.header });
  api.app.route({
    method: def.method,
    url: def.url,
    config: { public: def.permission === 'public', allowPendingPasswordChange: def.allowPendingPasswordChange ?? false },
    ...(def.bodyLimit ? { bodyLimit: def.bodyLimit } : {}),
    handler: async (request, reply) => {
      const user = request.user;
      if (def.permission !== 'public') {
        if (!user) throw new DomainError('UNAUTHENTICATED');
        if (def.permission && !can(user.roles, def.permission)) throw new DomainError('FORBIDDEN', { permission: def.permission });
      }
      rejectNulBytes({ params: request.params, query: request.query, body: request.body });
      let client: unknown;
      if (def.apiKey) {
        const raw = request.headers[def.apiKey.header.toLowerCase()];
        client = await def.apiKey.verify(typeof raw === 'string' ? raw : undefined);
        if (!client) throw new DomainError('INTAKE_KEY_INVALID');
      }
      const ctx = {
        params: def.params ? def.params.parse(request.params) : request.params,
        query: def.query ? def.query.parse(request.query) : request.query,
        body: def.body ? def.body.parse(request.body ?? {}) : request.body,
        user: user as SessionUser,
        ip: request.ip,
        request,
        reply,
        client,
      } as RouteContext<z.infer<P>, z.infer<Q>, z.infer<B>>;
      const result = await def.handler(ctx);
      if (reply.sent) return reply;
      if (result === undefined) return reply.status(204).send();
      if (def.reply && api.config.checkReplies && reply.statusCode < 300) checkReply(def, result);
      return result;
    },
  });
}

/**
 * Fails the request when a reply drifts from its contract. The reply is checked as the client
 * receives it (after the JSON round trip: Dates are ISO strings), so the contract describes the
 * wire, which is what the web's types must match. A development/test aid: it costs a serialisation
 * and a parse per request, so production leaves `checkReplies` off.
 */
function checkReply(def: { method: Method; url: string; reply?: ZodType }, result: unknown) {
  const parsed = def.reply!.safeParse(JSON.parse(JSON.stringify(result)));
  if (parsed.success) return;
  const problem = `reply of ${def.method} ${def.url} does not match its contract:\n${z.prettifyError(parsed.error)}`;
  // The error handler answers 500 INTERNAL without the cause; print it where the developer looks.
  process.stderr.write(`${problem}\n`);
  throw new Error(problem);
}

export const idParams = z.object({ id: z.uuid({ message: '编号格式不正确' }) });
