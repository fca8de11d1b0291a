/**
 * The Farrington method as improved by Noufaily et al. (2012), after the R `surveillance`
 * package's `farringtonFlexible` (learned from, not copied): for the month under test t0, a
 * quasi-Poisson GLM over the same months ±w of the b earlier years, with a linear time trend,
 * log(samples taken) as offset (more sampling is not more failure), past outbreaks down-weighted
 * (Anscombe residuals above 2.58), the trend kept only when significant, with at least three years
 * of baseline and no prediction above the largest baseline count; the threshold is the upper
 * bound of the 2/3-power transformed prediction interval (`thresholdMethod = "delta"`).
 *
 * Deviations from R, on purpose: the trend's Wald test uses the normal distribution (R uses t with
 * the residual degrees of freedom; we have no t distribution in the allowed packages), so with few
 * baseline months the trend is kept slightly more often; the prediction's standard error uses the
 * floored dispersion φ ≥ 1. Months with no samples are left out of the baseline (no offset).
 */
import { normalUpperTail, zQuantile } from './distributions.js';
import { dispersion, fitPoissonGlm, hatValues, type GlmFit } from './poisson-glm.js';

export interface MonthCount {
  /** Unqualified samples in the month. */
  observed: number;
  /** Samples taken in the month (the offset). */
  samples: number;
}

export interface FarringtonOptions {
  /** Years back (R: b). */
  years: number;
  /** Half-window in months (R: w). */
  halfWindow: number;
  /** One-sided level of the prediction interval (R: alpha). */
  alpha: number;
  reweightThreshold: number;
  trendPValue: number;
  trend: boolean;
}

export const farringtonDefaults: FarringtonOptions = { years: 3, halfWindow: 1, alpha: 0.01, reweightThreshold: 2.58, trendPValue: 0.05, trend: true };

export interface FarringtonResult {
  observed: number;
  samples: number;
  /** Expected unqualified count for this month's samples (mu0). */
  expected: number;
  /** Upper bound: an observed count above it is an alarm. */
  threshold: number;
  /** One-sided p-value of the observed count on the 2/3-power scale. */
  p: number;
  phi: number;
  trend: boolean;
  /** Months of the baseline actually used, as indices of the series. */
  baseline: number[];
  /** Baseline weights after reweighting (1 = full weight). */
  weights: number[];
  alarm: boolean;
}

interface Model {
  fit: GlmFit;
  phi: number;
  withTrend: boolean;
  weights: number[];
}

function fitFlexible(y: number[], t: number[], offset: number[], withTrend: boolean, o: FarringtonOptions): Model | null {
  const x = t.map((v) => (withTrend ? [1, v] : [1]));
  let fit = fitPoissonGlm({ y, x, offset });
  if ((!fit || !fit.converged) && withTrend) return fitFlexible(y, t, offset, false, o);
  if (!fit || !fit.converged) return null;
  let phi = Math.max(dispersion(fit, y), 1);
  // Down-weight past outbreaks: standardised Anscombe residuals above the threshold get s⁻².
  const h = hatValues(fit, x);
  const s = y.map((v, i) => (1.5 * (v ** (2 / 3) * fit!.mu[i] ** (-1 / 6) - fit!.mu[i] ** 0.5)) / Math.sqrt(phi * Math.max(1e-12, 1 - h[i])));
  const raw = s.map((r) => (r > o.reweightThreshold ? r ** -2 : 1));
  const gamma = y.length / raw.reduce((a, b) => a + b, 0);
  const weights = raw.map((r) => gamma * r);
  const refit = fitPoissonGlm({ y, x, offset, weights });
  if (!refit || !refit.converged) return null;
  fit = refit;
  phi = Math.max(dispersion(fit, y, weights), 1);
  return { fit, phi, withTrend, weights };
}

/** Tests month `t0` of `series` (index 0 = the first month); null when the baseline cannot carry a model. */
export function farrington(series: readonly MonthCount[], t0: number, options: Partial<FarringtonOptions> = {}): FarringtonResult | null {
  const o = { ...farringtonDefaults, ...options };
  const current = series[t0];
  if (!current || current.samples <= 0) return null;
  const baseline: number[] = [];
  for (let year = 1; year <= o.years; year++) {
    for (let j = -o.halfWindow; j <= o.halfWindow; j++) {
      const t = t0 - 12 * year + j;
      if (t >= 0 && t < t0 && series[t].samples > 0) baseline.push(t);
    }
  }
  // R refuses when the reference points do not exist; we need at least two windows' worth.
  if (baseline.length < 2 * (2 * o.halfWindow + 1)) return null;
  const y = baseline.map((t) => series[t].observed);
  if (y.every((v) => v === 0)) return null;
  const offset = baseline.map((t) => Math.log(series[t].samples));

  let model = fitFlexible(y, baseline, offset, o.trend, o);
  if (!model) return null;
  if (model.withTrend) {
    const se = Math.sqrt(model.phi * model.fit.unscaledCov[1][1]);
    const significant = 2 * normalUpperTail(Math.abs(model.fit.beta[1] / se)) < o.trendPValue;
    const predicted = Math.exp(model.fit.beta[0] + model.fit.beta[1] * t0 + Math.log(current.samples));
    const noExtrapolation = predicted <= Math.max(...y);
    const atLeastThreeYears = o.years >= 3;
    if (!(significant && noExtrapolation && atLeastThreeYears)) model = fitFlexible(y, baseline, offset, false, o);
    if (!model) return null;
  }
  const x0 = model.withTrend ? [1, t0] : [1];
  const eta0 = x0.reduce((s, v, c) => s + v * model!.fit.beta[c], 0) + Math.log(current.samples);
  const mu0 = Math.exp(eta0);
  let q = 0;
  for (let r = 0; r < x0.length; r++) for (let c = 0; c < x0.length; c++) q += x0[r] * model.fit.unscaledCov[r][c] * x0[c];
  const seFit = mu0 * Math.sqrt(model.phi * q);
  const tau = model.phi + seFit ** 2 / mu0;
  const se = Math.sqrt((4 / 9) * mu0 ** (1 / 3) * tau);
  const threshold = (mu0 ** (2 / 3) + zQuantile(1 - o.alpha) * se) ** 1.5;
  const p = normalUpperTail((current.observed ** (2 / 3) - mu0 ** (2 / 3)) / se);
  return {
    observed: current.observed,
    samples: current.samples,
    expected: mu0,
    threshold,
    p,
    phi: model.phi,
    trend: model.withTrend,
    baseline,
    weights: model.weights,
    alarm: current.observed > threshold,
  };
}
