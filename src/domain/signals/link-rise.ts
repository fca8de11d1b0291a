/**
 * A link's rate rising across many counties at once (seed arts. 7–10(5): the divisions analyse
 * the risks of their link). For each county, the link's unqualified rate now (the last three
 * months) against the same months a year before (so the season cancels). Under "no change", each
 * county with any failure in either period is as likely to go up as down: the number of counties
 * whose rate went up is Binomial(m, ½) — a sign test, one-sided. Each county also gets the exact
 * conditional test of two Poisson rates (failures now given failures in both periods are
 * Binomial(x1 + x2, n1 / (n1 + n2))), to name the counties that rose significantly.
 */
import { binomialUpperTail } from './distributions.js';

export interface CountyPeriods {
  countyCode: string;
  samplesNow: number;
  failedNow: number;
  samplesBefore: number;
  failedBefore: number;
}

export interface CountyChange extends CountyPeriods {
  rateNow: number;
  rateBefore: number;
  up: boolean;
  /** Conditional test of the rise in this county. */
  p: number;
}

export interface LinkRiseResult {
  /** Counties with a failure in either period and samples in both (the sign test's m). */
  counties: number;
  up: number;
  down: number;
  /** One-sided sign test P(U ≥ up | Binomial(counties, ½)). */
  p: number;
  /** Counties whose own rise is significant at `countyAlpha`. */
  significantCounties: string[];
  changes: CountyChange[];
}

export function linkRise(rows: readonly CountyPeriods[], countyAlpha = 0.05): LinkRiseResult {
  const changes: CountyChange[] = [];
  for (const r of rows) {
    if (r.samplesNow <= 0 || r.samplesBefore <= 0 || r.failedNow + r.failedBefore === 0) continue;
    const rateNow = r.failedNow / r.samplesNow;
    const rateBefore = r.failedBefore / r.samplesBefore;
    if (rateNow === rateBefore) continue;
    const share = r.samplesNow / (r.samplesNow + r.samplesBefore);
    changes.push({ ...r, rateNow, rateBefore, up: rateNow > rateBefore, p: binomialUpperTail(r.failedNow, r.failedNow + r.failedBefore, share) });
  }
  const up = changes.filter((c) => c.up).length;
  return {
    counties: changes.length,
    up,
    down: changes.length - up,
    p: changes.length ? binomialUpperTail(up, changes.length, 0.5) : 1,
    significantCounties: changes.filter((c) => c.up && c.p < countyAlpha).map((c) => c.countyCode).sort(),
    changes,
  };
}
