import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { attachments, importJobs } from '../../src/db/schema/index.js';
import { sweepOrphanUploads } from '../../src/jobs/sweep-orphan-uploads.js';

let t: TestApp;
let sampling: TestClient;
let dataDir: string;
const uploads = () => readdirSync(t.config.uploadDir).filter((name) => !name.startsWith('.'));
const csv = Buffer.from('抽样编号,被抽样单位名称\nX1,某超市\n');

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jjld-upload-cleanup-'));
  t = await createTestApp({ dataDir, uploadDir: join(dataDir, 'uploads'), importMaxBytes: 4096 });
  sampling = await t.login('div-sampling');
  mkdirSync(t.config.uploadDir, { recursive: true });
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a refused import keeps no bytes on disk', () => {
  it('removes a file over the size limit (413)', async () => {
    const res = await t.upload(sampling, '/api/imports/samples', { name: 'big.csv', bytes: Buffer.concat([csv, Buffer.alloc(10_000, 0x41)]) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(uploads()).toEqual([]);
  });

  it('removes the file when an option is invalid (400 for format)', async () => {
    const res = await t.upload(sampling, '/api/imports/samples', { name: 'a.csv', bytes: csv }, { format: 'nonsense' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.format).toBeDefined();
    expect(uploads()).toEqual([]);
  });

  it('removes an empty file (400)', async () => {
    const res = await t.upload(sampling, '/api/imports/samples', { name: 'a.csv', bytes: Buffer.alloc(0) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.file).toBe('文件为空');
    expect(uploads()).toEqual([]);
  });

  it('removes the file when the plan named does not exist (400)', async () => {
    const res = await t.upload(sampling, '/api/imports/samples', { name: 'a.csv', bytes: csv }, { planId: randomUUID() });
    expect(res.statusCode).toBe(400);
    expect(uploads()).toEqual([]);
  });
});

describe('the sweep of orphan uploads', () => {
  const HOUR = 3600_000;
  const age = (path: string, ms: number) => {
    const when = new Date(Date.now() - ms);
    utimesSync(path, when, when);
  };

  it('removes unreferenced files older than an hour and keeps referenced or recent ones', async () => {
    const uploadDir = t.config.uploadDir;
    const root = join(dirname(uploadDir), 'attachments');
    const put = (path: string, hoursOld: number) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, 'x');
      age(path, hoursOld * HOUR);
      return path;
    };
    const orphanUpload = put(join(uploadDir, `${randomUUID()}.upload`), 2);
    const recentUpload = put(join(uploadDir, `${randomUUID()}.upload`), 0);
    const queuedUpload = put(join(uploadDir, `${randomUUID()}.upload`), 3);
    await t.database.db.insert(importJobs).values({ id: randomUUID(), kind: 'samples', status: 'queued', fileName: 'q.csv', fileSha256: 'x', filePath: queuedUpload, format: 'auto', dryRun: false, options: {} });
    const orphanPart = put(join(root, '.incoming', `${randomUUID()}.part`), 2);
    const disposalDir = randomUUID();
    const orphanEvidence = put(join(root, disposalDir, 'general', `${randomUUID()}.pdf`), 5);
    const keptId = randomUUID();
    const keptEvidence = put(join(root, disposalDir, 'general', `${keptId}.pdf`), 5);
    await t.database.db.insert(attachments).values({ id: keptId, entityType: 'disposal', entityId: randomUUID(), fileName: 'k.pdf', mimeType: 'application/pdf', bytes: 1, sha256: 'x', storagePath: `${disposalDir}/general/${keptId}.pdf` });

    const removed = await sweepOrphanUploads(t.database.db, { uploadDir, attachmentsRoot: root });
    expect(removed).toBe(3);
    expect([orphanUpload, orphanPart, orphanEvidence].map(existsSync)).toEqual([false, false, false]);
    expect([recentUpload, queuedUpload, keptEvidence].map(existsSync)).toEqual([true, true, true]);
  });
});
