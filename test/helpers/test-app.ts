import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import { createTestDatabase, DEMO_PASSWORD } from './test-database.js';
import type { Database } from '../../src/db/client.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** Logs in and returns a client bound to that session. */
  login(username: string, password?: string): Promise<TestClient>;
  /** Posts a multipart form with one file (field `file`), as the browser does. */
  upload(client: TestClient, url: string, file: { name: string; bytes: Buffer }, fields?: Record<string, string>): Promise<LightMyRequestResponse>;
  /** Imports a file through POST /api/imports/samples and waits for its job to finish. */
  importFile(client: TestClient, path: string, fields?: Record<string, string>): Promise<{ res: LightMyRequestResponse; job: any }>;
  close(): Promise<void>;
}

export interface TestClient {
  cookie: string;
  csrfToken: string;
  me: { id: string; unit: { id: string; regionCode: string | null }; roles: string[] };
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  // checkReplies: every API test also checks each reply against its route's contract.
  const config = { ...loadConfig({}), demo: true, loginRateLimitPerMinute: 1000, checkReplies: true, ...overrides };
  const app = await buildApp(database, config, { logger: false });
  await app.ready();

  async function login(username: string, password = DEMO_PASSWORD): Promise<TestClient> {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const body = res.json();
    const send = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
      app.inject({ method, url, headers: { cookie, ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });
    return {
      cookie,
      csrfToken: body.csrfToken,
      me: body.user,
      get: (url) => send('GET', url),
      post: (url, payload, headers) => send('POST', url, payload ?? {}, headers),
      patch: (url, payload) => send('PATCH', url, payload ?? {}),
    };
  }

  async function upload(client: TestClient, url: string, file: { name: string; bytes: Buffer }, fields: Record<string, string> = {}) {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(file.bytes)]), file.name);
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    const request = new Request('http://localhost/upload', { method: 'POST', body: form });
    return app.inject({
      method: 'POST',
      url,
      headers: { cookie: client.cookie, 'content-type': request.headers.get('content-type')! },
      payload: Buffer.from(await request.arrayBuffer()),
    });
  }

  async function importFile(client: TestClient, path: string, fields: Record<string, string> = {}) {
    const res = await upload(client, '/api/imports/samples', { name: basename(path), bytes: readFileSync(path) }, fields);
    if (res.statusCode !== 202) return { res, job: null };
    await app.importQueue.idle();
    return { res, job: (await client.get(`/api/imports/${res.json().id}`)).json() };
  }

  return {
    app,
    database,
    config,
    login,
    upload,
    importFile,
    async close() {
      await app.close();
      await (database as Database & { dispose(): Promise<void> }).dispose();
    },
  };
}
