import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.js';
import type { SessionUser } from '../modules/access/actor.js';
import { resolveSession, type SessionPolicy } from '../modules/auth/sessions.js';
import type { Db } from '../db/client.js';

export const SESSION_COOKIE = 'jjld_session';
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

function originMatchesHost(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return request.headers['sec-fetch-site'] !== 'cross-site';
  try {
    // Both sides through URL, so an explicit default port (":80") compares equal to none.
    const originUrl = new URL(origin);
    return originUrl.host === new URL(`${originUrl.protocol}//${request.host}`).host;
  } catch {
    return false;
  }
}

/**
 * Loads the session on every /api request and guards state changes:
 * - CSRF: a browser's unsafe request must come from our own origin AND carry the session's
 *   token in `x-csrf-token` (double submit against the server-side session). Non-browser
 *   clients (no Origin, no Sec-Fetch-Site) cannot be CSRF victims and need only the cookie.
 * - A user whose password must change may only reach the routes that let them change it.
 */
export function registerSessionHooks(app: FastifyInstance, db: Db, policy: SessionPolicy) {
  app.decorateRequest('user', null);
  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/')) return;
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
      if (!originMatchesHost(request)) throw new DomainError('CSRF_REJECTED', { reason: 'origin' });
      if (request.user && request.headers['x-csrf-token'] !== request.user.csrfToken) {
        throw new DomainError('CSRF_REJECTED', { reason: 'token' });
      }
    }
    if (request.user?.mustChangePassword && !routeConfig.public && !routeConfig.allowPendingPasswordChange) {
      throw new DomainError('PASSWORD_CHANGE_REQUIRED');
    }
  });
}
