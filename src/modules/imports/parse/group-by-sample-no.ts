/**
 * Groups the rows of a layout that repeats the sample's fields on every row (the national
 * export, 国抽数据: one row per test item) by 抽样编号, wherever the rows stand in the sheet.
 * The sample's fields must agree across its rows: a row that says otherwise makes the sample
 * impossible to tell, so the sample is rejected naming both rows, never imported with one row's
 * word for it. Rows are held until the sheet ends (a sample's last row may be the sheet's last),
 * so samples come out in the order of their first rows.
 */
import type { FieldKey, Layout, ParsedSample } from './types.js';
import type { RawRow } from './read-rows.js';
import { isBlankRow, isRepeatedHeader, type HeaderMatch } from './header.js';
import { readRow, SampleBuilder, type RowValues } from './build-sample.js';

/** Cells that belong to one test item, or that may differ from row to row without meaning another sample. */
const PER_ROW: ReadonlySet<FieldKey> = new Set<FieldKey>([
  'seq', 'remarks', 'itemName', 'resultText', 'limitText', 'unit', 'standard', 'judgement', 'labelRequirement', 'minLimit', 'maxLimit', 'failedItems',
]);

interface Group {
  sample: ParsedSample;
  /** The first row's cells as the file has them: a later row repeating them needs no reading. */
  raw: string[];
  /** The sample's cells as its first row gives them. */
  first: RowValues['text'];
  /** Fields already reported as conflicting (one message per field and row). */
  reported: Set<string>;
}

const sampleNoOf = (text: string | undefined) => (text ? text.replace(/\s+/g, '').toUpperCase() : null);

export class SampleNoGrouper {
  private readonly groups = new Map<string, Group>();
  private readonly builder: SampleBuilder;
  private readonly sampleFields: FieldKey[];
  /** Column indexes of the sample's fields, and of 抽样编号. */
  private readonly sampleColumns: number[];
  private readonly sampleNoColumn: number;
  /** Data rows seen (not skipped), to tell an empty sheet from an empty table. */
  dataRows = 0;

  constructor(
    private readonly header: HeaderMatch,
    layout: Layout,
  ) {
    this.builder = new SampleBuilder(header, layout);
    this.sampleFields = header.columns.filter((f): f is FieldKey => f !== null && !PER_ROW.has(f));
    this.sampleColumns = header.columns.flatMap((f, i) => (f !== null && !PER_ROW.has(f) ? [i] : []));
    this.sampleNoColumn = header.columns.indexOf('sampleNo');
  }

  /** Feeds one sheet row; returns a row that belongs to no sample (no 抽样编号) at once, to be rejected. */
  push(raw: RawRow): ParsedSample | null {
    if (isBlankRow(raw) || isRepeatedHeader(raw, this.header)) return null;
    // The common case: a later row of a known sample that repeats its cells exactly. Only the
    // item's cells need reading (the first row's were read and checked already).
    const known = this.groups.get(sampleNoOf(raw.cells[this.sampleNoColumn]) ?? '');
    if (known && this.sampleColumns.every((i) => (raw.cells[i] ?? '') === (known.raw[i] ?? ''))) {
      this.dataRows++;
      this.builder.addItems(known.sample, readRow(raw, this.header, PER_ROW), true);
      return null;
    }
    const v = readRow(raw, this.header);
    if (Object.keys(v.text).every((f) => f === 'seq')) return null;
    this.dataRows++;
    const no = sampleNoOf(v.text.sampleNo);
    // Without a number the row is a sample of its own, which the builder rejects (抽样编号为空).
    if (no === null) return this.builder.start(v);
    const group = this.groups.get(no);
    if (!group) {
      this.groups.set(no, { sample: this.builder.start(v), raw: raw.cells, first: v.text, reported: new Set() });
      return null;
    }
    this.checkAgreement(group, v);
    this.builder.addItems(group.sample, v, true);
    return null;
  }

  /** Every grouped sample, in the order of its first row. */
  finish(): ParsedSample[] {
    const out = [...this.groups.values()].map((g) => g.sample);
    this.groups.clear();
    return out;
  }

  private checkAgreement(group: Group, v: RowValues): void {
    const { sample, first } = group;
    for (const field of this.sampleFields) {
      const a = first[field] ?? '';
      const b = v.text[field] ?? '';
      if (a === b || group.reported.has(field)) continue;
      group.reported.add(field);
      const column = this.header.mapping[field] ?? null;
      sample.errors.push({
        row: v.row,
        column,
        message: `抽样编号 ${sample.sampleNo} 的第 ${sample.row} 行与第 ${v.row} 行“${column ?? field}”不一致（${a || '空'} / ${b || '空'}）：同一样品各行的样品信息应相同，请核对后重新导入`,
      });
    }
  }
}
