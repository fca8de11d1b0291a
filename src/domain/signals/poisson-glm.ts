/**
 * A log-link Poisson GLM with an offset and prior weights, fitted by iteratively reweighted least
 * squares (as R's glm.fit does), for the one- or two-column designs Farrington needs (intercept,
 * and the time trend). Quasi-Poisson: the dispersion is estimated separately (`dispersion`).
 * This is linear algebra, not a distribution: p-values come from ./distributions.ts.
 */

export interface GlmInput {
  y: readonly number[];
  /** Design rows: [1] or [1, t]. */
  x: readonly (readonly number[])[];
  offset: readonly number[];
  /** Prior weights (Farrington's reweighting); default 1. */
  weights?: readonly number[];
}

export interface GlmFit {
  beta: number[];
  mu: number[];
  /** (X'WX)^-1, W = prior weight × mu: the unscaled covariance of beta. */
  unscaledCov: number[][];
  /** Working weights W. */
  working: number[];
  converged: boolean;
}

function invert(m: number[][]): number[][] | null {
  if (m.length === 1) return Math.abs(m[0][0]) < 1e-300 ? null : [[1 / m[0][0]]];
  const [[a, b], [c, d]] = m;
  const det = a * d - b * c;
  if (!Number.isFinite(det) || Math.abs(det) < 1e-300) return null;
  return [
    [d / det, -b / det],
    [-c / det, a / det],
  ];
}

export function fitPoissonGlm(input: GlmInput, maxIterations = 50): GlmFit | null {
  const { y, x, offset } = input;
  const n = y.length;
  const p = x[0]?.length ?? 0;
  if (n === 0 || p === 0 || n <= p) return null;
  const prior = input.weights ?? y.map(() => 1);
  // R's starting values for the Poisson family: mu = y + 0.1.
  let mu = y.map((v) => v + 0.1);
  let eta = mu.map((m) => Math.log(m));
  let beta = new Array<number>(p).fill(0);
  let cov: number[][] = [];
  let working: number[] = [];
  let previous = Infinity;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    working = mu.map((m, i) => prior[i] * m);
    const z = eta.map((e, i) => e - offset[i] + (y[i] - mu[i]) / mu[i]);
    const xtwx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    const xtwz = new Array<number>(p).fill(0);
    for (let i = 0; i < n; i++) {
      for (let r = 0; r < p; r++) {
        xtwz[r] += x[i][r] * working[i] * z[i];
        for (let c = 0; c < p; c++) xtwx[r][c] += x[i][r] * working[i] * x[i][c];
      }
    }
    const inverse = invert(xtwx);
    if (!inverse) return null;
    beta = inverse.map((row) => row.reduce((s, v, c) => s + v * xtwz[c], 0));
    eta = x.map((row, i) => row.reduce((s, v, c) => s + v * beta[c], 0) + offset[i]);
    mu = eta.map((e) => Math.exp(e));
    if (mu.some((m) => !Number.isFinite(m) || m <= 0)) return null;
    cov = inverse;
    // Poisson deviance, weighted: convergence as R judges it (relative change below 1e-8).
    const deviance = 2 * y.reduce((s, v, i) => s + prior[i] * ((v > 0 ? v * Math.log(v / mu[i]) : 0) - (v - mu[i])), 0);
    if (Math.abs(deviance - previous) / (Math.abs(deviance) + 0.1) < 1e-8) {
      working = mu.map((m, i) => prior[i] * m);
      return { beta, mu, unscaledCov: recomputeCov(x, working) ?? cov, working, converged: true };
    }
    previous = deviance;
  }
  return { beta, mu, unscaledCov: cov, working, converged: false };
}

function recomputeCov(x: readonly (readonly number[])[], working: number[]): number[][] | null {
  const p = x[0].length;
  const xtwx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  x.forEach((row, i) => {
    for (let r = 0; r < p; r++) for (let c = 0; c < p; c++) xtwx[r][c] += row[r] * working[i] * row[c];
  });
  return invert(xtwx);
}

/** Pearson dispersion Σ w (y − mu)² / mu ÷ (n − p), as algo.farrington.estimate.dispersion. */
export function dispersion(fit: GlmFit, y: readonly number[], weights?: readonly number[]): number {
  const p = fit.beta.length;
  const sum = y.reduce((s, v, i) => s + (weights?.[i] ?? 1) * ((v - fit.mu[i]) ** 2) / fit.mu[i], 0);
  return sum / (y.length - p);
}

/** Leverages h_i = W_i x_i' (X'WX)^-1 x_i. */
export function hatValues(fit: GlmFit, x: readonly (readonly number[])[]): number[] {
  return x.map((row, i) => {
    let q = 0;
    for (let r = 0; r < row.length; r++) for (let c = 0; c < row.length; c++) q += row[r] * fit.unscaledCov[r][c] * row[c];
    return fit.working[i] * q;
  });
}
