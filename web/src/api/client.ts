/**
 * The one way the web talks to the server: same-origin fetch with the session cookie, the CSRF
 * token on every state-changing request, and server errors turned into `ApiError`.
 */
import { messages } from '../messages';

export type FieldErrors = Record<string, string>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field-level messages when the server sent `details` as `{ field: message }`. */
  get fieldErrors(): FieldErrors {
    const d = this.details;
    if (!d || typeof d !== 'object' || Array.isArray(d)) return {};
    return Object.fromEntries(Object.entries(d).filter(([, v]) => typeof v === 'string')) as FieldErrors;
  }
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

let csrfToken: string | null = null;
/** Kept from the last `/api/me` or login reply; sent as `x-csrf-token` on non-GET requests. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

let navigate: (path: string) => void = (path) => window.location.assign(path);
/** The router registers its navigate here so redirects stay inside the single-page app. */
export function setNavigator(fn: (path: string) => void): void {
  navigate = fn;
}

const LOGIN_PATH = '/api/auth/login';

export function withQuery(path: string, query?: QueryParams): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers,
      // Fastify rejects an empty body sent as JSON, so a bodiless POST sends `{}`.
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', messages.common.networkError);
  }
  const data = await readBody(res);
  if (res.ok) return data as T;

  const err = toApiError(res.status, data);
  if (res.status === 401 && path !== LOGIN_PATH) {
    csrfToken = null;
    if (window.location.pathname !== '/login') navigate('/login');
  } else if (res.status === 403 && err.code === 'PASSWORD_CHANGE_REQUIRED') {
    if (window.location.pathname !== '/change-password') navigate('/change-password');
  }
  throw err;
}

async function readBody(res: Response): Promise<unknown> {
  if (res.status === 204) return undefined;
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function toApiError(status: number, data: unknown): ApiError {
  const e = (data as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  const code = typeof e?.code === 'string' ? e.code : `HTTP_${status}`;
  const message = typeof e?.message === 'string' && e.message ? e.message : messages.common.unknownError;
  return new ApiError(status, code, message, e?.details);
}

export const api = {
  get: <T>(path: string, query?: QueryParams) => request<T>('GET', withQuery(path, query)),
  post: <T = void>(path: string, body?: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};
