/**
 * The paths between records an official follows: from an unqualified sample to its disposal,
 * 24-hour reports, objections and cases (and back); from an import's 新开核查处置 to the disposals
 * it opened; from an objection's work item to the page where it is worked. The disposal list
 * puts new work first. Every link given is one the user may open.
 */
import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workItems } from '../../src/db/schema/index.js';
import { toLocalDate } from '../../src/domain/time.js';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';

let t: TestApp;
let sampling: TestClient;
let wuhou: TestClient;
let jobId: string;
const SAMPLE_NO = 'DBJ2551000028300101';

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
  wuhou = await t.login('county-510107');
  const { job } = await t.importFile(sampling, 'test/fixtures/imports/national-notice.xlsx', { defaultSamplingDate: '2026-11-20' });
  expect(job.summary.disposalsOpened).toBe(4);
  jobId = job.id;
});
afterAll(() => t.close());

const disposalOf = async (client: TestClient, sampleNo: string) => (await client.get(`/api/disposals?sampleNo=${sampleNo}&status=open`)).json().items[0];

describe('from a sample to everything done about it', () => {
  it('lists the sample’s disposal with its link, and the disposal links back to the sample', async () => {
    const disposal = await disposalOf(wuhou, SAMPLE_NO);
    const sample = (await wuhou.get(`/api/samples/${disposal.sampleId}`)).json();
    expect(sample.related).toEqual([expect.objectContaining({ kind: 'disposal', id: disposal.id, href: `/disposals/${disposal.id}`, statusName: '待处置' })]);
    expect((await wuhou.get(`/api/disposals/${disposal.id}`)).json().sample.id).toBe(disposal.sampleId);
  });

  it('adds the objection (linked to the disposal, where it is worked) and its work item goes there too', async () => {
    const disposal = await disposalOf(wuhou, SAMPLE_NO);
    const today = toLocalDate(new Date());
    const res = await wuhou.post(`/api/samples/${disposal.sampleId}/objections`, {
      applicant: '成都市武侯区某某食品店',
      content: '对检验结论有异议',
      ground: 'sample_identity',
      windowStartOn: today,
      appliedOn: today,
    });
    expect(res.statusCode, res.body).toBe(201);
    const objectionId = res.json().id;
    const [item] = await t.database.db.select().from(workItems).where(eq(workItems.subjectId, objectionId));
    expect(item.links).toEqual([expect.objectContaining({ href: `/disposals/${disposal.id}` })]);
    const related = (await wuhou.get(`/api/samples/${disposal.sampleId}`)).json().related;
    expect(related).toContainEqual(expect.objectContaining({ kind: 'objection', id: objectionId, href: `/disposals/${disposal.id}` }));
  });

  it('lists a disposal only to those who may open it (新闻宣传处 reads the sample, not its disposal)', async () => {
    const disposal = await disposalOf(wuhou, SAMPLE_NO);
    const news = await t.login('div-news');
    const sample = (await news.get(`/api/samples/${disposal.sampleId}`)).json();
    expect(sample.related.filter((r: { kind: string }) => r.kind === 'disposal')).toEqual([]);
    expect(sample.related.every((r: { href: string | null }) => r.href === null)).toBe(true);
  });
});

describe('work items of objections created before this fix', () => {
  it('are pointed by the migration at the disposal where the objection is worked', async () => {
    const disposal = await disposalOf(wuhou, SAMPLE_NO);
    const [objection] = (await wuhou.get(`/api/samples/${disposal.sampleId}/objections`)).json().items;
    await t.database.db.update(workItems).set({ links: [{ label: '异议', href: `/objections/${objection.id}` }] }).where(eq(workItems.subjectId, objection.id));
    const migration = readFileSync('src/db/migrations/0020_objection_work_item_links.sql', 'utf8');
    await t.database.db.execute(sql.raw(migration));
    const [item] = await t.database.db.select().from(workItems).where(eq(workItems.subjectId, objection.id));
    expect(item.links).toEqual([{ label: '异议', href: `/disposals/${disposal.id}` }]);
  });
});

describe('from the import summary to the disposals it opened', () => {
  it('filters the disposal list by import job', async () => {
    const page = (await sampling.get(`/api/disposals?importJobId=${jobId}&pageSize=100`)).json();
    expect(page.total).toBe(4);
    expect(page.items.every((d: { sampleNo: string }) => d.sampleNo.startsWith('DBJ25510000283001'))).toBe(true);
    expect((await wuhou.get(`/api/disposals?importJobId=${jobId}`)).json().total).toBe(1);
  });
});

describe('the disposal list’s order', () => {
  it('puts the work still to do first, nearest deadline first, and finished disposals after', async () => {
    const rows: { status: string; dueAt: string }[] = (await sampling.get('/api/disposals?pageSize=100')).json().items;
    const active = (s: string) => !['closed', 'voided'].includes(s);
    const firstDone = rows.findIndex((r) => !active(r.status));
    expect(rows.slice(0, Math.max(firstDone, 0)).every((r) => active(r.status))).toBe(true);
    if (firstDone >= 0) expect(rows.slice(firstDone).every((r) => !active(r.status))).toBe(true);
    const dues = rows.filter((r) => active(r.status)).map((r) => r.dueAt);
    expect(dues).toEqual([...dues].sort());
    expect(rows.some((r) => !active(r.status))).toBe(true);
  });
});
