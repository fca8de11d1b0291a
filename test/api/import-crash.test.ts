import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { eq } from 'drizzle-orm';
import { writeNationalCsv } from '../helpers/national-csv.js';
import { openDatabase } from '../../src/db/client.js';
import { importJobs } from '../../src/db/schema/index.js';
import { failInterruptedJobs } from '../../src/modules/imports/import-jobs.js';

const dir = mkdtempSync(join(tmpdir(), 'jjld-crash-'));
const adminUrl = process.env.DATABASE_URL;
const dbName = `jjld_crash_${randomBytes(4).toString('hex')}`;
const dbUrl = adminUrl ? Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).toString() : undefined;

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (adminUrl) {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await client.end();
  }
});

/** The CLI against this test's own database (a data directory, or a fresh PostgreSQL database). */
function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(dir, 'data'), JJLD_DEMO_SAMPLES: '0' };
  if (dbUrl) e.DATABASE_URL = dbUrl;
  else delete e.DATABASE_URL;
  return e;
}
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env: env(), encoding: 'utf8', timeout: 300_000 });

describe('an import killed half-way (kill -9)', () => {
  it('leaves no half-written sample, and running it again completes the work without duplicates', async () => {
    if (adminUrl) {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`CREATE DATABASE ${dbName}`);
      await client.end();
    }
    expect(cli('seed').status).toBe(0);
    const file = join(dir, 'big.csv');
    const total = 3000;
    writeNationalCsv(file, total, { prefix: 'KILL' });

    // Kill the importer as soon as its first batch has committed.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', 'samples', file, '--progress', '--sampling-date', '2025-05-01'], { env: env() });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const killedAfter = await new Promise<string>((resolve, reject) => {
      let seen = '';
      child.stderr.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = seen.match(/新增 (\d+)/);
        if (match && Number(match[1]) > 0 && !child.killed) {
          child.kill('SIGKILL');
          resolve(match[1]);
        }
      });
      child.on('exit', () => resolve('exited before a batch was seen'));
      child.on('error', reject);
    });
    await exited;
    expect(Number(killedAfter)).toBeGreaterThan(0);
    expect(Number(killedAfter)).toBeLessThan(total);

    // The dead job says what was written, not what was read; a live process fails it once its
    // heartbeat is stale (here: three minutes on), naming the interruption.
    const database = await openDatabase({ databaseUrl: dbUrl, dataDir: join(dir, 'data') });
    try {
      const [dead] = await database.db.select().from(importJobs).where(eq(importJobs.status, 'running'));
      const summary = dead.summary as { imported: number; rowsDone: number };
      expect(summary.imported).toBeGreaterThanOrEqual(Number(killedAfter));
      expect(summary.rowsDone).toBeLessThan(total + total / 3);
      expect(Number(dead.progress)).toBeLessThan(90);
      expect(await failInterruptedJobs(database.db, new Date(Date.now() + 3 * 60_000))).toBe(1);
      const [failed] = await database.db.select().from(importJobs).where(eq(importJobs.id, dead.id));
      expect(failed).toMatchObject({ status: 'failed', error: expect.stringMatching(/^导入进程已中断/) });
    } finally {
      await database.close();
    }

    const rerun = cli('import', 'samples', file, '--json', '--sampling-date', '2025-05-01');
    expect(rerun.status, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout.trim().split('\n').pop()!);
    expect(summary.imported + summary.unchanged).toBe(total);
    expect(summary.unchanged).toBeGreaterThanOrEqual(Number(killedAfter));
    expect(summary.updated).toBe(0);

    // A third run finds everything in place: every sample once, each with its items.
    const third = JSON.parse(cli('import', 'samples', file, '--json', '--sampling-date', '2025-05-01').stdout.trim().split('\n').pop()!);
    expect(third).toMatchObject({ imported: 0, updated: 0, unchanged: total, rejected: 0 });
  }, 300_000);
});
