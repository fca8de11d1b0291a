import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { attachments, auditLog, disposals } from '../../src/db/schema/index.js';
import { registerAttachmentRoutes } from '../../src/modules/attachments/routes.js';
import { registerErrorHandling } from '../../src/http/errors.js';
import { registerSessionHooks } from '../../src/server/session-hooks.js';

let t: TestApp;
let dataDir: string;
let sampling: TestClient;
let wuhou: TestClient;
let pengzhou: TestClient;
let mianyang: TestClient;
let disposalId: string;

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A valid 2×2 PNG, built by hand: signature, IHDR, IDAT, IEND. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]); // filter byte + 2 pixels, twice
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const tinyPdf = () =>
  Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

async function upload(client: TestClient, id: string, file: { name: string; bytes: Buffer }, fields: Record<string, string> = {}, app: FastifyInstance = t.app) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new Blob([new Uint8Array(file.bytes)]), file.name);
  const request = new Request('http://localhost/upload', { method: 'POST', body: form });
  return app.inject({
    method: 'POST',
    url: `/api/disposals/${id}/attachments`,
    headers: { cookie: client.cookie, 'content-type': request.headers.get('content-type')! },
    payload: Buffer.from(await request.arrayBuffer()),
  });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const attachmentsRoot = () => join(dirname(t.config.uploadDir), 'attachments');

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jjld-attachments-'));
  t = await createTestApp({ dataDir, uploadDir: join(dataDir, 'uploads') });
  sampling = await t.login('div-sampling');
  wuhou = await t.login('county-510107');
  pengzhou = await t.login('county-510182');
  mianyang = await t.login('city-510700');
  const form = new FormData();
  form.set('file', new Blob([readFileSync('test/fixtures/imports/national-notice.xlsx')]), 'national-notice.xlsx');
  form.set('defaultSamplingDate', '2026-11-20');
  const request = new Request('http://localhost/upload', { method: 'POST', body: form });
  await t.app.inject({
    method: 'POST',
    url: '/api/imports/samples',
    headers: { cookie: sampling.cookie, 'content-type': request.headers.get('content-type')! },
    payload: Buffer.from(await request.arrayBuffer()),
  });
  await t.app.importQueue.idle();
  disposalId = (await wuhou.get('/api/disposals?sampleNo=DBJ2551000028300101')).json().items[0].id;
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('uploading evidence', () => {
  let png: { id: string; sha256: string };

  it('stores a photo of a step under the disposal and the step, with hash, size and type', async () => {
    const bytes = tinyPng();
    const res = await upload(wuhou, disposalId, { name: '现场照片（封存）.png', bytes }, { stepKind: 'riskControl' });
    expect(res.statusCode, res.body).toBe(201);
    png = res.json();
    expect(res.json()).toMatchObject({ fileName: '现场照片（封存）.png', mimeType: 'image/png', bytes: bytes.length, sha256: sha256(bytes), stepKind: 'riskControl', href: `/api/attachments/${png.id}` });
    expect(res.json().storagePath).toBeUndefined();
    const detail = (await wuhou.get(`/api/disposals/${disposalId}`)).json();
    const step = detail.steps.find((s: { kind: string }) => s.kind === 'riskControl');
    expect(step.attachments.map((a: { id: string }) => a.id)).toEqual([png.id]);
    const [row] = await t.database.db.select().from(attachments).where(eq(attachments.id, png.id));
    expect(row.storagePath).toBe(`${disposalId}/${step.id}/${png.id}.png`);
    expect(readFileSync(join(attachmentsRoot(), row.storagePath)).equals(bytes)).toBe(true);
  });

  it('stores a PDF without a step under "general", and audits each upload on the disposal', async () => {
    const res = await upload(wuhou, disposalId, { name: '检验报告.pdf', bytes: tinyPdf() });
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await t.database.db.select().from(attachments).where(eq(attachments.id, res.json().id));
    expect(row.storagePath).toBe(`${disposalId}/general/${row.id}.pdf`);
    const audits = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'disposal.attach'), eq(auditLog.entityId, disposalId))).orderBy(auditLog.seq);
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({ entityType: 'disposal', actorUsername: 'county-510107', after: expect.objectContaining({ attachmentId: row.id, sha256: row.sha256, bytes: row.bytes, mimeType: 'application/pdf', stepKind: null }) });
  });

  it('refuses a program renamed .pdf, by its content', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(2048, 0x41)]);
    const res = await upload(wuhou, disposalId, { name: '报告.pdf', bytes: exe });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.file).toBe('文件内容不是PDF 文件，与扩展名 .pdf 不符');
  });

  it('refuses other extensions, a spreadsheet named .docx, and an empty file', async () => {
    expect((await upload(wuhou, disposalId, { name: 'setup.exe', bytes: tinyPdf() })).json().error.details.file).toBe('只能上传 jpg、png、pdf、doc、docx、xls、xlsx 文件');
    const xlsx = readFileSync('test/fixtures/imports/national-notice.xlsx');
    expect((await upload(wuhou, disposalId, { name: '说明.docx', bytes: xlsx })).json().error.details.file).toBe('文件内容与扩展名 .docx 不符');
    expect((await upload(wuhou, disposalId, { name: '台账.xlsx', bytes: xlsx })).statusCode).toBe(201);
    expect((await upload(wuhou, disposalId, { name: '空.pdf', bytes: Buffer.alloc(0) })).json().error.details.file).toBe('文件为空');
  });

  it('refuses a file over the limit, keeping nothing of it', async () => {
    // The same routes with a 1 KB limit, sharing the test database and its sessions.
    const small = Fastify();
    registerErrorHandling(small);
    await small.register(cookie);
    registerSessionHooks(small, t.database.db, { idleMinutes: 30, absoluteHours: 12 });
    await small.register(multipart, { limits: { fileSize: t.config.importMaxBytes, files: 1 } });
    registerAttachmentRoutes({ app: small, database: t.database, config: t.config, registry: [] }, { maxBytes: 1024 });
    await small.ready();
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(4096, 0x20)]);
    const res = await upload(wuhou, disposalId, { name: '大文件.pdf', bytes: big }, {}, small);
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { file: '文件不能超过 1 KB' } });
    expect((await upload(wuhou, disposalId, { name: '小文件.pdf', bytes: tinyPdf() }, {}, small)).statusCode).toBe(201);
    await small.close();
    expect(readdirSync(join(attachmentsRoot(), '.incoming'))).toEqual([]);
  });

  it('is answered 404 outside the working scope: another city, and the bureau asked to assist', async () => {
    expect((await upload(mianyang, disposalId, { name: 'a.png', bytes: tinyPng() })).statusCode).toBe(404);
    expect((await upload(pengzhou, disposalId, { name: 'a.png', bytes: tinyPng() })).statusCode).toBe(404);
  });

  it('checks the step it is attached to', async () => {
    const res = await upload(wuhou, disposalId, { name: 'a.png', bytes: tinyPng() }, { stepKind: 'nope' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.stepKind).toBe('未知的处置步骤');
  });

  it('downloads with the same bytes, the UTF-8 name and nosniff; readers only', async () => {
    const res = await wuhou.get(`/api/attachments/${png.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('现场照片（封存）.png')}`);
    expect(sha256(res.rawPayload)).toBe(png.sha256);
    expect(res.rawPayload.equals(tinyPng())).toBe(true);
    // The bureau asked to assist reads the disposal, so it reads its evidence; another city does not.
    expect((await pengzhou.get(`/api/attachments/${png.id}`)).statusCode).toBe(200);
    expect((await mianyang.get(`/api/attachments/${png.id}`)).statusCode).toBe(404);
    expect((await wuhou.get('/api/attachments/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('offers no way to delete evidence', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: `/api/attachments/${png.id}`, headers: { cookie: wuhou.cookie } });
    expect(res.statusCode).toBe(404);
    expect((await wuhou.get(`/api/attachments/${png.id}`)).statusCode).toBe(200);
  });

  it('is closed to new evidence once the disposal is closed', async () => {
    await t.database.db.update(disposals).set({ status: 'closed' }).where(eq(disposals.id, disposalId));
    const res = await upload(wuhou, disposalId, { name: 'late.png', bytes: tinyPng() });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('该核查处置已不能再上传证据材料');
  });
});
