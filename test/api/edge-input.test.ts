import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { exportSamples } from '../../src/modules/sampling/export-samples.js';
import { resolveSession } from '../../src/modules/auth/sessions.js';

let t: TestApp;
const clients: (TestClient & { permissions: string[] })[] = [];
const usernames = ['admin', 'leader', 'div-sampling', 'div-enforcement', 'div-credit', 'div-legal', 'div-production', 'div-institute', 'city-510100', 'county-510107'];

beforeAll(async () => {
  t = await createTestApp();
  for (const username of usernames) {
    const client = await t.login(username);
    clients.push({ ...client, permissions: (await client.get('/api/me')).json().permissions });
  }
});
afterAll(() => t.close());

interface Operation {
  parameters: { name: string; in: 'path' | 'query' }[];
  'x-permission': string | null;
}

/** A signed-in client allowed to call the operation (so the request gets past the permission check). */
const clientFor = (operation: Operation) =>
  clients.find((c) => operation['x-permission'] === null || operation['x-permission'] === 'public' || c.permissions.includes(operation['x-permission']));

describe('NUL characters in any parameter', () => {
  it('are answered 400 on every registered GET route, never 5xx', async () => {
    const docs = (await t.app.inject({ method: 'GET', url: '/api/docs' })).json() as { paths: Record<string, Record<string, Operation>> };
    const outcomes: string[] = [];
    let tried = 0;
    for (const [path, operations] of Object.entries(docs.paths)) {
      const operation = operations.get;
      if (!operation) continue;
      const client = clientFor(operation);
      expect(client, `no demo account may call GET ${path}`).toBeDefined();
      const url = path.replace(/\{\w+\}/g, '%00');
      const queryNames = operation.parameters.filter((p) => p.in === 'query').map((p) => p.name);
      // Each query parameter on its own (a route may check one before reading the next), and an
      // unknown one for routes without any.
      const queries = queryNames.length ? queryNames.map((name) => `${encodeURIComponent(name)}=%00`) : ['x=%00'];
      for (const query of queries) {
        const res = await client!.get(`${url}?${query}`);
        tried++;
        if (res.statusCode !== 400) outcomes.push(`GET ${url}?${query} → ${res.statusCode}`);
        else expect(res.json().error.code).toBe('VALIDATION_FAILED');
      }
    }
    expect(tried).toBeGreaterThan(50);
    expect(outcomes).toEqual([]);
  });

  it('are answered 400 in a JSON body, naming the field', async () => {
    const sampling = clients.find((c) => c.me.roles.includes('sampling_officer')) ?? clients[2];
    const res = await sampling.post('/api/plans', { name: '计划\u0000', year: 2026 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: { name: '不能包含空字符' } });
  });

  it('the samples export answers 400 with a JSON error instead of cutting the connection after its headers', async () => {
    const sampling = clients[2];
    const res = await sampling.get('/api/samples/export.xlsx?q=%00');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/json');
  });

  it('an export whose first read fails rejects before any byte is streamed', async () => {
    const user = await resolveSession(t.database.db, clients[2].cookie.match(/jjld_session=([^;]+)/)![1], { idleMinutes: 30, absoluteHours: 12 });
    // Bypassing the edge check: the query itself fails in the database.
    await expect(exportSamples(t.database.db, user, { q: 'a\u0000b' } as never)).rejects.toThrow();
  });
});

describe('caching of API replies', () => {
  it('sends Cache-Control: no-store on signed-in replies, errors and the login reply', async () => {
    const client = clients[2];
    for (const url of ['/api/me', '/api/samples', '/api/work-items', '/api/nothing-here']) {
      expect((await client.get(url)).headers['cache-control'], url).toBe('no-store');
    }
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'county-510107', password: 'Demo#2026' } });
    expect(login.headers['cache-control']).toBe('no-store');
    const exported = await client.get('/api/samples/export.xlsx?regionCode=510107');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['cache-control']).toBe('no-store');
  });
});
