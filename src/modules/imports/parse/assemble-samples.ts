/**
 * Groups data rows into samples. A sample that failed several items spans several rows: in
 * national notices the continuation rows leave 抽样编号 (and the merged sample columns) blank,
 * in our template they repeat 抽样编号. Only the sample being assembled is held in memory.
 *
 * One rule for every layout: a row continues the sample above only when it brings result items
 * and each identifying cell (序号, 被抽样单位, 食品名称, 标称生产企业) is blank or repeats that
 * sample's. A row with its own identity is a sample of its own, even when 抽样编号 is blank, so a
 * failed item is never credited to a neighbour's sample; without a number such a row is rejected
 * where the file has an 抽样编号 column (build-sample.ts), and gets a generated number where it
 * has none (provincial tables).
 */
import type { FieldKey, Layout, ParsedSample } from './types.js';
import type { RawRow } from './read-rows.js';
import { isRepeatedHeader, type HeaderMatch } from './header.js';
import { readRow, SampleBuilder, type RowValues } from './build-sample.js';

/** Columns publishers merge over a block of samples; exceljs gives the value to the first row only. */
const BLOCK_FIELDS: FieldKey[] = ['category', 'taskSource', 'lab', 'samplingType', 'planName'];
/** "注：…", "备注：…", "说明:" rows under the table. */
const NOTE = /^(?:注|备注|说明|声明)\s*\d*\s*[:：]|^注\s*\d/;
const ITEM_FIELDS: FieldKey[] = ['failedItems', 'itemName', 'resultText'];
/** Cells that tell one sample from another; a continuation row leaves them blank or repeats them. */
const IDENTITY_FIELDS: FieldKey[] = ['seq', 'sampledPartyName', 'foodName', 'nominalProducerName'];
/** Names for the conflict message (the file's header text is used for the column). */
const IDENTITY_LABELS: Partial<Record<FieldKey, string>> = {
  seq: '序号',
  sampledPartyName: '被抽样单位名称',
  foodName: '食品名称',
  nominalProducerName: '标称生产企业名称',
};

type RowKind = { kind: 'continuation' } | { kind: 'sample' } | { kind: 'conflict'; fields: FieldKey[] };

const sampleNoOf = (text: string | undefined) => (text ? text.replace(/\s+/g, '').toUpperCase() : null);

export class SampleAssembler {
  private current: ParsedSample | null = null;
  /** The identifying cells of the current sample's first row. */
  private identity: Partial<Record<FieldKey, string>> = {};
  private readonly builder: SampleBuilder;
  private readonly carried: Partial<Record<FieldKey, string>> = {};
  private inNotes = false;
  /** Data rows seen (not skipped), to tell an empty sheet from an empty table. */
  dataRows = 0;

  constructor(
    private readonly header: HeaderMatch,
    private readonly layout: Layout,
  ) {
    this.builder = new SampleBuilder(header, layout);
  }

  /** Feeds one sheet row; returns a sample that is now complete, if any. */
  push(raw: RawRow): ParsedSample | null {
    if (this.skip(raw)) return null;
    const v = readRow(raw, this.header);
    // Only seq or unmapped columns filled: a section line ("一、蔬菜") or a stray total.
    if (Object.keys(v.text).every((f) => f === 'seq')) return null;
    this.dataRows++;
    const kind = this.classify(v);
    if (kind.kind === 'conflict' && this.current) {
      this.rejectConflict(this.current, v, kind.fields);
      return null;
    }
    if (kind.kind === 'continuation') {
      if (this.current) {
        this.builder.addItems(this.current, v, true);
        return null;
      }
      const orphan = this.builder.start(v);
      // "缺少食品名称" or "抽样编号为空" would only restate the real problem: the row belongs to no sample.
      const rest = orphan.errors.filter((e) => !e.message.startsWith('缺少') && e.message !== '抽样编号为空');
      orphan.errors = [{ row: v.row, column: null, message: '续行之前没有样品：该行只有检验项目，找不到所属的样品行' }, ...rest];
      return orphan;
    }
    if (this.layout !== 'template') this.carryDown(v);
    const done = this.current;
    this.current = this.builder.start(v);
    this.identity = Object.fromEntries(IDENTITY_FIELDS.filter((f) => v.text[f]).map((f) => [f, v.text[f]]));
    return done;
  }

  /** The last sample, at the end of the sheet. */
  finish(): ParsedSample | null {
    const done = this.current;
    this.current = null;
    return done;
  }

  private skip(raw: RawRow): boolean {
    let first: string | null = null;
    let filled = 0;
    for (const cell of raw.cells) {
      if (cell === '' || cell.trim() === '') continue;
      first ??= cell.trim();
      if (++filled > 1) break;
    }
    if (first === null) return true;
    if (NOTE.test(first)) {
      this.inNotes = true;
      return true;
    }
    // Notes run over several one-cell rows ("1. 本次抽检…", "2. …").
    if (this.inNotes && filled <= 1) return true;
    this.inNotes = false;
    return isRepeatedHeader(raw, this.header);
  }

  private classify(v: RowValues): RowKind {
    const t = v.text;
    const no = sampleNoOf(t.sampleNo);
    const sameNo = no !== null && no === this.current?.sampleNo;
    if ((no !== null && !sameNo) || !ITEM_FIELDS.some((f) => t[f])) return { kind: 'sample' };
    const differing = IDENTITY_FIELDS.filter((f) => t[f] && t[f] !== this.identity[f]);
    if (sameNo) {
      // The number names the sample; some tables number every row, so 序号 may differ.
      const fields = differing.filter((f) => f !== 'seq');
      return fields.length > 0 ? { kind: 'conflict', fields } : { kind: 'continuation' };
    }
    return differing.length === 0 ? { kind: 'continuation' } : { kind: 'sample' };
  }

  /**
   * A row that repeats the sample number but names another party, food or producer: which sample
   * it belongs to cannot be told, so the sample is rejected with this row's reason rather than
   * imported with a result that may not be its own.
   */
  private rejectConflict(sample: ParsedSample, v: RowValues, fields: FieldKey[]): void {
    sample.rows.push(v.row);
    sample.errors.push(...v.errors, {
      row: v.row,
      column: this.header.mapping[fields[0]] ?? null,
      message: `抽样编号与第 ${sample.row} 行相同，但${fields.map((f) => IDENTITY_LABELS[f]).join('、')}不同：无法确定该行属于哪个样品，请核对`,
    });
  }

  private carryDown(v: RowValues): void {
    for (const f of BLOCK_FIELDS) {
      if (this.header.mapping[f] === undefined) continue;
      if (v.text[f]) this.carried[f] = v.text[f];
      else if (this.carried[f]) v.text[f] = this.carried[f];
    }
  }
}
