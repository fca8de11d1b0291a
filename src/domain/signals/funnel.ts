/**
 * Funnel plots (Spiegelhalter, "Funnel plots for comparing institutional performance", Stat Med
 * 2005, appendix A.1.1): a region's unqualified proportion y/n against the provincial proportion
 * p0, with exact binomial control limits for its n. For a probability P the limit is
 * (r_P − α)/n, where r_P is the P-quantile of Binomial(n, p0) (the smallest r with F(r) ≥ P) and
 * α = (F(r_P) − P) / (F(r_P) − F(r_P − 1)) interpolates between the steps, so the limits are
 * smooth in n. 95 % limits use P = 0.025 / 0.975, 99.8 % limits P = 0.001 / 0.999.
 */
import { binomialCdf, binomialQuantile, binomialUpperTail } from './distributions.js';

export interface FunnelLimits {
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

/** Spiegelhalter's interpolated binomial limit (a proportion) at probability P. */
export function funnelLimit(n: number, p0: number, probability: number): number {
  if (n <= 0) return Number.NaN;
  const r = binomialQuantile(probability, n, p0);
  const at = binomialCdf(r, n, p0);
  const below = r > 0 ? binomialCdf(r - 1, n, p0) : 0;
  const alpha = at - below > 0 ? (at - probability) / (at - below) : 0;
  return Math.min(1, Math.max(0, (r - alpha) / n));
}

export function funnelLimits(n: number, p0: number): FunnelLimits {
  return {
    lower95: funnelLimit(n, p0, 0.025),
    upper95: funnelLimit(n, p0, 0.975),
    lower998: funnelLimit(n, p0, 0.001),
    upper998: funnelLimit(n, p0, 0.999),
  };
}

export interface FunnelPoint {
  key: string;
  samples: number;
  unqualified: number;
}

export interface FunnelResult extends FunnelPoint {
  rate: number;
  target: number;
  limits: FunnelLimits;
  /** P(X ≥ y) under Binomial(n, p0): how unusual a high rate is. */
  p: number;
  /** Above the 99.8 % upper limit. */
  above998: boolean;
  above95: boolean;
}

/** Each region against the target p0 (the provincial rate); regions with no samples are left out. */
export function funnel(points: readonly FunnelPoint[], target: number): FunnelResult[] {
  return points
    .filter((pt) => pt.samples > 0)
    .map((pt) => {
      const limits = funnelLimits(pt.samples, target);
      const rate = pt.unqualified / pt.samples;
      return {
        ...pt,
        rate,
        target,
        limits,
        p: binomialUpperTail(pt.unqualified, pt.samples, target),
        above998: rate > limits.upper998,
        above95: rate > limits.upper95,
      };
    });
}
