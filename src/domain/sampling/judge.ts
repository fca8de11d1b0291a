import { numberText, readMeasurement, type MeasuredValue } from './measured-value.js';
import { isPlanText, judgePlan, parsePlan, planLimit, type SamplingPlan } from './sampling-plan.js';
import { conversionFactor, splitTrailingUnit } from './units.js';

export type LimitType = 'max' | 'min' | 'not_detected';
export type Judgement = 'qualified' | 'unqualified' | 'issue';
export type SamplingType = 'supervisory' | 'risk_monitoring' | 'evaluative';
export type Conclusion = 'pending' | 'qualified' | 'unqualified' | 'issue';

export type { MeasuredValue } from './measured-value.js';
export type { SamplingPlan } from './sampling-plan.js';
export { parseMeasuredValue } from './measured-value.js';

export interface ParsedLimit {
  limitType: LimitType;
  limitValue: number | null;
  /** The limit's unit (canonical) when it states one; null means "the result's unit". */
  unit: string | null;
  /** A microbiological sampling plan, judged by its n results (sampling-plan.ts). */
  plan: SamplingPlan | null;
}

/**
 * Reads a published limit: "≤0.02", "0.02mg/kg", "不得检出", "≥3.0", "≤10⁴CFU/g",
 * "n=5,c=2,m=10⁴,M=10⁵CFU/g". Text that is no limit (应符合标签标示) gives neither limit nor
 * error; a plan that is written wrongly gives an error, so that it is not silently replaced by
 * the catalogue's limit.
 */
export function readLimit(raw: string | null | undefined): { limit: ParsedLimit | null; error: string | null } {
  if (!raw || raw.trim() === '') return { limit: null, error: null };
  if (isPlanText(raw)) {
    const read = parsePlan(raw);
    if ('error' in read) return { limit: null, error: read.error };
    return { limit: { ...planLimit(read.plan), unit: read.unit, plan: read.plan }, error: null };
  }
  const text = numberText(raw);
  if (/不得检出|不得使用|未检出|阴性|ND/i.test(text)) {
    return { limit: { limitType: 'not_detected', limitValue: null, unit: splitTrailingUnit(text).unit, plan: null }, error: null };
  }
  const min = /^(≥|>=|不小于|不低于)/.test(text);
  const number = readMeasurement(text.replace(/^(≤|<=|≥|>=|不大于|不高于|不小于|不低于|<|>)/, ''));
  if (number.value.kind !== 'number') return { limit: null, error: null };
  return { limit: { limitType: min ? 'min' : 'max', limitValue: number.value.value, unit: number.unit, plan: null }, error: null };
}

export function parseLimit(raw: string | null | undefined): ParsedLimit | null {
  return readLimit(raw).limit;
}

const failedAs = (samplingType: SamplingType): Judgement => (samplingType === 'risk_monitoring' ? 'issue' : 'unqualified');

/**
 * Judges one result against its limit. Returns null when there is no limit to judge by
 * (then the file's own judgement, if any, decides). A risk-monitoring finding is 问题 (issue),
 * never 不合格.
 */
export function judgeItem(value: MeasuredValue, limit: ParsedLimit | null, samplingType: SamplingType): Judgement | null {
  if (!limit || value.kind === 'invalid') return null;
  const failed = (() => {
    switch (limit.limitType) {
      case 'not_detected':
        return value.kind === 'positive' || (value.kind === 'number' && value.value > 0);
      case 'max':
        return (value.kind === 'number' && value.value > limit.limitValue!) || value.kind === 'positive';
      case 'min':
        return value.kind === 'not_detected' || ((value.kind === 'number' || value.kind === 'below') && value.value < limit.limitValue!);
    }
  })();
  return failed ? failedAs(samplingType) : 'qualified';
}

/**
 * The results in the limit's unit, converting where that is a change of scale (units.ts). Units
 * that cannot be converted are an error naming both, because judging 0.5 mg/L against a limit in
 * mg/kg would be judging a different quantity. Units we do not know are taken as the limit's.
 */
export function inLimitUnit(
  values: MeasuredValue[],
  resultUnit: string | null,
  limit: ParsedLimit | null,
): { values: MeasuredValue[] } | { error: string } {
  const measured = values.some((v) => v.kind === 'number' || v.kind === 'below');
  if (!limit || limit.limitType === 'not_detected' || !measured || !resultUnit || !limit.unit) return { values };
  const factor = conversionFactor(resultUnit, limit.unit);
  if (factor === null) return { error: `检验结果的单位“${resultUnit}”与限量的单位“${limit.unit}”不同，无法换算，请核对单位` };
  if (factor === 1) return { values };
  const scale = (v: number) => Number((v * factor).toPrecision(12));
  return { values: values.map((v) => (v.kind === 'number' || v.kind === 'below' ? { ...v, value: scale(v.value) } : v)) };
}

/**
 * Judges an item's results (in the limit's unit) against its limit. A sampling plan judges its n
 * results together (GB 4789.1-2016 §3.2); without a plan each result must meet the limit. Null
 * when there is no limit to judge by.
 */
export function judgeResults(
  values: MeasuredValue[],
  limit: ParsedLimit | null,
  samplingType: SamplingType,
): { judgement: Judgement | null } | { error: string } {
  if (!limit || values.length === 0) return { judgement: null };
  if (limit.plan) {
    const verdict = judgePlan(values, limit.plan);
    if ('error' in verdict) return verdict;
    return { judgement: verdict.failed ? failedAs(samplingType) : 'qualified' };
  }
  const judgements = values.map((v) => judgeItem(v, limit, samplingType));
  if (judgements.some((j) => j === null)) return { judgement: null };
  return { judgement: judgements.find((j) => j !== 'qualified') ?? 'qualified' };
}

/** The file's own word for an item or sample. */
export function judgementFromText(text: string | null | undefined, samplingType: SamplingType): Judgement | null {
  if (!text) return null;
  const t = text.trim();
  if (/^不合格|不符合/.test(t)) return samplingType === 'risk_monitoring' ? 'issue' : 'unqualified';
  if (/问题/.test(t)) return 'issue';
  if (/^合格|符合/.test(t)) return 'qualified';
  return null;
}

/** A sample's conclusion derives from its items: any failed item fails the sample. */
export function deriveConclusion(judgements: (Judgement | null)[], samplingType: SamplingType): Conclusion {
  if (judgements.length === 0 || judgements.every((j) => j === null)) return 'pending';
  if (judgements.some((j) => j === 'unqualified' || j === 'issue')) {
    return samplingType === 'risk_monitoring' ? 'issue' : 'unqualified';
  }
  return 'qualified';
}
