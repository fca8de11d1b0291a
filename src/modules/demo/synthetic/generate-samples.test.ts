import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../catalogue/match.js';
import { catalogueRows } from '../../catalogue/seed-catalogue.js';
import { checkCreditCode } from '../../../domain/sampling/credit-code.js';
import { judgeItem, parseLimit, parseMeasuredValue } from '../../../domain/sampling/judge.js';
import { regionIndex } from '../../sampling/region-index.js';
import { buildCatalogueView } from './catalogue-view.js';
import { FAILING_ITEMS } from './failure-profiles.js';
import { SyntheticProvince, type SynthSample } from './generate-samples.js';

const rows = catalogueRows();
const catalogue = buildCatalogue(rows.categories, rows.testItems, rows.limits);
const view = buildCatalogueView(catalogue);
const params = { samples: 20_000, years: 4, seed: 42, today: '2026-05-20' };
const province = new SyntheticProvince(params, view);
const samples = [...province.generate()];

const share = (predicate: (s: SynthSample) => boolean) => samples.filter(predicate).length / samples.length;

describe('synthetic Sichuan sampling data', () => {
  it('knows every item and category its failure profiles name', () => {
    expect(view.unknownItems).toEqual([]);
    const names = new Set(rows.categories.map((c) => c.name));
    expect(Object.keys(FAILING_ITEMS).filter((name) => !names.has(name))).toEqual([]);
  });

  it('is deterministic for a seed, and differs for another', () => {
    const strip = (s: SynthSample) => `${s.sampleNo}|${s.foodName}|${s.sampledParty.name}|${s.items.map((i) => i.resultText).join(',')}`;
    const again = [...new SyntheticProvince(params, view).generate()];
    expect(again.map(strip)).toEqual(samples.map(strip));
    const other = [...new SyntheticProvince({ ...params, seed: 43, samples: 200 }, view).generate()];
    expect(other.map(strip)).not.toEqual(samples.slice(0, 200).map(strip));
  });

  it('spreads samples by population, category, link and kind of task', () => {
    expect(share((s) => s.regionCode.startsWith('5101'))).toBeGreaterThan(0.22);
    expect(share((s) => s.regionCode.startsWith('5101'))).toBeLessThan(0.28);
    expect(share((s) => s.regionCode.startsWith('5132'))).toBeLessThan(0.02); // 阿坝
    expect(new Set(samples.map((s) => s.regionCode.slice(0, 4))).size).toBe(21);
    expect(share((s) => s.rootName === '食用农产品')).toBeGreaterThan(0.32);
    expect(share((s) => s.rootName === '食用农产品')).toBeLessThan(0.38);
    expect(share((s) => s.rootName === '餐饮食品')).toBeGreaterThan(0.1);
    expect(share((s) => s.link === 'distribution')).toBeGreaterThan(0.5);
    expect(share((s) => s.link === 'distribution')).toBeLessThan(0.6);
    for (const link of ['catering', 'production'] as const) {
      expect(share((s) => s.link === link)).toBeGreaterThan(0.17);
      expect(share((s) => s.link === link)).toBeLessThan(0.23);
    }
    expect(share((s) => s.link === 'online')).toBeGreaterThan(0.03);
    expect(share((s) => s.samplingType === 'supervisory')).toBeGreaterThan(0.82);
    expect(share((s) => s.samplingType === 'risk_monitoring')).toBeGreaterThan(0.08);
    expect(share((s) => s.conclusion !== 'qualified')).toBeGreaterThan(0.02);
    expect(share((s) => s.conclusion !== 'qualified')).toBeLessThan(0.04);
    expect(samples.filter((s) => s.samplingType === 'risk_monitoring' && s.conclusion === 'unqualified')).toEqual([]);
  });

  it('dates samples on working days over the years, in order, never after today', () => {
    const dates = samples.map((s) => s.samplingDate);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0] >= '2023-01-01').toBe(true);
    expect(dates.at(-1)! <= '2026-05-20').toBe(true);
    expect(dates.filter((d) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()))).toEqual([]);
    expect(dates).not.toContain('2025-10-01');
    expect(new Set(dates.map((d) => d.slice(0, 4)))).toEqual(new Set(['2023', '2024', '2025', '2026']));
  });

  it('judges every item the way the platform does: failures over their limits, the rest within', () => {
    for (const s of samples) {
      for (const item of s.items) {
        const judged = judgeItem(parseMeasuredValue(item.resultText), parseLimit(item.limitText), s.samplingType);
        expect(judged, `${s.foodName} ${item.itemName} ${item.resultText} ${item.limitText}`).toBe(item.judgement);
      }
      expect(s.items.length).toBeGreaterThan(0);
      expect(s.conclusion === 'qualified').toBe(s.items.every((i) => i.judgement === 'qualified'));
    }
    const failed = samples.flatMap((s) => s.items.filter((i) => i.judgement !== 'qualified').map((i) => `${s.categoryName}:${i.itemName}`));
    expect(failed.some((f) => f.startsWith('芹菜:') && /毒死蜱|克百威/.test(f))).toBe(true);
    expect(failed.some((f) => /餐饮具:(大肠菌群|阴离子合成洗涤剂)/.test(f))).toBe(true);
  });

  it('gives producers valid credit codes of their county, and a quarter of shops and caterers none', () => {
    const created = province.population.created;
    for (const e of created) {
      if (e.creditCode) {
        expect(checkCreditCode(e.creditCode), e.creditCode).toMatchObject({ ok: true });
        if (e.regionCode) expect(e.creditCode.slice(2, 8)).toBe(e.regionCode);
      }
      if (e.regionCode) expect(regionIndex.resolve(e.address), e.address).toMatchObject({ level: 'county', regionCode: e.regionCode });
      else expect(regionIndex.resolve(e.address).level).toBe('outside');
    }
    expect(created.filter((e) => e.kind === 'producer' && !e.creditCode)).toEqual([]);
    const local = created.filter((e) => e.kind === 'distributor' || e.kind === 'caterer');
    const noCode = local.filter((e) => !e.creditCode).length / local.length;
    expect(noCode).toBeGreaterThan(0.18);
    expect(noCode).toBeLessThan(0.32);
    expect(new Set(created.map((e) => `${e.normalizedName}|${e.regionCode}`)).size).toBe(created.length);
  });

  it('reuses enterprises, and plants repeat offenders for the escalation rules', () => {
    const visits = new Map<string, number>();
    for (const s of samples) visits.set(s.sampledParty.key, (visits.get(s.sampledParty.key) ?? 0) + 1);
    expect(Math.max(...visits.values())).toBeGreaterThan(20);
    const unqualifiedByYear = new Map<string, number>();
    for (const s of samples) {
      if (s.conclusion !== 'unqualified') continue;
      for (const e of new Set([s.sampledParty, s.nominalProducer])) {
        if (e) unqualifiedByYear.set(`${e.name}|${s.samplingDate.slice(0, 4)}`, (unqualifiedByYear.get(`${e.name}|${s.samplingDate.slice(0, 4)}`) ?? 0) + 1);
      }
    }
    const three = province.offenders.filter((o) => o.rule === 'threeBatches');
    const two = province.offenders.filter((o) => o.rule === 'twoYears');
    expect(three.length).toBeGreaterThanOrEqual(20);
    expect(new Set(three.map((o) => o.kind))).toEqual(new Set(['producer', 'distributor', 'caterer']));
    for (const o of three) expect(unqualifiedByYear.get(`${o.name}|${o.years[0]}`)).toBeGreaterThanOrEqual(3);
    expect(two.length).toBeGreaterThanOrEqual(5);
    for (const o of two) {
      expect(o.years[1]).toBe(o.years[0] + 1);
      for (const year of o.years) expect(unqualifiedByYear.get(`${o.name}|${year}`)).toBeGreaterThanOrEqual(1);
    }
  });

  it('numbers samples uniquely, with two samplers and an officer for farm produce', () => {
    expect(new Set(samples.map((s) => s.sampleNo)).size).toBe(samples.length);
    for (const s of samples) {
      expect(s.sampleNo).toMatch(new RegExp(`^(DBJ|FJC|PJC)${s.samplingDate.slice(2, 4)}${s.regionCode}42\\d{6}$`));
      expect(new Set(s.samplers).size).toBe(2);
      expect(s.accompanyingOfficer !== null).toBe(s.rootName === '食用农产品');
    }
  });
});
