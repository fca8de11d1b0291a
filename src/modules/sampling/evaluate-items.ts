import {
  deriveConclusion,
  inLimitUnit,
  judgeResults,
  judgementFromText,
  readLimit,
  type Conclusion,
  type Judgement,
  type ParsedLimit,
  type SamplingPlan,
  type SamplingType,
} from '../../domain/sampling/judge.js';
import { parseResult, type MeasuredValue } from '../../domain/sampling/measured-value.js';
import { formatPlan } from '../../domain/sampling/sampling-plan.js';
import { canonicalUnit, convertValue, splitTrailingUnit } from '../../domain/sampling/units.js';
import type { SampleCatalogue } from './sample-catalogue.js';

export interface ItemInput {
  itemName: string;
  /** One result, or the n results of a sampling plan ("120,80,30,10,5"). */
  resultText: string;
  unit?: string | null;
  limitText?: string | null;
  standard?: string | null;
  judgementText?: string | null;
}

export interface EvaluatedItem {
  testItemId: string | null;
  itemName: string;
  resultText: string;
  resultValue: string | null;
  subResults: string[] | null;
  unit: string | null;
  limitText: string | null;
  limitType: string | null;
  limitValue: string | null;
  samplingPlan: SamplingPlan | null;
  standard: string | null;
  judgement: Judgement;
  microbiological: boolean;
  sortOrder: number;
}

export interface Evaluation {
  items: EvaluatedItem[];
  conclusion: Conclusion;
  /** Per item index: a problem that makes the row invalid (e.g. a negative value). */
  errors: { index: number; field: 'resultText' | 'itemName' | 'limitText' | 'unit'; message: string }[];
  /** Things a person should look at, e.g. the file's judgement disagrees with the limit. */
  reviewReasons: string[];
}

/**
 * Judges every item by its limit — the one published with the result, else the catalogue's —
 * and derives the sample's conclusion. Results are converted to the limit's unit where that is
 * a change of scale; a sampling plan judges its n results together (GB 4789.1-2016 §3.2). When
 * no limit is known the file's own judgement stands; a file that lists an item as failed (an
 * 不合格 announcement) fails it even without a limit.
 */
export function evaluateItems(
  inputs: ItemInput[],
  context: { samplingType: SamplingType; categoryId: string | null; foodName: string; defaultJudgement?: Judgement | null },
  catalogue: SampleCatalogue,
): Evaluation {
  const errors: Evaluation['errors'] = [];
  const reviewReasons: string[] = [];
  const items: EvaluatedItem[] = [];
  inputs.forEach((input, index) => {
    const fail = (field: Evaluation['errors'][number]['field'], message: string) => errors.push({ index, field, message });
    const itemName = input.itemName.trim();
    if (!itemName) fail('itemName', '检验项目名称为空');
    const parsed = parseResult(input.resultText);
    if (parsed.error) fail('resultText', parsed.error);
    const statedUnit = input.unit?.trim() || null;
    const statedCanonical = canonicalUnit(statedUnit);
    if (statedCanonical && parsed.unit && statedCanonical !== parsed.unit) {
      fail('unit', `检验结果中的单位“${parsed.unit}”与所填单位“${statedUnit}”不一致`);
    }
    const resultUnit = parsed.unit ?? statedCanonical;

    const testItem = itemName ? catalogue.findTestItem(itemName) : null;
    const published = readLimit(input.limitText);
    if (published.error) fail('limitText', published.error);
    const known = testItem ? catalogue.findLimit(testItem.id, context.categoryId, context.foodName) : null;
    const limit: ParsedLimit | null =
      published.limit ??
      (known ? { limitType: known.limitType, limitValue: known.limitValue, unit: canonicalUnit(known.unit), plan: known.samplingPlan } : null);

    let computed: Judgement | null = null;
    if (!parsed.error && !published.error) {
      const aligned = inLimitUnit(parsed.results.map((r) => r.value), resultUnit, limit);
      const verdict = 'error' in aligned ? aligned : judgeResults(aligned.values, limit, context.samplingType);
      if ('error' in verdict) fail('resultText', verdict.error);
      else computed = verdict.judgement;
    }
    const stated = judgementFromText(input.judgementText, context.samplingType) ?? context.defaultJudgement ?? null;
    if (computed && stated && computed !== stated) {
      reviewReasons.push(`“${itemName}”按限量判定为${computed === 'qualified' ? '合格' : '不合格'}，与文件中的判定不一致`);
    }
    const judgement = stated ?? computed ?? 'qualified';
    if (!stated && !computed && !errors.some((e) => e.index === index)) reviewReasons.push(`“${itemName}”没有可用的限量，暂按合格记录，请核实`);
    // In its canonical spelling when known (ug/kg and µg/kg are μg/kg), else as written.
    const unit = statedCanonical ?? statedUnit ?? parsed.unit ?? known?.unit ?? null;
    // The catalogue's limit is shown in the result's unit, as a lab report states it (≤200 μg/kg, not ≤0.2 mg/kg).
    const shown = !published.limit && known ? catalogueLimitIn(known, canonicalUnit(unit)) : null;
    items.push({
      testItemId: testItem?.id ?? null,
      itemName: testItem?.name ?? itemName,
      resultText: withoutUnit(input.resultText, parsed.unit),
      resultValue: highestValue(parsed.results.map((r) => r.value)),
      subResults: parsed.results.length > 1 ? parsed.results.map((r) => r.text) : null,
      unit,
      limitText: input.limitText ?? shown?.text ?? null,
      limitType: limit?.limitType ?? null,
      limitValue: shown ? shown.value : limit?.limitValue == null ? null : String(limit.limitValue),
      samplingPlan: limit?.plan ?? null,
      standard: input.standard ?? known?.standard ?? null,
      judgement,
      microbiological: testItem?.microbiological ?? false,
      sortOrder: index,
    });
  });
  return { items, conclusion: deriveConclusion(items.map((i) => i.judgement), context.samplingType), errors, reviewReasons };
}

/** The measured value stored for sorting and statistics: the only one, or the highest of a plan's. */
function highestValue(values: MeasuredValue[]): string | null {
  const numbers = values.flatMap((v) => (v.kind === 'number' ? [v.value] : []));
  return numbers.length ? String(Math.max(...numbers)) : null;
}

/** "0.54mg/100cm²" → "0.54": the unit is stored apart, once. A unit inside a list stays where it is. */
function withoutUnit(resultText: string, unit: string | null): string {
  if (!unit) return resultText;
  const { head, unit: trailing } = splitTrailingUnit(resultText);
  return trailing === unit && parseResult(head).unit === null ? head : resultText;
}

/**
 * "≤0.05", "不得检出", "n=5, c=2, m=10000, M=100000": a catalogue limit as text, with its value in
 * the result's unit where the two differ by scale only.
 */
function catalogueLimitIn(
  limit: { limitType: string; limitValue: number | null; unit: string | null; samplingPlan: SamplingPlan | null },
  resultUnit: string | null,
): { text: string; value: string | null } {
  const limitUnit = canonicalUnit(limit.unit);
  if (limit.samplingPlan) return { text: formatPlan(limit.samplingPlan), value: limit.limitValue === null ? null : String(limit.limitValue) };
  if (limit.limitValue === null) return { text: '不得检出', value: null };
  const value = (limitUnit && resultUnit ? convertValue(limit.limitValue, limitUnit, resultUnit) : null) ?? limit.limitValue;
  return { text: `${limit.limitType === 'min' ? '≥' : '≤'}${value}`, value: String(value) };
}
