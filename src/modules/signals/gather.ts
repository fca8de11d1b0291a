/**
 * The SQL aggregates a signal run needs, straight from `samples` and `result_items` (the stats
 * module's tables are another module's; these few grouped scans are fast enough at 10^6 samples,
 * see docs/performance.md). A failure is a sample whose effective conclusion is 不合格 or, for risk
 * monitoring, 问题 (`unqualified` or `issue`); the denominator is every sample with a conclusion.
 * Overturned results (复检, 异议) changed the sample's conclusion already, so they do not count.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { PROVINCE_CODE, type RunData } from '../../domain/signals/evaluate.js';
import type { MonthCount } from '../../domain/signals/farrington.js';
import type { SignalRules } from '../../domain/signals/rules.js';
import { registeredOutsideSichuan, type FailedSample, type ItemQuarter, type ProducerHistory } from '../../domain/signals/systemic.js';

export const rowsOf = async <T>(db: Executor, query: SQL) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;

const FAILED = sql.raw(`conclusion IN ('unqualified', 'issue')`);
const CONCLUDED = sql.raw(`conclusion <> 'pending'`);

const DAY = 86_400_000;
export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
export function addMonths(date: string, months: number): string {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}
const cityOf = (code: string) => `${code.slice(0, 4)}00`;
const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

export interface GatherTimings {
  [phase: string]: number;
}

/** The months of the series, ascending, ending with the month of `today`. */
export function seriesMonths(today: string, rules: SignalRules): string[] {
  const count = 12 * rules['time.years'] + rules['time.halfWindow'] + 1;
  const first = addMonths(today, -(count - 1));
  return Array.from({ length: count }, (_, i) => addMonths(first, i));
}

async function gatherSeries(db: Executor, today: string, months: string[]) {
  const rows = await rowsOf<{ m: unknown; city: string | null; root: string; n: number; f: number }>(
    db,
    sql`SELECT date_trunc('month', sampling_date)::date AS m, left(region_code, 4) AS city, category_root_id AS root,
               count(*)::int AS n, count(*) FILTER (WHERE ${FAILED})::int AS f
          FROM samples
         WHERE sampling_date >= ${months[0]} AND sampling_date <= ${today} AND ${CONCLUDED} AND category_root_id IS NOT NULL
         GROUP BY 1, 2, 3`,
  );
  const index = new Map(months.map((m, i) => [m, i]));
  const cells = new Map<string, { regionCode: string; categoryRootId: string; counts: MonthCount[] }>();
  const cell = (regionCode: string, root: string) => {
    const key = `${regionCode}|${root}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { regionCode, categoryRootId: root, counts: months.map(() => ({ observed: 0, samples: 0 })) }));
    return c;
  };
  for (const r of rows) {
    const t = index.get(iso(r.m));
    if (t === undefined) continue;
    for (const region of [PROVINCE_CODE, ...(r.city && r.city.startsWith('51') ? [`${r.city}00`] : [])]) {
      const c = cell(region, r.root).counts[t];
      c.samples += Number(r.n);
      c.observed += Number(r.f);
    }
  }
  return [...cells.values()];
}

async function gatherFunnel(db: Executor, from: string, today: string): Promise<RunData['funnel']> {
  const rows = await rowsOf<{ region: string; root: string; n: number; f: number }>(
    db,
    sql`SELECT region_code AS region, category_root_id AS root, count(*)::int AS n, count(*) FILTER (WHERE ${FAILED})::int AS f
          FROM samples
         WHERE sampling_date >= ${from} AND sampling_date <= ${today} AND ${CONCLUDED} AND category_root_id IS NOT NULL AND region_code LIKE '51%'
         GROUP BY 1, 2`,
  );
  const byRoot = new Map<string, { total: { samples: number; unqualified: number }; city: Map<string, { samples: number; unqualified: number }>; county: Map<string, { samples: number; unqualified: number }> }>();
  for (const r of rows) {
    let e = byRoot.get(r.root);
    if (!e) byRoot.set(r.root, (e = { total: { samples: 0, unqualified: 0 }, city: new Map(), county: new Map() }));
    const n = Number(r.n);
    const f = Number(r.f);
    e.total.samples += n;
    e.total.unqualified += f;
    const add = (map: Map<string, { samples: number; unqualified: number }>, code: string) => {
      const v = map.get(code) ?? { samples: 0, unqualified: 0 };
      v.samples += n;
      v.unqualified += f;
      map.set(code, v);
    };
    add(e.city, cityOf(r.region));
    if (!r.region.endsWith('00')) add(e.county, r.region);
  }
  const out: RunData['funnel'] = [];
  for (const [root, e] of byRoot) {
    for (const level of ['city', 'county'] as const) {
      out.push({ categoryRootId: root, level, target: e.total, regions: [...e[level]].map(([regionCode, v]) => ({ regionCode, ...v })) });
    }
  }
  return out;
}

async function gatherProducers(db: Executor, rules: SignalRules, today: string) {
  const producerFrom = addDays(today, -rules['producer.days'] + 1);
  const outsideFrom = addDays(today, -rules['outside.days'] + 1);
  const from = producerFrom < outsideFrom ? producerFrom : outsideFrom;
  const failed = await rowsOf<{ id: string; no: string; region: string | null; root: string | null; d: unknown; pid: string | null; name: string; code: string | null }>(
    db,
    sql`SELECT s.id, s.sample_no AS no, s.region_code AS region, s.category_root_id AS root, s.sampling_date AS d,
               s.nominal_producer_id AS pid, s.nominal_producer_name AS name, e.credit_code AS code
          FROM samples s LEFT JOIN enterprises e ON e.id = s.nominal_producer_id
         WHERE s.conclusion IN ('unqualified', 'issue') AND s.sampling_date >= ${from} AND s.sampling_date <= ${today}
           AND s.nominal_producer_name IS NOT NULL`,
  );
  // The provincial rate of each 大类 over the longer window: a producer's expected failures.
  const rates = await rowsOf<{ root: string; n: number; f: number }>(
    db,
    sql`SELECT category_root_id AS root, count(*)::int AS n, count(*) FILTER (WHERE ${FAILED})::int AS f
          FROM samples WHERE sampling_date >= ${from} AND sampling_date <= ${today} AND ${CONCLUDED} GROUP BY 1`,
  );
  const byRoot = new Map(rates.map((r) => [r.root, { n: Number(r.n), f: Number(r.f) }]));
  const all = rates.reduce((a, r) => ({ n: a.n + Number(r.n), f: a.f + Number(r.f) }), { n: 0, f: 0 });
  /**
   * The rate of a 大类 in the rest of the province (the producer's own samples taken out, so that
   * its failures do not raise the rate it is tested against); a 大类 with under 30 other samples
   * falls back to the province's overall rate.
   */
  const restRate = (root: string | null, ownN: number, ownF: number) => {
    const c = root ? byRoot.get(root) : undefined;
    if (c && c.n - ownN >= 30) return Math.max(0, c.f - ownF) / (c.n - ownN);
    return Math.max(0, all.f - ownF) / Math.max(1, all.n - ownN);
  };

  const group = (windowFrom: string) => {
    const map = new Map<string, { name: string; pid: string | null; code: string | null; failed: FailedSample[] }>();
    for (const r of failed) {
      const d = iso(r.d);
      if (d < windowFrom) continue;
      const key = r.pid ?? `name:${r.name}`;
      let g = map.get(key);
      if (!g) map.set(key, (g = { name: r.name, pid: r.pid, code: r.code, failed: [] }));
      g.failed.push({ sampleId: r.id, sampleNo: r.no, cityCode: r.region ? cityOf(r.region) : PROVINCE_CODE, categoryRootId: r.root, samplingDate: d });
    }
    return map;
  };
  const near = group(producerFrom);
  const far = group(outsideFrom);
  const crossKeys = [...near].filter(([, g]) => new Set(g.failed.map((f) => f.cityCode)).size >= rules['producer.minCities']).map(([k]) => k);
  const outsideKeys = [...far].filter(([, g]) => g.failed.length >= rules['outside.minFailures'] && registeredOutsideSichuan(g.code)).map(([k]) => k);
  // All samples (any conclusion) of the producers that may be signals: the denominator of their test.
  const ids = [...new Set([...crossKeys, ...outsideKeys].filter((k) => !k.startsWith('name:')))];
  const totals = ids.length
    ? await rowsOf<{ pid: string; root: string | null; near: number; far: number }>(
        db,
        sql`SELECT nominal_producer_id AS pid, category_root_id AS root,
                   count(*) FILTER (WHERE sampling_date >= ${producerFrom})::int AS near, count(*)::int AS far
              FROM samples
             WHERE nominal_producer_id IN (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)}) AND sampling_date >= ${outsideFrom} AND sampling_date <= ${today} AND ${CONCLUDED}
             GROUP BY 1, 2`,
      )
    : [];
  const history = (map: typeof near, keys: string[], window: 'near' | 'far'): ProducerHistory[] =>
    keys.map((key) => {
      const g = map.get(key)!;
      const own = totals.filter((t) => t.pid === key);
      const ownFailed = (root: string | null) => g.failed.filter((f) => f.categoryRootId === root).length;
      const n = own.reduce((s, t) => s + Number(t[window]), 0);
      const expectedFailures = own.reduce((s, t) => s + Number(t[window]) * restRate(t.root, Number(t.far), ownFailed(t.root)), 0);
      const fallbackRate = g.failed.reduce((s, f) => s + restRate(f.categoryRootId, 0, 0), 0) / g.failed.length;
      return { producerKey: key, producerName: g.name, creditCode: g.code, samples: Math.max(n, g.failed.length), failed: g.failed, baseRate: n > 0 ? expectedFailures / n : fallbackRate };
    });
  return {
    producers: history(near, crossKeys, 'near'),
    outside: history(far, outsideKeys, 'far'),
    windows: { producer: [producerFrom, today] as [string, string], outside: [outsideFrom, today] as [string, string] },
  };
}

async function gatherItems(db: Executor, today: string) {
  // A rolling quarter (the last 91 days) against the year before it.
  const quarterFrom = addDays(today, -90);
  const referenceFrom = addDays(quarterFrom, -365);
  const rows = await rowsOf<{ item: string; id: string; no: string; region: string | null; root: string | null; d: unknown }>(
    db,
    sql`SELECT DISTINCT ri.item_name AS item, s.id, s.sample_no AS no, s.region_code AS region, s.category_root_id AS root, s.sampling_date AS d
          FROM result_items ri JOIN samples s ON s.id = ri.sample_id
         WHERE ri.effective AND ri.judgement IN ('unqualified', 'issue') AND s.conclusion IN ('unqualified', 'issue')
           AND s.sampling_date >= ${referenceFrom} AND s.sampling_date <= ${today}`,
  );
  const [counts] = await rowsOf<{ now: number; past: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE sampling_date >= ${quarterFrom})::int AS now, count(*) FILTER (WHERE sampling_date < ${quarterFrom})::int AS past
          FROM samples WHERE sampling_date >= ${referenceFrom} AND sampling_date <= ${today} AND ${CONCLUDED}`,
  );
  const items = new Map<string, ItemQuarter>();
  for (const r of rows) {
    let q = items.get(r.item);
    if (!q) items.set(r.item, (q = { itemName: r.item, failed: [], samples: Number(counts.now), pastFailed: 0, pastSamples: Number(counts.past) }));
    const d = iso(r.d);
    if (d >= quarterFrom) q.failed.push({ sampleId: r.id, sampleNo: r.no, cityCode: r.region ? cityOf(r.region) : PROVINCE_CODE, categoryRootId: r.root, samplingDate: d });
    else q.pastFailed++;
  }
  return { items: [...items.values()].filter((q) => q.failed.length > 0), window: [quarterFrom, today] as [string, string] };
}

async function gatherLinks(db: Executor, rules: SignalRules, today: string) {
  const nowFrom = addDays(addMonths(today, -rules['link.months']), 1);
  const beforeFrom = addDays(nowFrom, -365);
  const beforeTo = addDays(today, -365);
  const rows = await rowsOf<{ link: string; region: string; sn: number; fn: number; sb: number; fb: number }>(
    db,
    sql`SELECT link, region_code AS region,
               count(*) FILTER (WHERE sampling_date >= ${nowFrom})::int AS sn,
               count(*) FILTER (WHERE sampling_date >= ${nowFrom} AND ${FAILED})::int AS fn,
               count(*) FILTER (WHERE sampling_date <= ${beforeTo})::int AS sb,
               count(*) FILTER (WHERE sampling_date <= ${beforeTo} AND ${FAILED})::int AS fb
          FROM samples
         WHERE link IS NOT NULL AND region_code LIKE '51%' AND ${CONCLUDED}
           AND ((sampling_date >= ${nowFrom} AND sampling_date <= ${today}) OR (sampling_date >= ${beforeFrom} AND sampling_date <= ${beforeTo}))
         GROUP BY 1, 2`,
  );
  const byLink = new Map<string, RunData['links'][number]['counties']>();
  for (const r of rows) {
    const list = byLink.get(r.link) ?? [];
    list.push({ countyCode: r.region, samplesNow: Number(r.sn), failedNow: Number(r.fn), samplesBefore: Number(r.sb), failedBefore: Number(r.fb) });
    byLink.set(r.link, list);
  }
  return { links: [...byLink].map(([link, counties]) => ({ link, counties })), now: [nowFrom, today] as [string, string], before: [beforeFrom, beforeTo] as [string, string] };
}

/** Everything one run reads, with the time each aggregate took (the benchmark's baseline). */
export async function gatherRunData(db: Executor, rules: SignalRules, today: string, timings: GatherTimings = {}): Promise<RunData> {
  const lap = async <T>(name: string, work: () => Promise<T>) => {
    const started = performance.now();
    const value = await work();
    timings[name] = Math.round(performance.now() - started);
    return value;
  };
  const months = seriesMonths(today, rules);
  const regionFrom = addDays(addMonths(today, -rules['region.months']), 1);
  const series = await lap('series', () => gatherSeries(db, today, months));
  const funnelData = await lap('funnel', () => gatherFunnel(db, regionFrom, today));
  const producers = await lap('producers', () => gatherProducers(db, rules, today));
  const items = await lap('items', () => gatherItems(db, today));
  const links = await lap('links', () => gatherLinks(db, rules, today));
  return {
    months,
    // A cell with no failure in the months under test cannot alarm: not a test.
    series: series.filter((s) => s.counts.slice(-rules['time.monthsTested']).some((c) => c.observed > 0)),
    funnel: funnelData,
    producers: producers.producers,
    outside: producers.outside,
    items: items.items,
    links: links.links,
    windows: { region: [regionFrom, today], producer: producers.windows.producer, outside: producers.windows.outside, item: items.window, linkNow: links.now, linkBefore: links.before },
  };
}
