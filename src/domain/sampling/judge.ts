import { toHalfWidth } from './normalise.js';

export type LimitType = 'max' | 'min' | 'not_detected';
export type Judgement = 'qualified' | 'unqualified' | 'issue';
export type SamplingType = 'supervisory' | 'risk_monitoring' | 'evaluative';
export type Conclusion = 'pending' | 'qualified' | 'unqualified' | 'issue';

export type MeasuredValue =
  | { kind: 'not_detected' }
  /** "<0.01": below the method's limit of quantification. */
  | { kind: 'below'; value: number }
  | { kind: 'number'; value: number }
  | { kind: 'positive' }
  | { kind: 'invalid'; reason: string };

const SUPERSCRIPTS: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-' };

/** Half-width, no spaces, and superscript powers of ten ("10⁴") as "10^4". */
function numberText(raw: string): string {
  return toHalfWidth(raw)
    .replace(/10([⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)/g, (_, exp: string) => `10^${[...exp].map((c) => SUPERSCRIPTS[c]).join('')}`)
    .replace(/\s/g, '');
}

/** Reads a published result: "0.12", "未检出", "ND", "<0.01", "4.3×10⁴", "1.2E+03", "阳性", "检出". */
export function parseMeasuredValue(raw: string): MeasuredValue {
  const text = numberText(raw);
  if (/^(未检出|ND|n\.?d\.?|阴性|-|—|无)$/i.test(text)) return { kind: 'not_detected' };
  if (/^(检出|阳性|有检出)$/.test(text)) return { kind: 'positive' };
  const below = text.match(/^(?:<|＜|小于)(\d+(?:\.\d+)?)/);
  if (below) return { kind: 'below', value: Number(below[1]) };
  const power = text.match(/^10\^(-?\d+)/);
  if (power) return { kind: 'number', value: 10 ** Number(power[1]) };
  const numeric = text.match(/^(-?\d+(?:\.\d+)?)(?:[×xX*]10\^?(-?\d+)|[eE]([+-]?\d+))?/);
  if (!numeric) return { kind: 'invalid', reason: `检验结果“${raw}”不是数值` };
  const value = Number(numeric[1]) * 10 ** Number(numeric[2] ?? numeric[3] ?? 0);
  if (value < 0) return { kind: 'invalid', reason: `检验结果“${raw}”不能为负数` };
  return { kind: 'number', value };
}

export interface ParsedLimit {
  limitType: LimitType;
  limitValue: number | null;
}

/** Reads a published limit: "≤0.02", "0.02", "不得检出", "≥3.0", "≤10⁴". */
export function parseLimit(raw: string | null | undefined): ParsedLimit | null {
  if (!raw) return null;
  const text = numberText(raw);
  if (/不得检出|不得使用|未检出|阴性|ND/i.test(text)) return { limitType: 'not_detected', limitValue: null };
  const min = /^(≥|>=|不小于|不低于)/.test(text);
  const number = parseMeasuredValue(text.replace(/^(≤|<=|≥|>=|不大于|不高于|不小于|不低于|<|>)/, ''));
  if (number.kind !== 'number') return null;
  return { limitType: min ? 'min' : 'max', limitValue: number.value };
}

/**
 * Judges one item against its limit. Returns null when there is no limit to judge by
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
  if (!failed) return 'qualified';
  return samplingType === 'risk_monitoring' ? 'issue' : 'unqualified';
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
