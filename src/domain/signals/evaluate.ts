/**
 * One signal run over aggregated data: every method's tests, one Benjamini–Hochberg step over all
 * of the run's p-values, and the findings that are signals (the method's own condition holds and
 * q ≤ the run's FDR). Pure: the module gathers the data in SQL (src/modules/signals/gather.ts).
 */
import { benjaminiHochberg } from './distributions.js';
import { farrington, type FarringtonResult, type MonthCount } from './farrington.js';
import { funnel, funnelLimits } from './funnel.js';
import { linkRise, type CountyPeriods } from './link-rise.js';
import type { SignalMethod, SignalRules } from './rules.js';
import { crossCityProducers, crossCuttingItems, outOfProvinceProducers, type FailedSample, type ItemQuarter, type ProducerHistory } from './systemic.js';

export const PROVINCE_CODE = '510000';

export interface RunData {
  /** First days of the months of the series, ascending, the current month last. */
  months: string[];
  series: { regionCode: string; categoryRootId: string; counts: MonthCount[] }[];
  funnel: { categoryRootId: string; level: 'city' | 'county'; target: { samples: number; unqualified: number }; regions: { regionCode: string; samples: number; unqualified: number }[] }[];
  producers: ProducerHistory[];
  outside: ProducerHistory[];
  items: ItemQuarter[];
  links: { link: string; counties: CountyPeriods[] }[];
  /** The windows the data was gathered over, for the explanations. */
  windows: { region: [string, string]; producer: [string, string]; outside: [string, string]; item: [string, string]; linkNow: [string, string]; linkBefore: [string, string] };
}

/** Where the samples behind a finding are: a cell and a period (time, region, link), or the samples themselves. */
export interface SampleScope {
  regionCode?: string | null;
  categoryRootId?: string | null;
  link?: string | null;
  /** Region codes (counties) for a link signal. */
  regionCodes?: string[];
  from: string;
  to: string;
}

export interface Finding {
  key: string;
  method: SignalMethod;
  regionCode: string | null;
  categoryRootId: string | null;
  link: string | null;
  /** Test item name or producer name. */
  subject: string | null;
  p: number;
  q: number;
  /** The method's own condition (alarm, outside 99.8 %, enough cities …). */
  candidate: boolean;
  statistic: Record<string, unknown>;
  samples?: FailedSample[];
  sampleScope?: SampleScope;
}

export const signalKey = (method: SignalMethod, regionCode: string | null, categoryId: string | null, subject: string | null) =>
  [method, regionCode ?? '-', categoryId ?? '-', subject ?? '-'].join(':');

const monthEnd = (month: string) => {
  const d = new Date(`${month}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return d.toISOString().slice(0, 10);
};

function timeFindings(data: RunData, rules: SignalRules): Finding[] {
  const out: Finding[] = [];
  const last = data.months.length - 1;
  const options = { years: rules['time.years'], halfWindow: rules['time.halfWindow'], alpha: rules['time.alpha'], reweightThreshold: rules['time.reweightThreshold'] };
  for (const s of data.series) {
    let best: { t: number; r: FarringtonResult } | null = null;
    const tested: { t: number; r: FarringtonResult }[] = [];
    for (let k = 0; k < rules['time.monthsTested']; k++) {
      const t = last - k;
      const r = t >= 0 ? farrington(s.counts, t, options) : null;
      if (!r) continue;
      tested.push({ t, r });
      if (!best || r.p < best.r.p) best = { t, r };
    }
    // Every month tested is one test in the run's family; the cell reports its strongest month.
    for (const { t, r } of tested) {
      const isBest = best!.t === t;
      const candidate = r.alarm && r.observed >= rules['time.minObserved'];
      out.push({
        key: signalKey('time', s.regionCode, s.categoryRootId, null) + (isBest ? '' : `#${data.months[t]}`),
        method: 'time',
        regionCode: s.regionCode,
        categoryRootId: s.categoryRootId,
        link: null,
        subject: null,
        p: r.p,
        q: 1,
        candidate: isBest && candidate,
        statistic: {
          month: data.months[t],
          observed: r.observed,
          samples: r.samples,
          expected: r.expected,
          threshold: r.threshold,
          phi: r.phi,
          trend: r.trend,
          baselineMonths: r.baseline.length,
          alpha: options.alpha,
          downWeighted: r.weights.filter((w) => w < 0.999 * Math.max(...r.weights)).length,
        },
        sampleScope: { regionCode: s.regionCode === PROVINCE_CODE ? null : s.regionCode, categoryRootId: s.categoryRootId, from: data.months[t], to: monthEnd(data.months[t]) },
      });
    }
  }
  return out;
}

/** The series and its threshold month by month, for the chart of a time signal. */
export function timeChart(counts: readonly MonthCount[], months: readonly string[], rules: SignalRules, span = 24) {
  const options = { years: rules['time.years'], halfWindow: rules['time.halfWindow'], alpha: rules['time.alpha'], reweightThreshold: rules['time.reweightThreshold'] };
  const from = Math.max(0, months.length - span);
  const rows = [];
  for (let t = from; t < months.length; t++) {
    const r = farrington(counts, t, options);
    rows.push({ month: months[t].slice(0, 7), observed: counts[t].observed, samples: counts[t].samples, expected: r?.expected ?? null, threshold: r?.threshold ?? null });
  }
  return rows;
}

function funnelCurve(maxN: number, target: number) {
  const points: number[] = [];
  for (let n = 5; n < maxN * 1.2; n = Math.ceil(n * 1.15)) points.push(n);
  points.push(Math.ceil(maxN * 1.2));
  return points.map((n) => ({ n, ...funnelLimits(n, target) }));
}

function regionFindings(data: RunData, rules: SignalRules): Finding[] {
  const out: Finding[] = [];
  for (const cell of data.funnel) {
    if (cell.target.samples <= 0 || cell.target.unqualified <= 0) continue;
    const target = cell.target.unqualified / cell.target.samples;
    const results = funnel(cell.regions.map((r) => ({ key: r.regionCode, samples: r.samples, unqualified: r.unqualified })), target);
    const chart = {
      target,
      points: results.map((r) => ({ regionCode: r.key, samples: r.samples, unqualified: r.unqualified, rate: r.rate })),
      curve: funnelCurve(Math.max(...results.map((r) => r.samples), 10), target),
    };
    for (const r of results) {
      if (r.unqualified === 0) continue; // P(X ≥ 0) = 1: not a test
      out.push({
        key: signalKey('region', r.key, cell.categoryRootId, null),
        method: 'region',
        regionCode: r.key,
        categoryRootId: cell.categoryRootId,
        link: null,
        subject: null,
        p: r.p,
        q: 1,
        candidate: r.above998 && r.unqualified >= rules['region.minUnqualified'],
        statistic: { level: cell.level, observed: r.unqualified, samples: r.samples, rate: r.rate, target, expected: target * r.samples, limits: r.limits, from: data.windows.region[0], to: data.windows.region[1], chart },
        sampleScope: { regionCode: r.key, categoryRootId: cell.categoryRootId, from: data.windows.region[0], to: data.windows.region[1] },
      });
    }
  }
  return out;
}

function producerFindings(data: RunData, rules: SignalRules): Finding[] {
  const byKey = new Map(data.producers.map((h) => [h.producerKey, h]));
  const cross = crossCityProducers(data.producers, rules['producer.minCities']).map((f): Finding => ({
    key: signalKey('producer', null, null, f.producerKey),
    method: 'producer',
    regionCode: null,
    categoryRootId: null,
    link: null,
    subject: f.producerName,
    p: f.p,
    q: 1,
    candidate: true,
    statistic: { observed: f.failed, samples: f.samples, expected: f.expected, cities: f.cities, creditCode: f.creditCode, days: rules['producer.days'], from: data.windows.producer[0], to: data.windows.producer[1] },
    samples: byKey.get(f.producerKey)!.failed,
  }));
  const outsideByKey = new Map(data.outside.map((h) => [h.producerKey, h]));
  const outside = outOfProvinceProducers(data.outside, rules['outside.minFailures']).map((f): Finding => ({
    key: signalKey('outside', null, null, f.producerKey),
    method: 'outside',
    regionCode: null,
    categoryRootId: null,
    link: null,
    subject: f.producerName,
    p: f.p,
    q: 1,
    candidate: true,
    statistic: { observed: f.failed, samples: f.samples, expected: f.expected, cities: f.cities, creditCode: f.creditCode, division: f.creditCode?.slice(2, 8), from: data.windows.outside[0], to: data.windows.outside[1] },
    samples: outsideByKey.get(f.producerKey)!.failed,
  }));
  return [...cross, ...outside];
}

function itemFindings(data: RunData, rules: SignalRules): Finding[] {
  const byName = new Map(data.items.map((i) => [i.itemName, i]));
  return crossCuttingItems(data.items, { minCategories: rules['item.minCategories'], minCities: rules['item.minCities'], minExpected: rules['item.minExpected'] }).map((f) => ({
    key: signalKey('item', null, null, f.itemName),
    method: 'item' as const,
    regionCode: null,
    categoryRootId: null,
    link: null,
    subject: f.itemName,
    p: f.p,
    q: 1,
    candidate: f.observed > f.expected,
    statistic: { observed: f.observed, expected: f.expected, categories: f.categories, cities: f.cities, from: data.windows.item[0], to: data.windows.item[1] },
    samples: byName.get(f.itemName)!.failed,
  }));
}

function linkFindings(data: RunData, rules: SignalRules): Finding[] {
  return data.links.map(({ link, counties }) => {
    const r = linkRise(counties);
    return {
      key: signalKey('link', null, null, link),
      method: 'link' as const,
      regionCode: null,
      categoryRootId: null,
      link,
      subject: null,
      p: r.p,
      q: 1,
      candidate: r.up >= rules['link.minCounties'],
      statistic: {
        observed: r.up,
        counties: r.counties,
        up: r.up,
        down: r.down,
        expected: r.counties / 2,
        significantCounties: r.significantCounties,
        now: data.windows.linkNow,
        before: data.windows.linkBefore,
        changes: r.changes.filter((c) => c.up).map((c) => ({ regionCode: c.countyCode, rateNow: c.rateNow, rateBefore: c.rateBefore, failedNow: c.failedNow, samplesNow: c.samplesNow, p: c.p })),
      },
      sampleScope: { link, regionCodes: r.changes.filter((c) => c.up).map((c) => c.countyCode), from: data.windows.linkNow[0], to: data.windows.linkNow[1] },
    };
  });
}

export interface RunOutcome {
  tests: number;
  findings: Finding[];
  signals: Finding[];
}

export function evaluateRun(data: RunData, rules: SignalRules): RunOutcome {
  const findings = [...timeFindings(data, rules), ...regionFindings(data, rules), ...producerFindings(data, rules), ...itemFindings(data, rules), ...linkFindings(data, rules)];
  const q = benjaminiHochberg(findings.map((f) => f.p));
  findings.forEach((f, i) => {
    f.q = q[i];
    f.statistic.p = f.p;
    f.statistic.q = q[i];
  });
  const signals = findings.filter((f) => f.candidate && f.q <= rules.fdr);
  return { tests: findings.length, findings, signals };
}
