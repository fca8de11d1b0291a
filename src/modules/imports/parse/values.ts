/**
 * Cell values with a vocabulary: measured values with their units, and the closed lists of the
 * template (单项判定, 环节, 抽检类型, 进口冷链食品). Kept apart from the row logic so that each
 * rule is one small tested function.
 */

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹⁻';
const NUM = String.raw`\d+(?:\.\d+)?`;
/** 4.3×10⁴, 10^5, 4.3x10^-2 — scientific notation as typed in lab reports. */
const SCI = String.raw`(?:${NUM}\s*[×xX*]\s*)?10(?:\^\s*-?\d+|[${SUP}]+)`;
const CORE = String.raw`(?:[a-zA-Z]\s*=\s*)?(?:${SCI}|${NUM}(?:[eE][-+]?\d+)?)`;
const VALUE = String.raw`(?:[<>≤≥≦≧]=?\s*)?-?${CORE}(?:\s*[~～-]\s*${CORE})?(?:\s*[,，、]\s*${CORE})*`;
const VALUE_WITH_REST = new RegExp(String.raw`^(${VALUE})\s*(.*)$`);
const VALUE_ONLY = new RegExp(String.raw`^${VALUE}$`);
/** What may follow a number as its unit: mg/kg, μg/kg, CFU/g, g/100g, %, (mg/kg). */
const UNIT = /^\(?([A-Za-zμµ%‰°℃][A-Za-z0-9μµ%‰°℃/·.]*(?:\/[\u4e00-\u9fa5A-Za-z0-9]+)?)\)?$/;

export interface ValueUnit {
  value: string;
  unit: string | null;
}

/** "0.12mg/kg" → { value: "0.12", unit: "mg/kg" }; text that is not number+unit stays whole. */
export function splitValueUnit(text: string): ValueUnit {
  const t = text.trim();
  const m = VALUE_WITH_REST.exec(t);
  if (!m || m[2] === '') return { value: t, unit: null };
  const unit = UNIT.exec(m[2]);
  return unit ? { value: m[1].trim(), unit: unit[1] } : { value: t, unit: null };
}

/** Words labs publish instead of a number. */
const RESULT_WORDS = /^(未检出|检出|ND|N\.D\.?|阴性|阳性|符合|不符合|合格|不合格|无|有|未见|可见|不得检出)/i;
/** Placeholders for "no value" in published tables. */
const PLACEHOLDER = /^[-—–/／\\]+$/;

/**
 * Why a result value is unacceptable, or null. A number is required when the limit is a number;
 * otherwise (不得检出, 应符合…, no limit) any text goes, except a negative number.
 */
export function resultProblem(result: string, limit: string | null): string | null {
  const r = result.trim();
  if (r === '' || PLACEHOLDER.test(r)) return null;
  if (/^-\s*\d/.test(r)) return `检验结果不能为负数：${r}`;
  if (VALUE_ONLY.test(r) || RESULT_WORDS.test(r) || r.includes('检出')) return null;
  if (limit !== null && /\d/.test(limit)) return `检验结果不是有效数值：${r}`;
  return null;
}

/** True when the text is a value in one of the accepted numeric forms. */
export function isValueText(text: string): boolean {
  return VALUE_ONLY.test(text.trim());
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
