/**
 * Constructed series for validating the methods (tests, docs/signals.md): a seeded uniform
 * generator (mulberry32, not a distribution) and Poisson draws by inverting the package's
 * Poisson CDF.
 */
import { poissonCdf } from './distributions.js';
import type { MonthCount } from './farrington.js';

export function uniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Poisson(lambda) draw: the smallest k whose CDF reaches u. */
export function poissonDraw(lambda: number, next: () => number): number {
  const u = next();
  let k = 0;
  while (poissonCdf(k, lambda) < u && k < 10_000) k++;
  return k;
}

/**
 * `months` months of a flat unqualified rate: each month's sample count varies ±30 % around
 * `samples`, and the unqualified count is Poisson(rate × samples). The last month's expected
 * count is multiplied by `effect` (1 = no outbreak).
 */
export function flatSeries(next: () => number, options: { months: number; samples: number; rate: number; effect?: number }): MonthCount[] {
  const series: MonthCount[] = [];
  for (let m = 0; m < options.months; m++) {
    const samples = Math.max(1, Math.round(options.samples * (0.7 + 0.6 * next())));
    const boost = m === options.months - 1 ? (options.effect ?? 1) : 1;
    series.push({ samples, observed: poissonDraw(options.rate * samples * boost, next) });
  }
  return series;
}
