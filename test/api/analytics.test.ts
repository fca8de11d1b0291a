/**
 * The analytics explorer (issue 12 §1): GET /api/analytics/rates by city equals the samples list's
 * totals for the same region and year; every pivot cell's count equals the sample list it links
 * to; the cubes equal a GROUP BY over the samples after corrections, overturns and re-imports;
 * a city sees only its own city, a county itself, a link division its link.
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
let mianyang: TestClient;
let production: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'jjld-analytics-'));
const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));

beforeAll(async () => {
  t = await createTestApp();
  [leader, sampling, wuhou, chengdu, mianyang, production] = await Promise.all(
    ['leader', 'div-sampling', 'county-510107', 'city-510100', 'city-510700', 'div-production'].map((u) => t.login(u)),
  );
});
afterAll(() => t.close());

type Row = Record<string, string | number | null>;
const rows = async (query: string) => ((await t.database.db.execute(sql.raw(query))) as unknown as { rows: Row[] }).rows;
const sortRows = (list: Row[]) => list.map((r) => JSON.stringify(r)).sort();

/** Both cubes, non-zero rows, against GROUP BYs over samples, enterprises and result items now. */
async function expectCubesEqualSamples() {
  const cube = await rows(`SELECT owner_unit_id, region_code, month, category_id, category_root_id, link, sampling_type, enterprise_kind, lab_name, samples, unqualified, issue
    FROM analytics_cube WHERE samples <> 0 OR unqualified <> 0 OR issue <> 0`);
  const truth = await rows(`SELECT s.owner_unit_id, s.region_code, date_trunc('month', s.sampling_date)::date AS month, s.category_id, s.category_root_id, s.link, s.sampling_type,
      e.kind AS enterprise_kind, s.lab_name,
      count(*)::int AS samples, (count(*) FILTER (WHERE s.conclusion = 'unqualified'))::int AS unqualified, (count(*) FILTER (WHERE s.conclusion = 'issue'))::int AS issue
    FROM samples s LEFT JOIN enterprises e ON e.id = s.sampled_party_id GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`);
  expect(truth.length).toBeGreaterThan(0);
  expect(sortRows(cube)).toEqual(sortRows(truth));
  const items = await rows(`SELECT owner_unit_id, region_code, month, category_root_id, link, sampling_type, item_name, samples, unqualified, issue
    FROM analytics_item_cube WHERE samples <> 0 OR unqualified <> 0 OR issue <> 0`);
  const itemTruth = await rows(`WITH per AS (
      SELECT ri.sample_id, coalesce(ti.name, ri.item_name) AS item_name, bool_or(ri.judgement IN ('unqualified', 'issue')) AS failed
      FROM result_items ri LEFT JOIN test_items ti ON ti.id = ri.test_item_id WHERE ri.effective GROUP BY 1, 2)
    SELECT s.owner_unit_id, s.region_code, date_trunc('month', s.sampling_date)::date AS month, s.category_root_id, s.link, s.sampling_type, per.item_name,
      count(*)::int AS samples, (count(*) FILTER (WHERE per.failed AND s.conclusion = 'unqualified'))::int AS unqualified,
      (count(*) FILTER (WHERE per.failed AND s.conclusion = 'issue'))::int AS issue
    FROM per JOIN samples s ON s.id = per.sample_id GROUP BY 1, 2, 3, 4, 5, 6, 7`);
  expect(itemTruth.length).toBeGreaterThan(0);
  expect(sortRows(items)).toEqual(sortRows(itemTruth));
  // The owner-less rollups, each grain, against the (checked) cubes.
  const city = `substring(region_code from 1 for 4) || '00'`;
  const grainTruth: Record<number, string> = {
    1: `${city}, month, NULL::uuid AS category_id, category_root_id, link, sampling_type, NULL::text AS enterprise_kind, NULL::text AS lab_name`,
    2: `region_code, month, NULL::uuid AS category_id, category_root_id, link, sampling_type, NULL::text AS enterprise_kind, NULL::text AS lab_name`,
    3: `${city}, month, NULL::uuid AS category_id, category_root_id, link, sampling_type, enterprise_kind, lab_name`,
    4: `${city}, month, category_id, category_root_id, link, sampling_type, NULL::text AS enterprise_kind, NULL::text AS lab_name`,
  };
  for (const [grain, columns] of Object.entries(grainTruth)) {
    const kept = await rows(`SELECT region_code, month, category_id, category_root_id, link, sampling_type, enterprise_kind, lab_name, samples, unqualified, issue
      FROM analytics_rollup WHERE grain = ${grain} AND (samples <> 0 OR unqualified <> 0 OR issue <> 0)`);
    const truth = await rows(`SELECT ${columns}, sum(samples)::int AS samples, sum(unqualified)::int AS unqualified, sum(issue)::int AS issue
      FROM analytics_cube GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(samples) <> 0 OR sum(unqualified) <> 0 OR sum(issue) <> 0`);
    expect(sortRows(kept.map((r) => Object.values(r)) as unknown as Row[]), `grain ${grain}`).toEqual(sortRows(truth.map((r) => Object.values(r)) as unknown as Row[]));
  }
  const itemRollup = await rows(`SELECT region_code, month, category_root_id, link, sampling_type, item_name, samples, unqualified, issue FROM analytics_item_rollup
    WHERE samples <> 0 OR unqualified <> 0 OR issue <> 0`);
  const itemRollupTruth = await rows(`SELECT ${city} AS region_code, month, category_root_id, link, sampling_type, item_name, sum(samples)::int AS samples,
      sum(unqualified)::int AS unqualified, sum(issue)::int AS issue
    FROM analytics_item_cube GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(samples) <> 0 OR sum(unqualified) <> 0 OR sum(issue) <> 0`);
  expect(sortRows(itemRollup)).toEqual(sortRows(itemRollupTruth));
  // By city, month and item only (migration 0040), against the (checked) item cube.
  const itemMonths = await rows(`SELECT region_code, month, item_name, samples, unqualified, issue FROM analytics_item_months WHERE samples <> 0 OR unqualified <> 0 OR issue <> 0`);
  const itemMonthsTruth = await rows(`SELECT ${city} AS region_code, month, item_name, sum(samples)::int AS samples, sum(unqualified)::int AS unqualified, sum(issue)::int AS issue
    FROM analytics_item_cube GROUP BY 1, 2, 3 HAVING sum(samples) <> 0 OR sum(unqualified) <> 0 OR sum(issue) <> 0`);
  expect(itemMonthsTruth.length).toBeGreaterThan(0);
  expect(sortRows(itemMonths)).toEqual(sortRows(itemMonthsTruth));
}

const totalOf = async (client: TestClient, query: string) => {
  const res = await client.get(`/api/samples?pageSize=1&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().totalCapped).toBe(false);
  return res.json().total as number;
};
/** The total of the sample list a cell links to (`/samples?…` → `/api/samples?…`). */
const totalOfHref = (client: TestClient, href: string) => totalOf(client, href.slice('/samples?'.length));
const yearQuery = (y: number) => `dateFrom=${y}-01-01&dateTo=${y}-12-31`;

describe('GET /api/analytics/rates', () => {
  it('by city: samples and unqualified equal the samples list of the same city and year, for the leader', async () => {
    const res = await leader.get(`/api/analytics/rates?by=city&year=${year}`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { key: string; samples: number; unqualified: number; rate: number; label: string }[];
    expect(items.length).toBeGreaterThan(3);
    for (const city of items) {
      expect(city.samples, city.label).toBe(await totalOf(leader, `regionCode=${city.key}&${yearQuery(year)}`));
      expect(city.unqualified, city.label).toBe(await totalOf(leader, `regionCode=${city.key}&${yearQuery(year)}&conclusion=unqualified`));
      expect(city.rate).toBeCloseTo(city.samples ? (100 * city.unqualified) / city.samples : 0, 2);
    }
    expect(items.reduce((n, c) => n + c.samples, 0)).toBe(await totalOf(leader, yearQuery(year)));
  });

  it('by city within a region and a 大类: still the samples list’s totals', async () => {
    const categoryRootId = await cakeCategoryId(t).then(async (id) => (await rows(`SELECT root_id FROM food_categories WHERE id = '${id}'`))[0].root_id as string);
    const res = await leader.get(`/api/analytics/rates?by=county&year=${year}&regionCode=510100&categoryRootId=${categoryRootId}`);
    expect(res.statusCode, res.body).toBe(200);
    for (const county of res.json().items.slice(0, 5)) {
      expect(county.samples).toBe(await totalOf(leader, `regionCode=${county.key}&categoryRootId=${categoryRootId}&${yearQuery(year)}`));
    }
  });

  it('by item, link, month and category: each row’s count is the list it links to', async () => {
    for (const by of ['item', 'link', 'month', 'category']) {
      const res = await leader.get(`/api/analytics/rates?by=${by}&year=${year}`);
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json().items as { label: string; samples: number; unqualified: number; href: string | null; unqualifiedHref: string | null }[];
      expect(items.length, by).toBeGreaterThan(0);
      for (const row of items.filter((r) => r.href).slice(0, 3)) {
        expect(row.samples, `${by} ${row.label}`).toBe(await totalOfHref(leader, row.href!));
        expect(row.unqualified, `${by} ${row.label}`).toBe(await totalOfHref(leader, row.unqualifiedHref!));
      }
    }
  });

  it('gives a city bureau only its own city, equal to its own samples list; another city is not found', async () => {
    const items = (await chengdu.get(`/api/analytics/rates?by=city&year=${year}`)).json().items;
    expect(items.map((c: { key: string }) => c.key)).toEqual(['510100']);
    expect(items[0].samples).toBe(await totalOf(chengdu, yearQuery(year)));
    expect((await chengdu.get(`/api/analytics/rates?by=county&year=${year}&regionCode=510700`)).statusCode).toBe(404);
    const mine = (await mianyang.get(`/api/analytics/rates?by=county&year=${year}`)).json().items;
    expect(mine.every((c: { key: string }) => c.key.startsWith('5107'))).toBe(true);
    const county = (await wuhou.get(`/api/analytics/rates?by=county&year=2025`)).json().items;
    expect(county.map((c: { key: string }) => c.key)).toEqual(['510107']);
    expect(county[0].samples).toBe(await totalOf(wuhou, yearQuery(2025)));
  });

  it('gives a provincial reader the same figures from the rollups as a city reads from the full cube', async () => {
    const fromRollup = (await leader.get(`/api/analytics/pivot?rows=county&columns=lab&regionCode=510100&from=${year}-01&to=${year}-12`)).json();
    const fromCube = (await chengdu.get(`/api/analytics/pivot?rows=county&columns=lab&from=${year}-01&to=${year}-12`)).json();
    expect(fromRollup.total.samples).toBe(fromCube.total.samples);
    expect(fromRollup.rowItems.map((r: { key: string; total: { samples: number } }) => [r.key, r.total.samples])).toEqual(
      fromCube.rowItems.map((r: { key: string; total: { samples: number } }) => [r.key, r.total.samples]),
    );
  });

  it('gives a link division its own link only', async () => {
    const links = (await production.get(`/api/analytics/rates?by=link&year=${year}`)).json().items;
    expect(links.map((l: { key: string }) => l.key)).toEqual(['production']);
    expect(links[0].samples).toBe(await totalOf(production, yearQuery(year)));
  });

  it('is refused without the permission and with a bad dimension', async () => {
    const legal = await t.login('legal-510107');
    expect((await legal.get(`/api/analytics/rates?by=city&year=${year}`)).statusCode).toBe(403);
    const bad = await leader.get(`/api/analytics/rates?by=planet&year=${year}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.by).toBeTruthy();
  });
});

describe('GET /api/analytics/pivot', () => {
  const period = `from=${year}-01&to=${year}-12`;

  it('crosses two dimensions; each cell, row total and the grand total equal the sample list they link to', async () => {
    const res = await leader.get(`/api/analytics/pivot?rows=city&columns=link&${period}`);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p.total.samples).toBe(await totalOfHref(leader, p.total.href));
    const cells = p.rowItems.flatMap((r: { cells: unknown[] }) => r.cells).filter(Boolean) as { samples: number; unqualified: number; href: string; unqualifiedHref: string }[];
    for (const c of cells.slice(0, 4)) {
      expect(c.samples).toBe(await totalOfHref(leader, c.href));
      expect(c.unqualified).toBe(await totalOfHref(leader, c.unqualifiedHref));
    }
    const sum = p.rowItems.reduce((n: number, r: { total: { samples: number } }) => n + r.total.samples, 0);
    expect(sum).toBe(p.total.samples);
  });

  it('drills down the category tree: the 亚类 of a 大类 add up to it, each equal to its list', async () => {
    const roots = (await leader.get(`/api/analytics/pivot?rows=category&${period}`)).json();
    const root = roots.rowItems[0];
    const sub = (await leader.get(`/api/analytics/pivot?rows=category&categoryLevel=2&categoryId=${root.key}&${period}`)).json();
    expect(sub.categoryLevel).toBe(2);
    expect(sub.total.samples).toBe(root.total.samples);
    for (const row of sub.rowItems.filter((r: { key: string | null }) => r.key).slice(0, 3)) {
      expect(row.total.samples).toBe(await totalOfHref(leader, row.total.href));
    }
  });

  it('pairs other dimensions (sampling type × quarter, lab, enterprise kind) with links that match', async () => {
    for (const [rowsDim, columns] of [['samplingType', 'quarter'], ['lab', 'year'], ['enterpriseKind', 'month']]) {
      const p = (await leader.get(`/api/analytics/pivot?rows=${rowsDim}&columns=${columns}&${period}`)).json();
      const row = p.rowItems.find((r: { total: { href: string | null } }) => r.total.href);
      expect(row, rowsDim).toBeTruthy();
      expect(row.total.samples).toBe(await totalOfHref(leader, row.total.href));
      const cell = row.cells.find(Boolean);
      expect(cell.samples).toBe(await totalOfHref(leader, cell.href));
    }
  });

  it('marks a small denominator and shows it as counts, not a percentage', async () => {
    const p = (await leader.get(`/api/analytics/pivot?rows=county&columns=month&regionCode=510100&${period}`)).json();
    const small = p.rowItems.flatMap((r: { cells: unknown[] }) => r.cells).find((c: { small: boolean } | null) => c?.small) as { samples: number; unqualified: number; display: string };
    expect(small).toBeTruthy();
    expect(small.samples).toBeLessThan(p.smallThreshold);
    expect(small.display).toBe(`${small.unqualified}/${small.samples}`);
  });

  it('refuses the test item with a dimension it is not kept by, and the same dimension twice', async () => {
    const res = await leader.get(`/api/analytics/pivot?rows=item&columns=lab&${period}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.columns).toContain('检验项目');
    expect((await leader.get(`/api/analytics/pivot?rows=city&columns=city&${period}`)).statusCode).toBe(400);
  });

  it('exports the view as xlsx', async () => {
    const res = await chengdu.get(`/api/analytics/pivot.xlsx?rows=county&columns=link&${period}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('the cubes', () => {
  it('equal a GROUP BY over the samples after the demo load', async () => {
    await expectCubesEqualSamples();
  });

  it('follow a new sample, a correction to qualified and back, an objection overturn and a retest overturn', async () => {
    const categoryId = await cakeCategoryId(t);
    const party = { sampledParty: { name: '成都市武侯区分析测试食品店', address: '四川省成都市武侯区某某路19号' }, samplingDate: `${year}-11-20` };
    const before = (await wuhou.get(`/api/analytics/rates?by=item&year=${year}`)).json().items.find((i: { key: string }) => i.key === '脱氢乙酸及其钠盐(以脱氢乙酸计)');
    const s = await postUnqualifiedCake(sampling, categoryId, 'ANA-1', party);
    await expectCubesEqualSamples();
    const after = (await wuhou.get(`/api/analytics/rates?by=item&year=${year}`)).json().items.find((i: { key: string }) => i.key === '脱氢乙酸及其钠盐(以脱氢乙酸计)');
    expect(after.unqualified).toBe((before?.unqualified ?? 0) + 1);
    const corrected = await sampling.post(`/api/samples/${s.id}/results`, { version: s.version, items: [{ ...FAILED_DHA, resultText: '0.1' }] });
    expect(corrected.statusCode, corrected.body).toBe(200);
    await expectCubesEqualSamples();
    const again = await sampling.post(`/api/samples/${s.id}/results`, { version: corrected.json().version, items: [FAILED_DHA] });
    expect(again.statusCode, again.body).toBe(200);
    await expectCubesEqualSamples();

    const o = await postUnqualifiedCake(sampling, categoryId, 'ANA-2', party);
    const applied = (
      await wuhou.post(`/api/samples/${o.id}/objections`, { applicant: '某某食品店', content: '该批次非本店销售', ground: 'sample_identity', windowStartOn: `${year}-11-20`, appliedOn: `${year}-11-23` })
    ).json();
    expect((await wuhou.post(`/api/objections/${applied.id}/decision`, { version: 1, accept: true })).statusCode).toBe(200);
    const concluded = await wuhou.post(`/api/objections/${applied.id}/conclusion`, { version: 2, outcome: 'overturned', outcomeText: '经核查样品非被抽样单位所售' });
    expect(concluded.statusCode, concluded.body).toBe(200);
    await expectCubesEqualSamples();

    const r = await postUnqualifiedCake(sampling, categoryId, 'ANA-3', { ...party, labName: '四川省食品检验研究院' });
    const retest = (
      await wuhou.post(`/api/samples/${r.id}/retests`, { applicant: '某某食品店', content: '申请复检', backupSampleExpired: false, windowStartOn: `${year}-11-20`, appliedOn: `${year}-11-23` })
    ).json();
    expect((await wuhou.post(`/api/objections/${retest.id}/decision`, { version: 1, accept: true })).statusCode).toBe(200);
    const retested = await wuhou.post(`/api/objections/${retest.id}/conclusion`, { version: 2, outcome: 'overturned', outcomeText: '复检合格', items: [{ ...FAILED_DHA, resultText: '0.31' }] });
    expect(retested.statusCode, retested.body).toBe(200);
    await expectCubesEqualSamples();
    // The overturned samples count as tested, not failed: the item's failures are back to one more than before.
    const final = (await wuhou.get(`/api/analytics/rates?by=item&year=${year}`)).json().items.find((i: { key: string }) => i.key === '脱氢乙酸及其钠盐(以脱氢乙酸计)');
    expect(final.unqualified).toBe((before?.unqualified ?? 0) + 1);
    expect(final.samples).toBe((before?.samples ?? 0) + 3);
  });

  it('follow an import and a re-import that moves samples to another county and changes their conclusion', async () => {
    const path = join(dir, 'analytics.csv');
    writeNationalCsv(path, 6, { prefix: 'ANA' });
    expect((await t.importFile(sampling, path, { defaultSamplingDate: '2025-05-01' })).job.summary.imported).toBe(6);
    await expectCubesEqualSamples();
    writeNationalCsv(path, 6, { prefix: 'ANA', value: '0.01', partyName: (i) => `绵阳市涪城区第${i}生鲜超市` });
    expect((await t.importFile(sampling, path, { defaultSamplingDate: '2025-05-01' })).job.summary.updated).toBe(6);
    await expectCubesEqualSamples();
  });

  it('follow a corrected enterprise kind, and are rebuilt to the same figures', async () => {
    const [party] = await rows(`SELECT e.id, e.version, e.kind FROM enterprises e JOIN samples s ON s.sampled_party_id = e.id WHERE s.region_code = '510107' AND e.kind = 'distributor' LIMIT 1`);
    const res = await wuhou.patch(`/api/enterprises/${party.id}`, { version: party.version, kind: 'caterer' });
    expect(res.statusCode, res.body).toBe(200);
    await expectCubesEqualSamples();
    await rebuildSampleStats(t.database.db);
    await expectCubesEqualSamples();
  });
});
