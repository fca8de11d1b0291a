/**
 * Cell values with a vocabulary: measured values with their units, and the closed lists of the
 * template (单项判定, 环节, 抽检类型, 进口冷链食品). Kept apart from the row logic so that each
 * rule is one small tested function.
 */
import { readLimit } from '../../../domain/sampling/judge.js';
import { parseResult } from '../../../domain/sampling/measured-value.js';
import { isPlanText } from '../../../domain/sampling/sampling-plan.js';
import { splitTrailingUnit } from '../../../domain/sampling/units.js';

export interface ValueUnit {
  value: string;
  unit: string | null;
}

/**
 * A result, a limit (≤0.02, ≥3.0, 不得检出) or a sampling plan: text a unit may follow. A negative
 * number too, so that its error names the number alone.
 */
function takesUnit(text: string): boolean {
  const t = text.replace(/^-\s*(?=\d)/, '');
  return !parseResult(t).error || readLimit(t).limit !== null || isPlanText(t);
}

/**
 * "0.12mg/kg" → { value: "0.12", unit: "mg/kg" }, "0.54mg/100cm²" → mg/100cm², "检出/25g" →
 * /25g, "1.2×10³,<10,<10CFU/g" → CFU/g; the unit in its canonical spelling (ug/kg → μg/kg).
 * Text that is not a value with a unit stays whole.
 */
export function splitValueUnit(text: string): ValueUnit {
  const t = text.trim();
  const { head, unit } = splitTrailingUnit(t);
  return unit !== null && takesUnit(head) ? { value: head, unit } : { value: t, unit: null };
}

/** Words labs publish instead of a number. */
const RESULT_WORDS = /^(未检出|检出|ND|N\.D\.?|阴性|阳性|符合|不符合|合格|不合格|无|有|未见|可见|不得检出)/i;
/** Placeholders for "no value" in published tables. */
const PLACEHOLDER = /^[-—–/／\\]+$/;

/**
 * Why a result value is unacceptable, or null. The grammar is the judgement's
 * (domain/sampling/measured-value.ts): one value with its unit, or the n results of a sampling
 * plan. A number is required when the limit is a number; otherwise (不得检出, 应符合…, no limit)
 * any text goes, except a negative number.
 */
export function resultProblem(result: string, limit: string | null): string | null {
  const r = result.trim();
  if (r === '' || PLACEHOLDER.test(r)) return null;
  if (/^-\s*\d/.test(r)) return `检验结果不能为负数：${r}`;
  const parsed = parseResult(r);
  if (!parsed.error || RESULT_WORDS.test(r) || r.includes('检出')) return null;
  if (limit === null || !/\d/.test(limit)) return null;
  return parsed.results.length > 1 ? parsed.error : `检验结果不是有效数值：${r}`;
}

/** True when the text is a measured value (or a list of them) with a number in it. */
export function isValueText(text: string): boolean {
  return /\d/.test(text) && !parseResult(text).error;
}

const JUDGEMENTS: Record<string, string> = { 合格: '合格', 不合格: '不合格', 问题: '问题', 符合: '合格', 不符合: '不合格' };
const LINKS: Record<string, string> = {
  生产: '生产', 生产环节: '生产', 流通: '流通', 流通环节: '流通', 销售: '流通', 销售环节: '流通',
  餐饮: '餐饮', 餐饮环节: '餐饮', 餐饮服务: '餐饮', 网络: '网络', 网购: '网络', 网络销售: '网络',
};
const SAMPLING_TYPES: Record<string, string> = {
  监督抽检: '监督抽检', 风险监测: '风险监测', 评价性抽检: '评价性抽检', 评价抽检: '评价性抽检',
};
const YES_NO: Record<string, boolean> = { 是: true, 否: false, Y: true, N: false, TRUE: true, FALSE: false };

export type Vocabulary = 'judgement' | 'link' | 'samplingType';
const VOCABULARIES: Record<Vocabulary, { map: Record<string, string>; expected: string }> = {
  judgement: { map: JUDGEMENTS, expected: '合格、不合格 或 问题' },
  link: { map: LINKS, expected: '生产、流通、餐饮 或 网络' },
  samplingType: { map: SAMPLING_TYPES, expected: '监督抽检、风险监测 或 评价性抽检' },
};

/** The canonical word for a vocabulary cell, or an error naming the accepted words. */
export function vocabulary(kind: Vocabulary, text: string): { value: string | null; error: string | null } {
  if (text === '') return { value: null, error: null };
  const { map, expected } = VOCABULARIES[kind];
  const value = map[text.replace(/\s+/g, '')];
  return value ? { value, error: null } : { value: null, error: `只能填写 ${expected}：${text}` };
}

export function yesNo(text: string): { value: boolean | null; error: string | null } {
  if (text === '') return { value: null, error: null };
  const value = YES_NO[text.trim().toUpperCase()];
  return value === undefined ? { value: null, error: `只能填写 是 或 否：${text}` } : { value, error: null };
}
