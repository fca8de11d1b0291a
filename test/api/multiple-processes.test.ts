/**
 * Several server processes on one PostgreSQL database (issue 16 §4), as a province deploys it
 * behind a proxy: three real processes, one fresh database, one shared DATA_DIR. Runs only on
 * PostgreSQL (DATABASE_URL; the CI runs the suite there too): the embedded database is one
 * process by design.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/db/client.js';
import { prepareDatabase } from '../../src/server/prepare-database.js';
import { registerResultsHandlers } from '../../src/server/results-changed-handlers.js';
import { writeNationalCsv } from '../helpers/national-csv.js';
import { DEMO_PASSWORD } from '../helpers/test-database.js';
import { openStream } from '../helpers/sse-stream.js';
import { unitIdForRegion } from '../../src/modules/org/seed-organisation.js';
import { startServers, stopServers, waitFor, type ServerProcess } from '../helpers/server-processes.js';

const adminUrl = process.env.DATABASE_URL;
const dbName = `jjld_multiproc_${randomBytes(4).toString('hex')}`;
const dbUrl = adminUrl ? Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).toString() : '';
const dir = mkdtempSync(join(tmpdir(), 'jjld-multiproc-'));
/** The job watched for ticks, run every second here instead of hourly. */
const TICKING = 'cancelOrphanWorkItems';
const LOGIN_RATE_LIMIT = 8;

let servers: ServerProcess[] = [];
let pool: pg.Pool;

async function query<T>(text: string, values: unknown[] = []): Promise<T[]> {
  return (await pool.query(text, values)).rows as T[];
}

describe.skipIf(!adminUrl)('three server processes on one PostgreSQL database', () => {
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    // Migrated and seeded once, so that the three start side by side.
    registerResultsHandlers();
    const database = await openDatabase({ databaseUrl: dbUrl, poolSize: 2 });
    await prepareDatabase(database, { demo: true, demoPassword: DEMO_PASSWORD, demoSamples: 0 });
    await database.close();
    pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
    servers = await startServers({
      count: 3,
      databaseUrl: dbUrl,
      dataDir: join(dir, 'data'),
      env: { JOB_INTERVALS: `${TICKING}=1000,recoverInterruptedImports=1000`, LOGIN_RATE_LIMIT: String(LOGIN_RATE_LIMIT) },
    });
  }, 300_000);

  afterAll(async () => {
    await stopServers(servers);
    await pool?.end();
    if (adminUrl) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('run a scheduled job once per tick across the three', async () => {
    const ticks = async () => query<{ tick: string; worker: string }>('SELECT tick::text, worker FROM job_runs WHERE job = $1 ORDER BY tick', [TICKING]);
    const before = (await ticks()).length;
    // Eight ticks of one second, whichever process runs each.
    const runs = await waitFor('eight ticks', async () => {
      const rows = await ticks();
      return rows.length >= before + 8 ? rows : undefined;
    }, 120_000, 250);
    const numbers = runs.map((r) => Number(r.tick));
    expect(new Set(numbers).size).toBe(numbers.length);
    // Once per tick, and no tick skipped since the processes started: contiguous from the first.
    expect(numbers[numbers.length - 1] - numbers[0] + 1).toBe(numbers.length);
    const workers = new Set(runs.map((r) => r.worker));
    for (const worker of workers) expect(servers.map((s) => s.pid)).toContain(Number(worker.split(':').pop()));
    // Every run ended (count recorded), none failed.
    const unfinished = await query('SELECT tick FROM job_runs WHERE job = $1 AND tick < $2 AND (finished_at IS NULL OR error IS NOT NULL)', [TICKING, numbers[numbers.length - 2]]);
    expect(unfinished).toEqual([]);
  });

  it('complete an import uploaded to one process once', async () => {
    const sampling = await servers[1].login('div-sampling');
    const file = join(dir, 'small.csv');
    writeNationalCsv(file, 40, { prefix: 'MPONE' });
    const res = await sampling.upload('/api/imports/samples', file, { defaultSamplingDate: '2025-05-01' });
    expect(res.status, await res.clone().text()).toBe(202);
    const { id } = (await res.json()) as { id: string };
    // Polled on another process: the job's state is in the database.
    const other = await servers[2].login('div-sampling');
    const job = await waitFor('the import to finish', async () => {
      const view = (await (await other.get(`/api/imports/${id}`)).json()) as { status: string; summary: { imported: number; unchanged: number } };
      return ['done', 'failed'].includes(view.status) ? view : undefined;
    });
    expect(job).toMatchObject({ status: 'done', summary: { imported: 40, unchanged: 0 } });
    const [row] = await query<{ worker: string; attempts: number }>('SELECT worker, attempts FROM import_jobs WHERE id = $1', [id]);
    expect(row).toMatchObject({ worker: expect.stringMatching(new RegExp(`:${servers[1].pid}$`)), attempts: 1 });
    const [{ n }] = await query<{ n: number }>("SELECT count(*)::int AS n FROM samples WHERE sample_no LIKE 'MPONE%'");
    expect(n).toBe(40);
  });

  it('resume an import whose process was killed mid-way on another process, without duplicates', async () => {
    const total = 6000;
    const file = join(dir, 'big.csv');
    writeNationalCsv(file, total, { prefix: 'MPKILL' });
    const victim = servers[0];
    const sampling = await victim.login('div-sampling');
    const res = await sampling.upload('/api/imports/samples', file, { defaultSamplingDate: '2025-05-01' });
    expect(res.status, await res.clone().text()).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const progressOf = async () => (await query<{ status: string; worker: string; attempts: number; summary: { imported?: number } | null }>('SELECT status, worker, attempts, summary FROM import_jobs WHERE id = $1', [id]))[0];
    // Killed once its first batches are committed, long before its end.
    const running = await waitFor('the first committed batch', async () => {
      const job = await progressOf();
      return job.status !== 'queued' && (job.summary?.imported ?? 0) > 0 ? job : undefined;
    }, 180_000, 50);
    expect(running.status).toBe('running');
    await victim.kill();
    const [{ written }] = await query<{ written: number }>("SELECT count(*)::int AS written FROM samples WHERE sample_no LIKE 'MPKILL%'");
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(total);

    const done = await waitFor('another process to finish the job', async () => {
      const job = await progressOf();
      return ['done', 'failed'].includes(job.status) ? job : undefined;
    }, 240_000, 250);
    expect(done).toMatchObject({ status: 'done', attempts: 2 });
    expect([servers[1].pid, servers[2].pid]).toContain(Number(done.worker.split(':').pop()));
    const summary = done.summary as { imported: number; unchanged: number; updated: number; rejected: number };
    expect(summary.imported + summary.unchanged).toBe(total);
    expect(summary.unchanged).toBeGreaterThanOrEqual(written);
    expect(summary.updated).toBe(0);
    const [{ n, distinct }] = await query<{ n: number; distinct: number }>(
      "SELECT count(*)::int AS n, count(DISTINCT sample_no)::int AS distinct FROM samples WHERE sample_no LIKE 'MPKILL%'",
    );
    expect({ n, distinct }).toEqual({ n: total, distinct: total });
    const audit = await query("SELECT seq FROM audit_log WHERE action = 'importJob.resumed' AND entity_id = $1", [id]);
    expect(audit).toHaveLength(1);
  }, 600_000);

  it('deliver live notifications to a user connected to another process (LISTEN/NOTIFY)', async () => {
    const alive = servers.filter((s) => s.child.exitCode === null && s.child.signalCode === null);
    expect(alive.length).toBeGreaterThanOrEqual(2);
    const recipient = await alive[alive.length - 1].login('city-510100');
    const stream = await openStream(alive[alive.length - 1].url, recipient.cookie);
    try {
      await stream.until((c) => c.length >= 1, 60_000);
      const before = stream.counts[0];
      const sender = await alive[0].login('div-sampling');
      const res = await sender.post('/api/notices', { kind: 'work_update', title: '工作动态：多进程送达', body: '检查实时提醒跨进程送达。', recipientUnitIds: [unitIdForRegion('510100')] });
      expect(res.status).toBe(201);
      await stream.until((c) => c.some((n) => n > before), 60_000);
    } finally {
      stream.close();
    }
  }, 180_000);

  it('share the login lockout and rate limit: attempts spread over the processes count as on one', async () => {
    const alive = servers.filter((s) => s.child.exitCode === null && s.child.signalCode === null);
    expect(alive.length).toBeGreaterThanOrEqual(2);
    // Lockout: the fifth wrong password locks the account, whichever process each attempt reached.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await alive[i % alive.length].tryLogin('county-510107', 'wrong-password')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const right = await alive[1 % alive.length].tryLogin('county-510107', DEMO_PASSWORD);
    expect(right).toMatchObject({ status: 423, body: { error: { code: 'ACCOUNT_LOCKED' } } });

    // Rate limit (per address and username): LOGIN_RATE_LIMIT attempts a minute across all processes, not per process.
    const codes: number[] = [];
    for (let i = 0; i <= LOGIN_RATE_LIMIT; i++) codes.push((await alive[i % alive.length].tryLogin('nobody-here', 'wrong-password')).status);
    expect(codes).toEqual([...Array(LOGIN_RATE_LIMIT).fill(401), 429]);
    for (const server of alive) expect((await server.tryLogin('nobody-here', 'wrong-password')).status).toBe(429);
  });
});
