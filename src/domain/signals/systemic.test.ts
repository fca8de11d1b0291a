import { describe, expect, it } from 'vitest';
import { linkRise } from './link-rise.js';
import { crossCityProducers, crossCuttingItems, outOfProvinceProducers, registeredOutsideSichuan, type FailedSample } from './systemic.js';

const failed = (no: string, cityCode: string, categoryRootId = 'c1'): FailedSample => ({ sampleId: no, sampleNo: no, cityCode, categoryRootId, samplingDate: '2026-11-01' });

describe('systemic findings', () => {
  it('finds a producer failing in two cities, with the binomial p of its failures', () => {
    const [f] = crossCityProducers(
      [
        { producerKey: 'p1', producerName: '甲厂', creditCode: null, samples: 5, failed: [failed('a', '5101'), failed('b', '5107')], baseRate: 0.03 },
        { producerKey: 'p2', producerName: '乙厂', creditCode: null, samples: 5, failed: [failed('c', '5101'), failed('d', '5101')], baseRate: 0.03 },
      ],
      2,
    );
    expect(f.producerKey).toBe('p1');
    expect(f.cities).toEqual(['5101', '5107']);
    // P(X ≥ 2 | Bin(5, 0.03)) = 1 − 0.97^5 − 5·0.03·0.97^4
    expect(f.p).toBeCloseTo(1 - 0.97 ** 5 - 5 * 0.03 * 0.97 ** 4, 9);
  });

  it('reads the registering division from the credit code', () => {
    expect(registeredOutsideSichuan('91530100MA6K0XXXX1')).toBe(true);
    expect(registeredOutsideSichuan('91510100MA6K0XXXX1')).toBe(false);
    expect(registeredOutsideSichuan(null)).toBe(false);
    const found = outOfProvinceProducers(
      [{ producerKey: 'x', producerName: '云南某厂', creditCode: '91530100MA6K0XXXX1', samples: 4, failed: [failed('a', '5101'), failed('b', '5101')], baseRate: 0.03 }],
      2,
    );
    expect(found).toHaveLength(1);
  });

  it('tests an item failing across categories against its earlier quarters', () => {
    const [item] = crossCuttingItems(
      [
        { itemName: '苏丹红', failed: [failed('a', '5101', 'c1'), failed('b', '5103', 'c2'), failed('c', '5105', 'c3')], samples: 1000, pastFailed: 1, pastSamples: 4000 },
        { itemName: '菌落总数', failed: [failed('d', '5101', 'c1')], samples: 1000, pastFailed: 40, pastSamples: 4000 },
      ],
      { minCategories: 3, minCities: 3, minExpected: 0.5 },
    );
    expect(item.itemName).toBe('苏丹红');
    expect(item.expected).toBe(0.5);
    expect(item.p).toBeCloseTo(1 - Math.exp(-0.5) * (1 + 0.5 + 0.125), 9);
  });

  it('counts counties whose link rate rose with a one-sided sign test', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ countyCode: `51010${i}`, samplesNow: 20, failedNow: i < 9 ? 3 : 0, samplesBefore: 20, failedBefore: 1 }));
    const r = linkRise(rows);
    expect(r.counties).toBe(10);
    expect(r.up).toBe(9);
    // P(U ≥ 9 | Bin(10, ½)) = 11/1024
    expect(r.p).toBeCloseTo(11 / 1024, 9);
  });
});
