/**
 * Measured values as labs publish them: failures land 1.5–20× over a maximum (or under a
 * minimum), qualified results sit below the limit or are 未检出, microbial counts are written
 * in powers of ten.
 */
import type { Prng } from './prng.js';
import type { ItemSpec } from './catalogue-view.js';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 2 significant digits, never in exponent notation. */
export function round2(value: number): number {
  if (value === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** (1 - magnitude);
  return Math.round(value * factor) / factor;
}

function plain(value: number): string {
  const v = round2(value);
  // Up to 6 decimals is enough for every limit in the catalogue; strip trailing zeros.
  return v >= 1e-6 ? String(Number(v.toFixed(6))) : String(v);
}

/** 430000 → "4.3×10⁵" (how counts appear in reports). */
function powerOfTen(value: number): string {
  const exponent = Math.floor(Math.log10(value));
  const mantissa = round2(value / 10 ** exponent);
  const digits = [...String(exponent)].map((d) => SUPERSCRIPT[Number(d)]).join('');
  return `${mantissa}×10${digits}`;
}

const isCount = (spec: ItemSpec) => spec.microbiological && /CFU|MPN/i.test(spec.unit ?? '');
/** A not-detected microbiological item on a per-sample-amount unit (/25g, /50cm²) is only 检出 or 未检出. */
const isPresence = (spec: ItemSpec) => spec.microbiological && !isCount(spec);
const usuallyNotDetected = (spec: ItemSpec) => ['pesticide', 'veterinary_drug', 'other'].includes(spec.kind);

/** A positive finding of a substance that must not be present, in its unit. */
function traceAmount(spec: ItemSpec, rng: Prng): number {
  switch (spec.unit) {
    case 'μg/kg':
      return rng.logUniform(0.5, 60);
    case 'g/kg':
      return rng.logUniform(0.02, 1.5);
    case 'mg/100cm²':
      return rng.logUniform(0.008, 0.2);
    default:
      return rng.logUniform(0.005, 1.5);
  }
}

export interface MeasuredValue {
  resultText: string;
  /** Numeric value as a decimal string for result_value, or null (未检出, 检出). */
  resultValue: string | null;
}

export function measuredValue(spec: ItemSpec, failed: boolean, rng: Prng): MeasuredValue {
  const number = (v: number): MeasuredValue => {
    const rounded = round2(v);
    const text = isCount(spec) && rounded >= 10_000 ? powerOfTen(rounded) : isCount(spec) ? String(Math.round(rounded)) : plain(rounded);
    return { resultText: text, resultValue: isCount(spec) ? String(Math.round(rounded)) : plain(rounded) };
  };
  const limit = spec.limitValue ?? 0;
  if (failed) {
    switch (spec.limitType) {
      case 'max': {
        let v = limit * rng.logUniform(1.5, 20);
        if (spec.unit === '%') v = Math.min(limit * rng.real(1.2, 2.5), 95);
        return number(isCount(spec) ? Math.max(v, limit + 1) : v);
      }
      case 'min':
        return number(limit * rng.real(0.55, 0.95));
      case 'not_detected':
        if (isPresence(spec)) return { resultText: '检出', resultValue: null };
        return isCount(spec) ? number(rng.between(1, 40)) : number(traceAmount(spec, rng));
    }
  }
  switch (spec.limitType) {
    case 'max':
      if (isCount(spec)) {
        const v = limit * rng.logUniform(0.0005, 0.3);
        return v < 10 || rng.chance(0.3) ? { resultText: limit > 10 ? '<10' : '<1', resultValue: null } : number(v);
      }
      if (usuallyNotDetected(spec) && rng.chance(0.6)) return { resultText: '未检出', resultValue: null };
      return number(limit * rng.logUniform(0.02, 0.8));
    case 'min':
      return number(limit * rng.real(1.03, 1.35));
    case 'not_detected':
      return { resultText: '未检出', resultValue: null };
  }
}
