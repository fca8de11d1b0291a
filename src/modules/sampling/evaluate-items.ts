import {
  deriveConclusion,
  judgeItem,
  judgementFromText,
  parseLimit,
  parseMeasuredValue,
  type Conclusion,
  type Judgement,
  type SamplingType,
} from '../../domain/sampling/judge.js';
import type { SampleCatalogue } from './sample-catalogue.js';

export interface ItemInput {
  itemName: string;
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
  unit: string | null;
  limitText: string | null;
  limitType: string | null;
  limitValue: string | null;
  standard: string | null;
  judgement: Judgement;
  microbiological: boolean;
  sortOrder: number;
}

export interface Evaluation {
  items: EvaluatedItem[];
  conclusion: Conclusion;
  /** Per item index: a problem that makes the row invalid (e.g. a negative value). */
  errors: { index: number; field: 'resultText' | 'itemName'; message: string }[];
  /** Things a person should look at, e.g. the file's judgement disagrees with the limit. */
  reviewReasons: string[];
}

/**
 * Judges every item by its limit — the one published with the result, else the catalogue's —
 * and derives the sample's conclusion. When no limit is known the file's own judgement stands;
 * a file that lists an item as failed (an 不合格 announcement) fails it even without a limit.
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
    const itemName = input.itemName.trim();
    if (!itemName) errors.push({ index, field: 'itemName', message: '检验项目名称为空' });
    const value = parseMeasuredValue(input.resultText);
    if (value.kind === 'invalid') errors.push({ index, field: 'resultText', message: value.reason });
    const testItem = itemName ? catalogue.findTestItem(itemName) : null;
    const published = parseLimit(input.limitText);
    const known = testItem ? catalogue.findLimit(testItem.id, context.categoryId, context.foodName) : null;
    const limit = published ?? (known ? { limitType: known.limitType, limitValue: known.limitValue } : null);
    const computed = judgeItem(value, limit, context.samplingType);
    const stated = judgementFromText(input.judgementText, context.samplingType) ?? context.defaultJudgement ?? null;
    if (computed && stated && computed !== stated) {
      reviewReasons.push(`“${itemName}”按限量判定为${computed === 'qualified' ? '合格' : '不合格'}，与文件中的判定不一致`);
    }
    const judgement = stated ?? computed ?? 'qualified';
    if (!stated && !computed) reviewReasons.push(`“${itemName}”没有可用的限量，暂按合格记录，请核实`);
    items.push({
      testItemId: testItem?.id ?? null,
      itemName: testItem?.name ?? itemName,
      resultText: input.resultText,
      resultValue: value.kind === 'number' ? String(value.value) : null,
      unit: input.unit ?? known?.unit ?? null,
      limitText: input.limitText ?? (known ? limitText(known) : null),
      limitType: limit?.limitType ?? null,
      limitValue: limit?.limitValue == null ? null : String(limit.limitValue),
      standard: input.standard ?? known?.standard ?? null,
      judgement,
      microbiological: testItem?.microbiological ?? false,
      sortOrder: index,
    });
  });
  return { items, conclusion: deriveConclusion(items.map((i) => i.judgement), context.samplingType), errors, reviewReasons };
}

function limitText(limit: { limitType: string; limitValue: number | null }): string {
  if (limit.limitType === 'not_detected') return '不得检出';
  return `${limit.limitType === 'min' ? '≥' : '≤'}${limit.limitValue}`;
}
