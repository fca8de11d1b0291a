/**
 * Turns one data row into sample fields and result items, recording every problem as a RowError
 * instead of throwing: the pipeline imports the good rows and reports the bad ones.
 */
import type { FieldKey, Layout, ParsedResultItem, ParsedSample, RowError } from './types.js';
import type { RawRow } from './read-rows.js';
import type { HeaderMatch } from './header.js';
import { normaliseLines, normaliseText } from './normalise.js';
import { parseDate } from './dates.js';
import { makeItem, splitFailedItems } from './split-failed-items.js';
import { resultProblem, vocabulary, yesNo } from './values.js';

/** Fields whose cells may hold one value per line (several items in one cell). */
const MULTI_LINE = new Set<FieldKey>(['failedItems', 'itemName', 'resultText', 'limitText', 'unit', 'labelRequirement']);
const LONG_FIELDS = new Set<FieldKey>(['failedItems', 'remarks', 'labelRequirement', 'standard', 'planName']);
const MAX_CELL = 500;
const MAX_LONG_CELL = 4000;
/** "/" or "—" is how published tables say "none" (no trademark, no producer for farm produce). */
const PLACEHOLDER = /^[/／\\\-—–]+$/;
const REPLACEMENT = '\uFFFD';

/** One data row, read through the header: field → normalised text. */
export interface RowValues {
  row: number;
  text: Partial<Record<FieldKey, string>>;
  /** Fields whose xlsx cell was a number (a date column then holds an Excel serial). */
  numeric: Set<FieldKey>;
  errors: RowError[];
}

/** @param only read these fields alone (the rest of the row is known to repeat a row already read). */
export function readRow(raw: RawRow, header: HeaderMatch, only?: ReadonlySet<FieldKey>): RowValues {
  const values: RowValues = { row: raw.row, text: {}, numeric: new Set(), errors: [] };
  header.columns.forEach((field, i) => {
    const cell = raw.cells[i];
    if (!field || !cell || (only && !only.has(field))) return;
    const text = MULTI_LINE.has(field) ? normaliseLines(cell) : normaliseText(cell);
    if (text === '' || PLACEHOLDER.test(text)) return;
    // U+FFFD is what a decoder leaves for bytes it could not read: the cell is not what the file
    // says, and a broken name would split an enterprise in two. Never store it.
    if (text.includes(REPLACEMENT)) {
      values.errors.push({ row: raw.row, column: header.names[i], message: `含有无法识别的字符（�），文件可能已损坏或编码有误，请核对该单元格后重新导入：${text.slice(0, 50)}` });
    }
    const max = LONG_FIELDS.has(field) ? MAX_LONG_CELL : MAX_CELL;
    if (text.length > max) {
      values.errors.push({ row: raw.row, column: header.names[i], message: `内容过长（${text.length} 字，最多 ${max} 字）` });
    }
    values.text[field] = text;
  });
  for (const i of raw.numeric ?? []) {
    const field = header.columns[i];
    if (field) values.numeric.add(field);
  }
  return values;
}

/**
 * The export's 最小允许限 / 最大允许限 as a limit the judging reads (≤max, else ≥min), when the
 * file has no 标准值. With both bounds the maximum is taken (contaminants and residues, the
 * usual case); the file's 结果判定 still states the item's judgement, and a disagreement with the
 * platform's judging is flagged for review, never overridden.
 */
export function allowedLimit(min: string | undefined, max: string | undefined): string | undefined {
  const bound = (text: string | undefined) => (text && /\d/.test(text) ? text.replace(/^[≤≥<>=]+/, '') : undefined);
  const high = bound(max);
  if (high) return `≤${high}`;
  const low = bound(min);
  return low ? `≥${low}` : undefined;
}

export class SampleBuilder {
  constructor(
    private readonly header: HeaderMatch,
    private readonly layout: Layout,
  ) {}

  private error(errors: RowError[], row: number, field: FieldKey | null, message: string): void {
    errors.push({ row, column: field ? (this.header.mapping[field] ?? null) : null, message });
  }

  private date(v: RowValues, field: 'samplingDate' | 'productionDate' | 'conclusionReceivedOn' | 'noticeDate', errors: RowError[]) {
    const text = v.text[field] ?? null;
    const parsed = parseDate(text, v.numeric.has(field));
    if (parsed.error) this.error(errors, v.row, field, parsed.error);
    return parsed;
  }

  start(v: RowValues): ParsedSample {
    const t = v.text;
    const errors = [...v.errors];
    const word = (kind: 'link' | 'samplingType', field: FieldKey) => {
      const r = vocabulary(kind, t[field] ?? '');
      if (r.error) this.error(errors, v.row, field, r.error);
      return r.value;
    };
    const production = this.date(v, 'productionDate', errors);
    const sampling = this.date(v, 'samplingDate', errors);
    const received = this.date(v, 'conclusionReceivedOn', errors);
    const notice = this.date(v, 'noticeDate', errors);
    if (t.noticeDate && !notice.date && !notice.error) this.error(errors, v.row, 'noticeDate', `无法识别的日期：${t.noticeDate}`);
    // 标识生产企业 is the label's producer; the export's 委托企业 stands in only when it is empty or absent.
    const fromEntrusting = !t.nominalProducerName && Boolean(t.entrustingName);
    if (t.conclusionReceivedOn && !received.date && !received.error) this.error(errors, v.row, 'conclusionReceivedOn', `无法识别的日期：${t.conclusionReceivedOn}`);
    if (t.samplingDate && !sampling.date && !sampling.error) this.error(errors, v.row, 'samplingDate', `无法识别的日期：${t.samplingDate}`);
    const coldChain = yesNo(t.importedColdChain ?? '');
    if (coldChain.error) this.error(errors, v.row, 'importedColdChain', coldChain.error);
    if (t.regionCode && !/^\d{6}(\d{3}|\d{6})?$/.test(t.regionCode)) {
      this.error(errors, v.row, 'regionCode', `行政区划代码应为 6 位数字：${t.regionCode}`);
    }
    const sample: ParsedSample = {
      row: v.row,
      rows: [v.row],
      sampleNo: t.sampleNo ? t.sampleNo.replace(/\s+/g, '').toUpperCase() : null,
      foodName: t.foodName ?? null,
      spec: t.spec ?? null,
      trademark: t.trademark ?? null,
      // A serial number means nothing to a reader; show the date it encodes.
      productionDateText: v.numeric.has('productionDate') ? (production.date ?? t.productionDate ?? null) : (t.productionDate ?? null),
      productionDate: production.date,
      shelfLife: t.shelfLife ?? null,
      samplingDate: sampling.date,
      samplingType: word('samplingType', 'samplingType'),
      planName: t.planName ?? null,
      taskSource: t.taskSource ?? null,
      link: word('link', 'link'),
      category: t.category ?? null,
      nominalProducerName: (fromEntrusting ? t.entrustingName : t.nominalProducerName) ?? null,
      nominalProducerAddress: (fromEntrusting ? t.entrustingAddress : t.nominalProducerAddress) ?? null,
      nominalProducerCreditCode: t.nominalProducerCreditCode?.replace(/\s+/g, '').toUpperCase() ?? null,
      sampledPartyName: t.sampledPartyName ?? null,
      sampledPartyAddress: t.sampledPartyAddress ?? null,
      sampledPartyCreditCode: t.sampledPartyCreditCode?.replace(/\s+/g, '').toUpperCase() ?? null,
      sampledPartyLicence: t.sampledPartyLicence?.replace(/\s+/g, '').toUpperCase() ?? null,
      labName: t.lab ?? null,
      samplers: t.samplers ? t.samplers.split(/[、,，;；/\s]+/).filter((s) => s !== '') : [],
      accompanyingOfficer: t.accompanyingOfficer ?? null,
      importedColdChain: coldChain.value,
      regionCode: t.regionCode ?? null,
      remarks: t.remarks ?? null,
      conclusionText: t.conclusion ?? null,
      conclusionReceivedOn: received.date,
      reportCategory: t.reportCategory ?? null,
      sampledPartyProvince: t.sampledPartyProvince ?? null,
      sampledPartyCity: t.sampledPartyCity ?? null,
      sampledPartyCounty: t.sampledPartyCounty ?? null,
      producerFromEntrusting: fromEntrusting,
      batchNo: t.batchNo ?? null,
      categoryCandidates: (['category', 'categorySub2', 'categorySub', 'categoryMajor'] as const).flatMap((f) => (t[f] ? [t[f]] : [])),
      noticeNo: t.noticeNo ?? null,
      noticeDate: notice.date,
      noticeUrl: t.noticeUrl ?? null,
      items: [],
      errors,
    };
    this.checkRequired(sample, v);
    this.addItems(sample, v, false);
    // Report a row's problems left to right, as the user reads the sheet.
    const at = (e: RowError) => (e.column === null ? -1 : this.header.names.indexOf(e.column));
    sample.errors.sort((a, b) => at(a) - at(b));
    return sample;
  }

  private checkRequired(sample: ParsedSample, v: RowValues): void {
    const missing = (field: FieldKey, label: string) => this.error(sample.errors, v.row, field, `缺少${label}`);
    if (!sample.foodName) missing('foodName', '食品名称');
    // A file with an 抽样编号 column must fill it for every sample: a row without one is not
    // guessed to be anyone's (assemble-samples.ts). Only tables without the column get a
    // generated number (map-parsed-sample.ts).
    if (this.header.mapping.sampleNo !== undefined && !sample.sampleNo) this.error(sample.errors, v.row, 'sampleNo', '抽样编号为空');
    if (this.layout !== 'template') return;
    if (!v.text.samplingDate) missing('samplingDate', '抽样日期');
    if (!sample.sampledPartyName) missing('sampledPartyName', '被抽样单位名称');
  }

  /** Adds the row's items to the sample; `continuation` rows also bring their own cell errors. */
  addItems(sample: ParsedSample, v: RowValues, continuation: boolean): void {
    if (continuation) {
      sample.rows.push(v.row);
      sample.errors.push(...v.errors);
    }
    const t = v.text;
    let items: ParsedResultItem[] = [];
    let itemField: FieldKey = 'itemName';
    if (t.failedItems) {
      itemField = 'failedItems';
      const split = splitFailedItems(t.failedItems);
      for (const message of split.errors) this.error(sample.errors, v.row, 'failedItems', message);
      items = this.fillFromColumns(split.items, v);
    } else if (t.itemName || t.resultText) {
      const names = (t.itemName ?? '').split('\n');
      items = this.fillFromColumns(names.map((n) => makeItem(n, '', '', null)), v);
      const judgement = vocabulary('judgement', t.judgement ?? '');
      if (judgement.error) this.error(sample.errors, v.row, 'judgement', judgement.error);
      for (const item of items) {
        item.standard = t.standard ?? null;
        item.judgementText = judgement.value;
      }
    }
    for (const item of items) {
      if (!item.itemName) this.error(sample.errors, v.row, itemField, '缺少检验项目名称');
      if (item.limitText === null && t.labelRequirement) item.limitText = t.labelRequirement;
      const problem = resultProblem(item.resultText, item.limitText);
      if (problem) this.error(sample.errors, v.row, t.resultText ? 'resultText' : itemField, problem);
      sample.items.push(item);
    }
  }

  /**
   * National rows give result, limit and unit in their own columns. A cell may list one value
   * per line for several items in one row; lines are paired with items in order.
   */
  private fillFromColumns(items: ParsedResultItem[], v: RowValues): ParsedResultItem[] {
    const t = v.text;
    if (!t.resultText && !t.limitText && !t.unit) return items;
    const limitText = t.limitText ?? allowedLimit(t.minLimit, t.maxLimit);
    const lines = (text: string | undefined) => (text ? text.split('\n') : []);
    const [results, limits, units] = [lines(t.resultText), lines(limitText), lines(t.unit)];
    const pick = (values: string[], i: number) => (values.length === items.length ? values[i] : i === 0 ? values.join(' ') : '');
    return items.map((item, i) => {
      if (item.resultText !== '' || item.limitText !== null) return item;
      const filled = makeItem(item.itemName, pick(results, i) ?? '', pick(limits, i) ?? '', pick(units, i) || null);
      return { ...filled, standard: item.standard, judgementText: item.judgementText };
    });
  }
}
