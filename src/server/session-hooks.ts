import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.js';
import type { SessionUser } from '../modules/access/actor.js';
import { resolveSession, type SessionPolicy } from '../modules/auth/sessions.js';
import type { Db } from '../db/client.js';
import { SESSION_COOKIE } from '../http/session-cookie.js';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
  }
  interface FastifyContextConfig {
    public?: boolean;
    allowPendingPasswordChange?: boolean;
  }
}

/** A browser always sends Origin or Sec-Fetch-Site on a state-changing request; curl sends neither. */
function isBrowserRequest(request: FastifyRequest): boolean {
  return request.headers.origin !== undefined || request.headers['sec-fetch-site'] !== undefined;
}

/**
 * The browser's Origin must be exactly our origin: scheme, host and port. The scheme is the one
 * the browser used: https when cookies are Secure (the site is served over TLS, perhaps by a proxy
 * that is not trusted for X-Forwarded-Proto), else the request's own (X-Forwarded-Proto from a
 * trusted proxy).
 */
function originMatches(request: FastifyRequest, secureSite: boolean): boolean {
  const origin = request.headers.origin;
  if (!origin) return request.headers['sec-fetch-site'] !== 'cross-site';
  try {
    // Both sides through URL, so an explicit default port (":80") compares equal to none.
    const scheme = secureSite ? 'https' : request.protocol;
    return new URL(origin).origin === new URL(`${scheme}://${request.host}`).origin;
  } catch {
    return false;
  }
}

/**
 * The path the router matched, percent-decoded (`/%61pi/auth/login` routes to `/api/auth/login`),
 * or the decoded request path when no route matched. Checks keyed on the raw URL would let an
 * encoded path past them while the router still dispatched it to the API.
 */
export function routedPath(request: FastifyRequest): string {
  if (request.routeOptions.url) return request.routeOptions.url;
  const raw = request.url.split('?')[0];
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export const isApiRequest = (request: FastifyRequest) => routedPath(request).startsWith('/api/');

/**
 * Loads the session on every /api request and guards state changes:
 * - CSRF: a browser's unsafe request must come from our own origin AND carry the session's
 *   token in `x-csrf-token` (double submit against the server-side session). Non-browser
 *   clients (no Origin, no Sec-Fetch-Site) cannot be CSRF victims and need only the cookie.
 * - A user whose password must change may only reach the routes that let them change it.
 * - No API reply is stored by a browser or proxy cache (`Cache-Control: no-store`): replies carry
 *   personal data and the CSRF token, and a shared computer's cache must not keep them after
 *   logout. A route that sets its own Cache-Control keeps it.
 */
export function registerSessionHooks(app: FastifyInstance, db: Db, policy: SessionPolicy, options: { secureSite?: boolean } = {}) {
  app.decorateRequest('user', null);
  app.addHook('preHandler', async (request) => {
    if (!isApiRequest(request)) return;
    const token = request.cookies[SESSION_COOKIE];
    const routeConfig = request.routeOptions.config ?? {};
    if (token) {
      try {
        request.user = await resolveSession(db, token, policy);
      } catch (error) {
        if (!routeConfig.public) throw error;
      }
    }
    if (UNSAFE_METHODS.has(request.method) && isBrowserRequest(request)) {
      if (!originMatches(request, options.secureSite ?? false)) throw new DomainError('CSRF_REJECTED', { reason: 'origin' });
      if (request.user && request.headers['x-csrf-token'] !== request.user.csrfToken) {
        throw new DomainError('CSRF_REJECTED', { reason: 'token' });
      }
    }
    if (request.user?.mustChangePassword && !routeConfig.public && !routeConfig.allowPendingPasswordChange) {
      throw new DomainError('PASSWORD_CHANGE_REQUIRED');
    }
  });
  app.addHook('onSend', async (request, reply) => {
    if (isApiRequest(request) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
