/**
 * An import reports what it has written, and a job whose process died is failed by a live one
 * (issue 9, B2.8): progress used to count rows read, so a job killed mid-way showed "running 99 %"
 * until the next start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { writeNationalCsv, writeNationalXlsx } from '../helpers/national-csv.js';
import { auditLog, importJobs } from '../../src/db/schema/index.js';
import { systemActor } from '../../src/modules/access/actor.js';
import { createImportJob, failInterruptedJobs } from '../../src/modules/imports/import-jobs.js';
import { importOptionsSchema } from '../../src/modules/imports/import-options.js';
import { recoverInterruptedJobs } from '../../src/modules/imports/recover-interrupted-jobs.js';
import { servingResumer } from '../../src/modules/imports/resume-import.js';
import { runSampleImport } from '../../src/modules/imports/run-sample-import.js';
import { loadSampleCatalogue } from '../../src/modules/sampling/load-sample-catalogue.js';

let t: TestApp;
let sampling: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'jjld-import-progress-'));

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
});
afterAll(() => t.close());

/** Runs a file as the queue does and records what each committed batch reported. */
async function progressOf(path: string, prefix: string) {
  const db = t.database.db;
  const options = importOptionsSchema.parse({ defaultSamplingDate: '2025-05-01' });
  const job = await createImportJob(db, { user: null, unitId: sampling.me.unit.id, fileName: `${prefix}.xlsx`, fileSha256: prefix, filePath: path, options });
  const reports: { percent: number; rowsDone: number; written: number }[] = [];
  const summary = await runSampleImport({
    db, actor: systemActor, jobId: job.id, filePath: path, fileName: `${prefix}.xlsx`, options, catalogue: await loadSampleCatalogue(db),
    onProgress: (percent, s) => void reports.push({ percent, rowsDone: s.rowsDone ?? -1, written: s.imported + s.updated + s.unchanged }),
  });
  // The row only received the run's progress; left queued, the sweeps below would count it once it
  // is two minutes old (a loaded machine gets there within this file).
  await db.delete(importJobs).where(eq(importJobs.id, job.id));
  return { reports, summary };
}

describe('progress counts what is written', () => {
  // 2500 samples, every third with a continuation row: 3334 data rows; the first batch of 1000
  // samples ends on data row 1334.
  it('reports after each committed batch the rows done and their share of a sheet that declares its size', async () => {
    const path = join(dir, 'whole.xlsx');
    await writeNationalXlsx(path, 2500, { prefix: 'PRW', whole: true });
    const { reports, summary } = await progressOf(path, 'PRW');
    expect(summary).toMatchObject({ imported: 2500, rows: 3334, rowsDone: 3334 });
    expect(reports).toEqual([
      { percent: 40, rowsDone: 1334, written: 1000 }, // sheet row 1335 of 3335
      { percent: 80, rowsDone: 2667, written: 2000 },
      { percent: 99, rowsDone: 3334, written: 2500 }, // 100 only when the job is done
    ]);
  }, 120_000);

  it('measures a sheet read from exceljs\'s temp file by that file, not by the upload already read', async () => {
    const path = join(dir, 'streamed.xlsx');
    await writeNationalXlsx(path, 2500, { prefix: 'PRS' });
    const { reports } = await progressOf(path, 'PRS');
    expect(reports.map((r) => r.rowsDone)).toEqual([1334, 2667, 3334]);
    // The upload is fully read before the sheet's first row here: by bytes this said 99 at once.
    expect(reports[0].percent).toBeGreaterThan(20);
    expect(reports[0].percent).toBeLessThan(75);
    expect(reports[1].percent).toBeGreaterThan(reports[0].percent);
  }, 120_000);
});

describe('a job whose process died', () => {
  const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
  /** A pid that has just exited on this host. */
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

  async function job(worker: string | null, heartbeatAt: Date, status = 'running') {
    const id = randomUUID();
    await t.database.db.insert(importJobs).values({
      id, kind: 'samples', status, fileName: `${id}.xlsx`, fileSha256: 'x', filePath: join(dir, `${id}.upload`), progress: 40,
      unitId: sampling.me.unit.id, createdByUserId: sampling.me.id, heartbeatAt, worker, createdAt: minutesAgo(30), startedAt: status === 'running' ? minutesAgo(30) : null,
    });
    return id;
  }

  it('is failed by a live process, with a Chinese reason and an audit row; live or fresh jobs are left running', async () => {
    const dead = await job(`${hostname()}:${deadPid()}`, minutesAgo(3));
    const queuedDead = await job(`${hostname()}:${deadPid()}`, minutesAgo(3), 'queued');
    const elsewhere = await job('another-host:4242', minutesAgo(3));
    const alive = await job(`${hostname()}:${process.ppid}`, minutesAgo(3)); // the test runner: alive
    const fresh = await job('another-host:4242', minutesAgo(0.5));
    // On this host a dead pid that has missed three beats is enough: no need to wait two minutes.
    const freshButDead = await job(`${hostname()}:${deadPid()}`, minutesAgo(1));
    const justBeaten = await job(`${hostname()}:${deadPid()}`, minutesAgo(0.25));
    const silentForLong = await job(`${hostname()}:${process.ppid}`, minutesAgo(11)); // its pid may be another program now

    expect(await failInterruptedJobs(t.database.db)).toBe(5);
    const status = async (id: string) => (await sampling.get(`/api/imports/${id}`)).json();
    for (const id of [dead, queuedDead, elsewhere, silentForLong, freshButDead]) {
      expect(await status(id)).toMatchObject({ status: 'failed', progress: 40, error: expect.stringMatching(/^导入进程已中断/) });
    }
    for (const id of [alive, fresh, justBeaten]) expect((await status(id)).status).toBe('running');

    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'importJob.interrupted'), eq(auditLog.entityId, dead)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUsername: 'system', entityType: 'importJob' });
    // A second sweep (another process at the same moment) fails nothing twice.
    expect(await failInterruptedJobs(t.database.db)).toBe(0);
    // Left running, the fresh rows would be stale for the sweeps below once a loaded machine has
    // spent two minutes in between: they would count them with their own.
    await t.database.db.delete(importJobs).where(inArray(importJobs.id, [alive, fresh, justBeaten]));
  });

  it('is resumed by a server process when its upload is in the shared upload directory, once, without duplicates', async () => {
    const total = 1500;
    mkdirSync(t.config.uploadDir, { recursive: true });
    const upload = join(t.config.uploadDir, `${randomUUID()}.upload`);
    writeNationalCsv(upload, total, { prefix: 'RSM' });
    // Its first run wrote the first 1000 samples, then its process died.
    const first = join(dir, 'first.csv');
    writeNationalCsv(first, 1000, { prefix: 'RSM' });
    expect((await t.importFile(sampling, first, { defaultSamplingDate: '2025-05-01' })).job.status).toBe('done');
    const id = randomUUID();
    await t.database.db.insert(importJobs).values({
      id, kind: 'samples', status: 'running', fileName: 'rsm.csv', fileSha256: 'x', filePath: upload, progress: 60,
      options: importOptionsSchema.parse({ defaultSamplingDate: '2025-05-01' }),
      unitId: sampling.me.unit.id, createdByUserId: sampling.me.id, heartbeatAt: minutesAgo(1), worker: `${hostname()}:${deadPid()}`,
    });
    const resumer = servingResumer();
    expect(resumer).not.toBeNull();
    // Two processes sweeping at once: the row lock (SKIP LOCKED) gives the job to one.
    const swept = await Promise.all([recoverInterruptedJobs(t.database.db, resumer), recoverInterruptedJobs(t.database.db, resumer)]);
    expect(swept.sort()).toEqual([0, 1]);
    await t.app.importQueue.idle();
    const done = (await sampling.get(`/api/imports/${id}`)).json();
    expect(done).toMatchObject({ status: 'done', progress: 100, summary: { imported: total - 1000, unchanged: 1000, updated: 0 } });
    const [row] = await t.database.db.select().from(importJobs).where(eq(importJobs.id, id));
    expect(row).toMatchObject({ attempts: 2, worker: `${hostname()}:${process.pid}`, filePath: null });
    expect(existsSync(upload)).toBe(false);
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'importJob.resumed'), eq(auditLog.entityId, id)));
    expect(audit).toHaveLength(1);
  }, 120_000);

  it('is failed, not resumed, when its file is not in the upload directory or it has run out of attempts', async () => {
    const outside = join(dir, 'cli.csv');
    writeNationalCsv(outside, 5, { prefix: 'OUT' });
    mkdirSync(t.config.uploadDir, { recursive: true });
    const tired = join(t.config.uploadDir, `${randomUUID()}.upload`);
    writeNationalCsv(tired, 5, { prefix: 'TRD' });
    const ids = [] as string[];
    for (const [filePath, attempts] of [[outside, 1], [tired, 3]] as const) {
      const id = randomUUID();
      ids.push(id);
      await t.database.db.insert(importJobs).values({
        id, kind: 'samples', status: 'running', fileName: 'x.csv', fileSha256: 'x', filePath, progress: 10, attempts,
        options: importOptionsSchema.parse({}), unitId: sampling.me.unit.id, createdByUserId: sampling.me.id,
        heartbeatAt: minutesAgo(3), worker: `${hostname()}:${deadPid()}`,
      });
    }
    expect(await recoverInterruptedJobs(t.database.db, servingResumer())).toBe(2);
    for (const id of ids) expect((await sampling.get(`/api/imports/${id}`)).json()).toMatchObject({ status: 'failed', error: expect.stringMatching(/^导入进程已中断/) });
  });

  it('is not failed while this process still runs it (its queue keeps the heartbeat)', async () => {
    const path = join(dir, 'mine.xlsx');
    await writeNationalXlsx(path, 30, { prefix: 'MNE' });
    const { job } = await t.importFile(sampling, path, { defaultSamplingDate: '2025-05-01' });
    expect(job.status).toBe('done');
    const [row] = await t.database.db.select().from(importJobs).where(eq(importJobs.id, job.id));
    expect(row.worker).toBe(`${hostname()}:${process.pid}`);
  });
});
