/**
 * The distribution functions the signal methods use, all from maintained packages (@stdlib,
 * simple-statistics): nothing here computes a distribution by hand. One file, so a reviewer sees
 * at a glance which package answers which question.
 */
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import binomialQuantile from '@stdlib/stats-base-dists-binomial-quantile';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import poissonCdf from '@stdlib/stats-base-dists-poisson-cdf';
import padjust from '@stdlib/stats-padjust';
import { errorFunction } from 'simple-statistics';

export { binomialCdf, binomialQuantile, poissonCdf };

/** z with P(Z ≤ z) = p for a standard normal Z. */
export const zQuantile = (p: number): number => normalQuantile(p, 0, 1);

/** P(Z > z) for a standard normal Z (through the error function of simple-statistics). */
export function normalUpperTail(z: number): number {
  return Math.max(0, 0.5 * (1 - errorFunction(z / Math.SQRT2)));
}

/** P(X ≥ x) for X ~ Binomial(n, p). */
export function binomialUpperTail(x: number, n: number, p: number): number {
  if (x <= 0) return 1;
  return Math.max(0, 1 - binomialCdf(x - 1, n, p));
}

/** P(X ≥ x) for X ~ Poisson(lambda). */
export function poissonUpperTail(x: number, lambda: number): number {
  if (x <= 0) return 1;
  return Math.max(0, 1 - poissonCdf(x - 1, lambda));
}

/** Benjamini–Hochberg q-values (false discovery rate), in the order of `p`. */
export function benjaminiHochberg(p: readonly number[]): number[] {
  if (p.length === 0) return [];
  return padjust([...p], 'bh');
}
