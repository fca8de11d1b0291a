/**
 * The province view (issue 11 §3) and the briefing pack (§1), on aggregates kept as results
 * change: after corrections, overturns and re-imports the aggregates equal a GROUP BY over the
 * samples; each city's (county's) figures equal GET /api/samples with the same region and year;
 * a city sees only its own; the briefing's figures equal the lists behind them.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { writeNationalCsv } from '../helpers/national-csv.js';
import { cakeCategoryId, FAILED_DHA, postUnqualifiedCake } from '../helpers/samples.js';
import { rebuildSampleStats } from '../../src/modules/stats/rebuild-sample-stats.js';

let t: TestApp;
let leader: TestClient;
let sampling: TestClient;
let wuhou: TestClient;
let chengdu: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'jjld-province-view-'));

beforeAll(async () => {
  t = await createTestApp();
  leader = await t.login('leader');
  sampling = await t.login('div-sampling');
  wuhou = await t.login('county-510107');
  chengdu = await t.login('city-510100');
});
afterAll(() => t.close());

type Row = Record<string, string | number | null>;
const rows = async (query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: Row[] }).rows;
const KEY = 'owner_unit_id, region_code, month, category_root_id, link, sampling_type, plan_id';
const sortRows = (list: Row[]) => list.map((r) => JSON.stringify(r)).sort();

/** The aggregates, non-zero rows, against a GROUP BY over the samples table now. */
async function expectAggregatesEqualSamples() {
  const kept = await rows(sql.raw(`SELECT ${KEY}, samples, unqualified, issue FROM sample_stats WHERE samples <> 0 OR unqualified <> 0 OR issue <> 0`));
  const truth = await rows(
    sql.raw(`SELECT owner_unit_id, region_code, date_trunc('month', sampling_date)::date AS month, category_root_id, link, sampling_type, plan_id,
      count(*)::int AS samples, (count(*) FILTER (WHERE conclusion = 'unqualified'))::int AS unqualified, (count(*) FILTER (WHERE conclusion = 'issue'))::int AS issue
      FROM samples GROUP BY 1, 2, 3, 4, 5, 6, 7`),
  );
  expect(truth.length).toBeGreaterThan(0);
  expect(sortRows(kept)).toEqual(sortRows(truth));
  const rollup = await rows(sql.raw(`SELECT owner_unit_id, region_code, month, link, samples, unqualified, issue FROM sample_stats_area WHERE samples <> 0 OR unqualified <> 0 OR issue <> 0`));
  const rollupTruth = await rows(
    sql.raw(`SELECT owner_unit_id, region_code, date_trunc('month', sampling_date)::date AS month, link,
      count(*)::int AS samples, (count(*) FILTER (WHERE conclusion = 'unqualified'))::int AS unqualified, (count(*) FILTER (WHERE conclusion = 'issue'))::int AS issue
      FROM samples GROUP BY 1, 2, 3, 4`),
  );
  expect(sortRows(rollup)).toEqual(sortRows(rollupTruth));
}

const totalOf = async (client: TestClient, query: string) => {
  const res = await client.get(`/api/samples?pageSize=1&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().totalCapped).toBe(false);
  return res.json().total as number;
};

describe('maintained aggregates', () => {
  it('equal a GROUP BY over the samples after the demo load (recomputed after the bulk load)', async () => {
    await expectAggregatesEqualSamples();
  });

  it('follow a new sample, a correction to qualified and back, an objection overturn and a retest overturn', async () => {
    const categoryId = await cakeCategoryId(t);
    const party = { sampledParty: { name: '成都市武侯区统计测试食品店', address: '四川省成都市武侯区某某路9号' }, samplingDate: '2026-11-20' };
    const s = await postUnqualifiedCake(sampling, categoryId, 'STATS-1', party);
    await expectAggregatesEqualSamples();
    const corrected = await sampling.post(`/api/samples/${s.id}/results`, { version: s.version, items: [{ ...FAILED_DHA, resultText: '0.1' }] });
    expect(corrected.statusCode, corrected.body).toBe(200);
    await expectAggregatesEqualSamples();
    const again = await sampling.post(`/api/samples/${s.id}/results`, { version: corrected.json().version, items: [FAILED_DHA] });
    expect(again.statusCode, again.body).toBe(200);
    await expectAggregatesEqualSamples();

    // An objection upheld for the enterprise: the conclusion is overturned without new items.
    const o = await postUnqualifiedCake(sampling, categoryId, 'STATS-2', party);
    const applied = (
      await wuhou.post(`/api/samples/${o.id}/objections`, { applicant: '某某食品店', content: '该批次非本店销售', ground: 'sample_identity', windowStartOn: '2026-11-20', appliedOn: '2026-11-23' })
    ).json();
    expect((await wuhou.post(`/api/objections/${applied.id}/decision`, { version: 1, accept: true })).statusCode).toBe(200);
    const concluded = await wuhou.post(`/api/objections/${applied.id}/conclusion`, { version: 2, outcome: 'overturned', outcomeText: '经核查样品非被抽样单位所售' });
    expect(concluded.statusCode, concluded.body).toBe(200);
    await expectAggregatesEqualSamples();

    // A retest whose results overturn the first lab's.
    const r = await postUnqualifiedCake(sampling, categoryId, 'STATS-3', { ...party, labName: '四川省食品检验研究院' });
    const retest = (
      await wuhou.post(`/api/samples/${r.id}/retests`, { applicant: '某某食品店', content: '申请复检', backupSampleExpired: false, windowStartOn: '2026-11-20', appliedOn: '2026-11-23' })
    ).json();
    const accepted = await wuhou.post(`/api/objections/${retest.id}/decision`, { version: 1, accept: true });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const retested = await wuhou.post(`/api/objections/${retest.id}/conclusion`, {
      version: 2,
      outcome: 'overturned',
      outcomeText: '复检合格',
      items: [{ ...FAILED_DHA, resultText: '0.31' }],
    });
    expect(retested.statusCode, retested.body).toBe(200);
    await expectAggregatesEqualSamples();
  });

  it('follow an import and a re-import that moves samples to another county and changes their conclusion', async () => {
    const path = join(dir, 'stats.csv');
    writeNationalCsv(path, 6, { prefix: 'STA' });
    expect((await t.importFile(sampling, path, { defaultSamplingDate: '2025-05-01' })).job.summary.imported).toBe(6);
    await expectAggregatesEqualSamples();
    writeNationalCsv(path, 6, { prefix: 'STA', value: '0.01', partyName: (i) => `绵阳市涪城区第${i}生鲜超市` });
    const again = (await t.importFile(sampling, path, { defaultSamplingDate: '2025-05-01' })).job.summary;
    expect(again.updated).toBe(6);
    await expectAggregatesEqualSamples();
  });

  it('are rebuilt from the samples by the repair command to the same figures', async () => {
    const before = await rows(sql.raw(`SELECT sum(samples)::int AS n, sum(unqualified)::int AS u FROM sample_stats`));
    const report = await rebuildSampleStats(t.database.db);
    expect(report.samples).toBe(before[0].n);
    await expectAggregatesEqualSamples();
  });
});

describe('GET /api/dashboard', () => {
  const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
  const yearQuery = (y: number) => `dateFrom=${y}-01-01&dateTo=${y}-12-31`;

  it('gives the leader each city with samples and unqualified equal to the samples list of that city and year', async () => {
    const res = await leader.get(`/api/dashboard?regionCode=510000&year=${year}`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.items).toHaveLength(21);
    expect(d.totals.samples).toBe(await totalOf(leader, yearQuery(year)));
    expect(d.totals.unqualified).toBe(await totalOf(leader, `${yearQuery(year)}&conclusion=unqualified`));
    expect(d.totals.samples).toBeGreaterThan(0);
    for (const city of d.items.filter((c: { samples: number }) => c.samples > 0).slice(0, 6)) {
      expect(city.samples, city.name).toBe(await totalOf(leader, `regionCode=${city.regionCode}&${yearQuery(year)}`));
      expect(city.unqualified, city.name).toBe(await totalOf(leader, `regionCode=${city.regionCode}&${yearQuery(year)}&conclusion=unqualified`));
    }
    expect(d.monthly).toHaveLength(12);
    expect(d.monthly.reduce((n: number, m: { samples: number }) => n + m.samples, 0)).toBe(d.totals.samples);
    expect(d.indicators.map((i: { key: string }) => i.key)).toEqual(['unqualifiedRate', 'overdueDisposals', 'meetingCompleteness', 'unansweredNotices', 'assessmentScore']);
    const overdue = d.indicators[1].values.find((v: { value: number }) => v.value > 0);
    if (overdue) {
      const list = (await leader.get(`/api/${overdue.href.slice(1).replace('?', '?pageSize=1&')}`)).json();
      expect(list.total).toBe(overdue.value);
    }
  });

  it('drills into a city: its counties, each equal to the samples list of that county', async () => {
    const d = (await leader.get(`/api/dashboard?regionCode=510100&year=2025`)).json();
    expect(d.level).toBe('county');
    expect(d.items.map((c: { regionCode: string }) => c.regionCode)).toContain('510107');
    for (const county of d.items.filter((c: { samples: number }) => c.samples > 0).slice(0, 5)) {
      expect(county.samples, county.name).toBe(await totalOf(leader, `regionCode=${county.regionCode}&${yearQuery(2025)}`));
    }
    expect(d.totals.samples).toBe(await totalOf(leader, `regionCode=510100&${yearQuery(2025)}`));
  });

  it('shows a city bureau only its own city, equal to what its own samples list shows, and refuses another city', async () => {
    const d = (await chengdu.get(`/api/dashboard?regionCode=510000&year=${year}`)).json();
    expect(d.items.map((c: { regionCode: string }) => c.regionCode)).toEqual(['510100']);
    expect(d.items[0].samples).toBe(await totalOf(chengdu, `regionCode=510100&${yearQuery(year)}`));
    expect(d.totals.samples).toBe(await totalOf(chengdu, yearQuery(year)));
    const counties = (await chengdu.get(`/api/dashboard?regionCode=510100&year=${year}`)).json();
    expect(counties.items.length).toBeGreaterThan(10);
    expect((await chengdu.get(`/api/dashboard?regionCode=510700&year=${year}`)).statusCode).toBe(404);
    const county = (await wuhou.get(`/api/dashboard?regionCode=510100&year=${year}`)).json();
    expect(county.items.map((c: { regionCode: string }) => c.regionCode)).toEqual(['510107']);
    expect(county.items[0].samples).toBe(await totalOf(wuhou, `regionCode=510107&${yearQuery(year)}`));
  });

  it('refuses a region that is not the province or a city', async () => {
    expect((await leader.get('/api/dashboard?regionCode=510107')).statusCode).toBe(400);
  });
});

describe('GET /api/briefing', () => {
  const api = (href: string) => `/api${href.replace('?', '?pageSize=1&')}`;

  it('gives figures equal to the samples list behind each, for the period, the previous one and a year before', async () => {
    const res = await leader.get('/api/briefing?regionCode=510000&from=2025-01&to=2025-12');
    expect(res.statusCode, res.body).toBe(200);
    const b = res.json();
    expect(b.periods.previous).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(b.summary.current.samples).toBeGreaterThan(0);
    expect(b.summary.current.samples).toBe((await leader.get(api(b.summary.href))).json().total);
    for (const row of [...b.byCategory.slice(0, 3), ...b.byLink.slice(0, 3), ...b.byRegion.filter((r: { current: { samples: number } }) => r.current.samples > 0).slice(0, 3)]) {
      expect(row.current.samples, row.name).toBe((await leader.get(api(row.href))).json().total);
      expect(row.current.unqualified, row.name).toBe((await leader.get(api(`${row.href}&conclusion=unqualified`))).json().total);
    }
    for (const o of b.repeatOffenders.slice(0, 3)) expect(o.unqualified).toBe((await leader.get(api(o.href))).json().total);
    // Unqualified test items (from the analytics item counts): each equals the list of the period's unqualified samples failing it.
    expect(b.byItem.length).toBeGreaterThan(0);
    for (const i of b.byItem.slice(0, 3)) {
      expect(i.href).toContain('failedItem=');
      expect(i.current, i.name).toBe((await leader.get(api(i.href))).json().total);
    }
    // The notices section comes from the notices module (test/api/view-providers.test.ts checks its figures).
    expect(b.sections.map((s: { key: string; available: boolean }) => [s.key, s.available])).toEqual([['noticesReceived', true], ['complaints', true]]);
  });

  it('is a county’s own by default, and another city’s region is not found', async () => {
    const b = (await wuhou.get('/api/briefing?from=2025-01&to=2025-06')).json();
    expect(b.regionCode).toBe('510107');
    expect(b.summary.current.samples).toBe((await wuhou.get(api(b.summary.href))).json().total);
    for (const i of b.byItem.filter((r: { current: number }) => r.current > 0).slice(0, 2)) expect(i.current, i.name).toBe((await wuhou.get(api(i.href))).json().total);
    expect((await wuhou.get('/api/briefing?regionCode=510104&from=2025-01&to=2025-06')).statusCode).toBe(404);
    expect((await chengdu.get('/api/briefing?regionCode=510700&from=2025-01&to=2025-06')).statusCode).toBe(404);
  });

  it('downloads as a Word document', async () => {
    const res = await chengdu.get('/api/briefing.docx?from=2025-01&to=2025-03');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
