/**
 * Reading a published or entered result: one value ("0.12", "未检出", "<0.01", "4.3×10⁴",
 * "1.2E+03", "检出") with its unit ("0.54mg/100cm²", "检出/25g"), or the n results of a
 * microbiological sampling plan in one cell ("120,80,30,10,5", "n=5: 120/80/30/10/5",
 * "1.2×10³、<10、<10、<10、<10 CFU/g"). The import's cell check and the judgement use this one
 * grammar, so a cell the import accepts is a cell the judgement can read.
 */
import { toHalfWidth } from './normalise.js';
import { canonicalUnit, splitTrailingUnit } from './units.js';

export type MeasuredValue =
  | { kind: 'not_detected' }
  /** "<0.01": below the method's limit of quantification. */
  | { kind: 'below'; value: number }
  | { kind: 'number'; value: number }
  | { kind: 'positive' }
  | { kind: 'invalid'; reason: string };

/** One result as reported: its value text without the unit ("4.3×10⁴"), its reading and unit. */
export interface Measurement {
  text: string;
  value: MeasuredValue;
  unit: string | null;
}

export interface ParsedResult {
  /** One per reported result, in the order given. */
  results: Measurement[];
  /** The results' unit (canonical), when any result carries one. */
  unit: string | null;
  /** Why the cell cannot be read, in Chinese; null when it can. */
  error: string | null;
}

const SUPERSCRIPTS: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-' };

/** Half-width, no spaces, and superscript powers of ten ("10⁴") as "10^4". */
export function numberText(raw: string): string {
  return toHalfWidth(raw)
    .replace(/10([⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)/g, (_, exp: string) => `10^${[...exp].map((c) => SUPERSCRIPTS[c]).join('')}`)
    .replace(/\s/g, '');
}

/** Words and marks for "not detected", including "below the limit of detection" (<LOD). */
const NOT_DETECTED = /^(未检出|ND|N\.D\.?|阴性|<LOD|<LOQ|<检出限|小于检出限|低于检出限|-|—|–|无)$/i;
/** "未检出(<0.01mg/kg)", "ND（检出限0.01）": the remark names the limit of detection. */
const NOT_DETECTED_WITH_REMARK = /^(未检出|ND|N\.D\.?)[(（][^)）]*[)）]$/i;
const POSITIVE = /^(检出|阳性|有检出)$/;
/** 10^5, 120, 0.12, 4.3×10^4, 4.3x10^-2, 1.2E+03 (after numberText). */
const NUMBER = /^(?:10\^(-?\d+)|(\d+(?:\.\d+)?)(?:[×xX*]10\^?(-?\d+)|[eE]([+-]?\d+))?)$/;
const BELOW = /^(?:<=?|≤|小于|低于)(.+)$/;

function numberOf(text: string): number | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  if (m[1] !== undefined) return 10 ** Number(m[1]);
  return Number((Number(m[2]) * 10 ** Number(m[3] ?? m[4] ?? 0)).toPrecision(15));
}

/** Reads one result with its unit. An unreadable one is `invalid` with the reason. */
export function readMeasurement(raw: string): Measurement {
  const compact = toHalfWidth(raw).replace(/\s+/g, '');
  if (NOT_DETECTED_WITH_REMARK.test(compact)) return { text: compact, value: { kind: 'not_detected' }, unit: null };
  const { head, unit } = splitTrailingUnit(compact);
  const measurement = (value: MeasuredValue): Measurement => ({ text: head, value, unit });
  const t = numberText(head);
  if (t === '') return measurement({ kind: 'invalid', reason: '检验结果为空' });
  if (NOT_DETECTED.test(t)) return measurement({ kind: 'not_detected' });
  if (POSITIVE.test(t)) return measurement({ kind: 'positive' });
  const below = BELOW.exec(t);
  const bound = below ? numberOf(below[1]) : null;
  if (bound !== null) return measurement({ kind: 'below', value: bound });
  const value = numberOf(t);
  if (value !== null) return measurement({ kind: 'number', value });
  if (/^-\d/.test(t)) return measurement({ kind: 'invalid', reason: `检验结果“${raw.trim()}”不能为负数` });
  if (/^(>|≥|大于)/.test(t)) return measurement({ kind: 'invalid', reason: `检验结果“${raw.trim()}”只给出下限，无法判定，请填写测定值` });
  return measurement({ kind: 'invalid', reason: `检验结果“${raw.trim()}”不是有效数值` });
}

/** Reads a single published result, ignoring its unit: "0.12mg/kg" is 0.12. */
export function parseMeasuredValue(raw: string): MeasuredValue {
  return readMeasurement(raw).value;
}

const isBare = (part: string) => {
  const m = readMeasurement(part);
  return m.value.kind !== 'invalid' && m.unit === null;
};

/**
 * The results one cell lists: separated by commas, 、 or semicolons; or, when all are bare values,
 * by slashes ("120/80/30") or spaces ("120 80 30 CFU/g", a unit last). A slash before an amount
 * ("0/25g", "检出/25g") is a unit, not a separator.
 */
function splitList(body: string): string[] {
  const byComma = body.split(/\s*[,;、]\s*/).filter((p) => p !== '');
  if (byComma.length !== 1) return byComma;
  const bySlash = body.split('/');
  if (bySlash.length > 1 && bySlash.every(isBare)) return bySlash;
  const bySpace = body.split(/\s+/);
  if (bySpace.length > 1) {
    const last = bySpace[bySpace.length - 1];
    const unitLast = canonicalUnit(last) !== null;
    const values = unitLast ? bySpace.slice(0, -1) : bySpace;
    if (values.length > 1 && values.every((v) => readMeasurement(v).value.kind !== 'invalid')) {
      return unitLast ? [...values.slice(0, -1), `${values[values.length - 1]}${last}`] : values;
    }
  }
  return [body];
}

/** "n=5:" / "n=5，" in front of a list: how many results the cell says it holds. */
const DECLARED_COUNT = /^n\s*=\s*(\d+)\s*[:,;]\s*/i;

/** Reads a result cell: one result or a list of them, with one unit for all. */
export function parseResult(raw: string): ParsedResult {
  let body = toHalfWidth(raw);
  const declared = DECLARED_COUNT.exec(body);
  if (declared) body = body.slice(declared[0].length);
  const results = splitList(body).map(readMeasurement);
  const fail = (error: string): ParsedResult => ({ results, unit: null, error });
  const invalid = results.find((r) => r.value.kind === 'invalid');
  if (invalid && invalid.value.kind === 'invalid') {
    return fail(results.length > 1 ? `${invalid.value.reason}（在“${raw.trim()}”中）` : invalid.value.reason);
  }
  const units = [...new Set(results.map((r) => r.unit).filter((u): u is string => u !== null))];
  if (units.length > 1) return fail(`同一项目的检验结果单位不一致：${units.join('、')}`);
  if (declared && Number(declared[1]) !== results.length) {
    return fail(`检验结果注明 n=${declared[1]}，但列出了 ${results.length} 个结果`);
  }
  return { results, unit: units[0] ?? null, error: null };
}
