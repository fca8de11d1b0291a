import { describe, expect, it } from 'vitest';
import { farrington, type MonthCount } from './farrington.js';
import { flatSeries, uniform } from './simulate.js';

/** 37 months: three years of baseline and the month under test (index 36). */
const MONTHS = 37;

describe('Farrington (Noufaily) on constructed series', () => {
  it('matches the published bound computed by hand for a flat baseline', () => {
    // Baseline months t0−12i±1 (i = 1..3): nine months of 100 samples each, counts 4,6,5,5,4,6,5,5,5
    // (mean 5). The GLM without trend gives mu = 5 for every month; the Pearson dispersion is
    // Σ(y−5)²/5 ÷ (9−1) = 4/5/8 = 0.1, floored to φ = 1. Var(β0) = φ / Σ mu = 1/45, so for a
    // month of 100 samples mu0 = 5, se_fit² = mu0² / 45 and τ = φ + se_fit²/mu0 = 1 + 5/45.
    // Farrington (1996) 2/3-power bound: U = (mu0^(2/3) + z_(1−α) · √(4/9 · mu0^(1/3) · τ))^(3/2).
    const series: MonthCount[] = Array.from({ length: 38 }, () => ({ observed: 5, samples: 100 }));
    // Month under test t0 = 37; its baseline is t0 − 12i + j for i = 1..3, j = −1..1.
    const points = [0, 1, 2, 12, 13, 14, 24, 25, 26];
    const counts = [4, 6, 5, 5, 4, 6, 5, 5, 5];
    points.forEach((t, i) => (series[t] = { observed: counts[i], samples: 100 }));
    series[37] = { observed: 9, samples: 100 };
    const z = 2.3263478740408408; // qnorm(0.99)
    const mu0 = 5;
    const tau = 1 + 5 / 45;
    const byHand = (mu0 ** (2 / 3) + z * Math.sqrt((4 / 9) * mu0 ** (1 / 3) * tau)) ** 1.5;
    expect(byHand).toBeCloseTo(11.388, 2);
    const result = farrington(series, 37, { alpha: 0.01, years: 3, halfWindow: 1 })!;
    expect([...result.baseline].sort((a, b) => a - b)).toEqual(points);
    expect(result.trend).toBe(false);
    expect(result.phi).toBe(1);
    expect(result.expected).toBeCloseTo(5, 6);
    expect(result.threshold).toBeCloseTo(byHand, 6);
    expect(result.alarm).toBe(false);
  });

  it('takes the samples as offset: twice the sampling with twice the failures is no alarm', () => {
    const next = uniform(7);
    const series = flatSeries(next, { months: MONTHS, samples: 150, rate: 0.03 });
    series[36] = { samples: 300, observed: 9 };
    const result = farrington(series, 36)!;
    expect(result.expected).toBeGreaterThan(6);
    expect(result.alarm).toBe(false);
  });

  it('finds a planted jump and down-weights a past outbreak in the baseline', () => {
    const next = uniform(11);
    // Five years back (R's default b = 5): fifteen baseline months, one of them a past outbreak.
    const series = flatSeries(next, { months: 61, samples: 150, rate: 0.03 });
    series[36] = { samples: 150, observed: 18 };
    series[60] = { samples: 150, observed: 16 };
    const result = farrington(series, 60, { years: 5 })!;
    expect(result.alarm).toBe(true);
    const outbreakWeight = result.weights[result.baseline.indexOf(36)];
    expect(outbreakWeight).toBeLessThan(0.5);
    expect(Math.min(...result.weights.filter((_, i) => result.baseline[i] !== 36))).toBeGreaterThan(outbreakWeight);
    expect(result.p).toBeLessThan(0.001);
  });

  it('keeps the false-alarm rate of flat noisy series near the nominal level and detects 2× and 3× effects', () => {
    const runs = 2000;
    const rate = (effect: number, seed: number) => {
      const next = uniform(seed);
      let alarms = 0;
      let tested = 0;
      for (let i = 0; i < runs; i++) {
        const r = farrington(flatSeries(next, { months: MONTHS, samples: 150, rate: 0.03, effect }), 36, { alpha: 0.01 });
        if (!r) continue;
        tested++;
        if (r.alarm) alarms++;
      }
      return alarms / tested;
    };
    const falseAlarm = rate(1, 101);
    const twice = rate(2, 202);
    const thrice = rate(3, 303);
    console.log(`Farrington validation (expected 4.5 a month, alpha 0.01, ${runs} runs): false alarms ${falseAlarm}, 2× detected ${twice}, 3× detected ${thrice}`);
    expect(falseAlarm).toBeLessThanOrEqual(0.02);
    expect(twice).toBeGreaterThan(0.2);
    expect(thrice).toBeGreaterThan(0.6);
  });
});
