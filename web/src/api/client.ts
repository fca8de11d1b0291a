/**
 * The one way the web talks to the server: same-origin fetch with the session cookie, the CSRF
 * token on every state-changing request, and server errors turned into `ApiError`.
 */
import { messages } from '../messages';

export type FieldErrors = Record<string, string>;

/** A Chinese character: what a message for an official has and a code never has. */
const HAN = /[\u3400-\u9fff]/;

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

  /**
   * Field-level messages when the server sent `details` as `{ field: message }`. Only words for
   * people count: a refusal's details also carry codes and values for the record (`{ permission:
   * 'credit.manage' }`, `{ status: 'closed' }`), which must never reach an official's screen.
   */
  get fieldErrors(): FieldErrors {
    const d = this.details;
    if (!d || typeof d !== 'object' || Array.isArray(d)) return {};
    return Object.fromEntries(Object.entries(d).filter(([, v]) => typeof v === 'string' && HAN.test(v))) as FieldErrors;
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

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    // A FormData body sets its own multipart content type (with the boundary).
    if (!(body instanceof FormData)) headers['content-type'] = 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  try {
    return await fetch(path, {
      method,
      credentials: 'same-origin',
      headers,
      // Fastify rejects an empty body sent as JSON, so a bodiless POST sends `{}`.
      body: method === 'GET' ? undefined : body instanceof FormData ? body : JSON.stringify(body ?? {}),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', messages.common.networkError);
  }
}

/** Turns a failed reply into an ApiError, and follows the server to /login or /change-password. */
function failure(res: Response, path: string, data: unknown): ApiError {
  const err = toApiError(res.status, data);
  if (res.status === 401 && path !== LOGIN_PATH) {
    csrfToken = null;
    if (window.location.pathname !== '/login') navigate('/login');
  } else if (res.status === 403 && err.code === 'PASSWORD_CHANGE_REQUIRED') {
    if (window.location.pathname !== '/change-password') navigate('/change-password');
  }
  return err;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await send(method, path, body);
  const data = await readBody(res);
  if (res.ok) return data as T;
  throw failure(res, path, data);
}

/** The file name of a `content-disposition: attachment; filename*=UTF-8''…` header. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : fallback;
}

/**
 * Downloads a file the server generates (an export, a report). Fetched rather than linked so a
 * refusal shows the server's message instead of a page of JSON.
 */
async function download(path: string, query: QueryParams | undefined, fallbackName: string, post?: { body: unknown }): Promise<void> {
  const url = withQuery(path, query);
  // POST when fetching the file changes state (issuing a document takes its number).
  const res = await send(post ? 'POST' : 'GET', url, post?.body);
  if (!res.ok) throw failure(res, url, await readBody(res));
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileNameFromDisposition(res.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
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

/**
 * A list the server sends as a bare array with its total in the `x-total-count` header (the
 * escalations): read as a `{ items, total }` page like every other list.
 */
async function getList<T>(path: string, query?: QueryParams): Promise<{ items: T[]; total: number }> {
  const url = withQuery(path, query);
  const res = await send('GET', url);
  const data = await readBody(res);
  if (!res.ok) throw failure(res, url, data);
  const items = Array.isArray(data) ? (data as T[]) : [];
  const header = res.headers.get('x-total-count');
  const total = header === null ? Number.NaN : Number(header);
  return { items, total: Number.isInteger(total) && total >= 0 ? total : items.length };
}

function toApiError(status: number, data: unknown): ApiError {
  const e = (data as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  const code = typeof e?.code === 'string' ? e.code : `HTTP_${status}`;
  const message = typeof e?.message === 'string' && e.message ? e.message : messages.common.unknownError;
  return new ApiError(status, code, message, e?.details);
}

export const api = {
  get: <T>(path: string, query?: QueryParams) => request<T>('GET', withQuery(path, query)),
  getList,
  post: <T = void>(path: string, body?: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
  /** A multipart POST (file uploads), with the CSRF header like every other write. */
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, form),
  download,
};
