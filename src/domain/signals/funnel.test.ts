import { describe, expect, it } from 'vitest';
import { funnel, funnelLimit, funnelLimits } from './funnel.js';

/** The binomial CDF written out from its formula, for the cross-check only. */
function cdfByHand(r: number, n: number, p: number): number {
  let sum = 0;
  let coefficient = 1; // C(n, 0)
  for (let k = 0; k <= r; k++) {
    if (k > 0) coefficient = (coefficient * (n - k + 1)) / k;
    sum += coefficient * p ** k * (1 - p) ** (n - k);
  }
  return sum;
}

/** Spiegelhalter (2005) A.1.1: r_P the smallest r with F(r) ≥ P, α = (F(r_P) − P)/(F(r_P) − F(r_P − 1)), limit (r_P − α)/n. */
function limitByHand(n: number, p0: number, P: number): number {
  let r = 0;
  while (cdfByHand(r, n, p0) < P) r++;
  const alpha = (cdfByHand(r, n, p0) - P) / (cdfByHand(r, n, p0) - (r > 0 ? cdfByHand(r - 1, n, p0) : 0));
  return (r - alpha) / n;
}

describe('funnel plot limits (Spiegelhalter 2005)', () => {
  it('match the published interpolation computed by hand for 100 samples around 5 %', () => {
    // For n = 100, p0 = 0.05: F(12) = 0.998536, F(13) = 0.999537, so r_0.999 = 13 and the 99.8 % upper
    // limit is (13 − (0.999537 − 0.999)/(0.999537 − 0.998536))/100 ≈ 0.12464.
    expect(cdfByHand(12, 100, 0.05)).toBeCloseTo(0.998536, 5);
    expect(cdfByHand(13, 100, 0.05)).toBeCloseTo(0.999537, 5);
    for (const P of [0.001, 0.025, 0.975, 0.999]) expect(funnelLimit(100, 0.05, P)).toBeCloseTo(Math.max(0, limitByHand(100, 0.05, P)), 9);
    expect(funnelLimit(100, 0.05, 0.999)).toBeCloseTo(0.12464, 4);
    const l = funnelLimits(400, 0.03);
    expect(l.lower998).toBeLessThan(l.lower95);
    expect(l.upper95).toBeLessThan(l.upper998);
    expect(l.upper998).toBeCloseTo(limitByHand(400, 0.03, 0.999), 9);
  });

  it('narrows with the sample size and does not flag a small area by chance alone', () => {
    expect(funnelLimits(1000, 0.03).upper998).toBeLessThan(funnelLimits(50, 0.03).upper998);
    const [small, big] = funnel(
      [
        { key: 'small', samples: 3, unqualified: 1 },
        { key: 'big', samples: 300, unqualified: 30 },
      ],
      0.03,
    );
    expect(small.rate).toBeCloseTo(1 / 3);
    expect(small.above998).toBe(false);
    expect(big.above998).toBe(true);
    expect(big.p).toBeLessThan(1e-6);
  });
});
