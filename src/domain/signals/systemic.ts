/**
 * Systemic risks (seed art. 11(2): 系统性食品安全风险): patterns that cross regions or foods.
 * - a nominal producer failing in ≥ minCities cities within the window (90 days);
 * - a test item failing across several categories or cities within a quarter, more often than
 *   its earlier quarters predict;
 * - a producer registered outside Sichuan (credit code's division part not 51…) failing
 *   repeatedly: a candidate for 协查 and the 西南五省 exchange.
 * Each carries a p-value so that the run's Benjamini–Hochberg step can control false discoveries.
 */
import { binomialUpperTail, poissonUpperTail } from './distributions.js';

export interface FailedSample {
  sampleId: string;
  sampleNo: string;
  cityCode: string;
  categoryRootId: string | null;
  samplingDate: string;
}

export interface ProducerHistory {
  producerKey: string;
  producerName: string;
  creditCode: string | null;
  /** The producer's samples (all conclusions) in the window. */
  samples: number;
  /** Its unqualified samples in the window. */
  failed: FailedSample[];
  /** The provincial unqualified rate of its foods (weighted by its samples' categories). */
  baseRate: number;
}

export interface ProducerFinding {
  producerKey: string;
  producerName: string;
  creditCode: string | null;
  cities: string[];
  failed: number;
  samples: number;
  expected: number;
  p: number;
}

/** P(≥ failed of its samples | the provincial rate of its foods): is the producer unusual at all? */
function producerFinding(h: ProducerHistory): ProducerFinding {
  const cities = [...new Set(h.failed.map((f) => f.cityCode))].sort();
  const n = Math.max(h.samples, h.failed.length);
  return {
    producerKey: h.producerKey,
    producerName: h.producerName,
    creditCode: h.creditCode,
    cities,
    failed: h.failed.length,
    samples: n,
    expected: n * h.baseRate,
    p: binomialUpperTail(h.failed.length, n, Math.min(1, Math.max(h.baseRate, 1e-6))),
  };
}

/** Producers whose failures in the window span at least `minCities` cities. */
export function crossCityProducers(histories: readonly ProducerHistory[], minCities: number): ProducerFinding[] {
  return histories.map(producerFinding).filter((f) => f.cities.length >= minCities);
}

/**
 * Whether a unified social credit code (GB 32100: 登记管理部门码, 机构类别码, then the six-digit
 * division code of the registering authority) was registered outside Sichuan (51…).
 */
export function registeredOutsideSichuan(creditCode: string | null | undefined): boolean {
  if (!creditCode || creditCode.length !== 18) return false;
  const division = creditCode.slice(2, 8);
  return /^\d{6}$/.test(division) && !division.startsWith('51');
}

export function outOfProvinceProducers(histories: readonly ProducerHistory[], minFailures: number): ProducerFinding[] {
  return histories.filter((h) => registeredOutsideSichuan(h.creditCode) && h.failed.length >= minFailures).map(producerFinding);
}

export interface ItemQuarter {
  itemName: string;
  /** Unqualified samples naming the item this quarter. */
  failed: FailedSample[];
  /** Samples taken this quarter (all). */
  samples: number;
  /** Unqualified samples naming the item in the reference quarters, and the samples then. */
  pastFailed: number;
  pastSamples: number;
}

export interface ItemFinding {
  itemName: string;
  categories: string[];
  cities: string[];
  observed: number;
  expected: number;
  p: number;
}

/**
 * An item failing in ≥ minCategories categories or ≥ minCities cities this quarter, tested
 * against the rate per sample of its reference quarters (Poisson upper tail). An item never seen
 * failing before gets `minExpected` (a new illegal additive is unusual, but a count of 0 is not
 * a rate of 0).
 */
export function crossCuttingItems(quarters: readonly ItemQuarter[], rules: { minCategories: number; minCities: number; minExpected: number }): ItemFinding[] {
  const out: ItemFinding[] = [];
  for (const q of quarters) {
    const categories = [...new Set(q.failed.map((f) => f.categoryRootId).filter((c): c is string => Boolean(c)))].sort();
    const cities = [...new Set(q.failed.map((f) => f.cityCode))].sort();
    if (categories.length < rules.minCategories && cities.length < rules.minCities) continue;
    const expected = Math.max(rules.minExpected, q.pastSamples > 0 ? (q.pastFailed / q.pastSamples) * q.samples : 0);
    out.push({ itemName: q.itemName, categories, cities, observed: q.failed.length, expected, p: poissonUpperTail(q.failed.length, expected) });
  }
  return out;
}
