/**
 * Groups data rows into samples. A sample that failed several items spans several rows: in
 * national notices the continuation rows leave 抽样编号 (and the merged sample columns) blank,
 * in our template they repeat 抽样编号. Only the sample being assembled is held in memory.
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
const SAMPLE_FIELDS: FieldKey[] = ['foodName', 'sampledPartyName', 'nominalProducerName'];

export class SampleAssembler {
  private current: ParsedSample | null = null;
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
    if (this.isContinuation(v)) {
      if (this.current) {
        this.builder.addItems(this.current, v, true);
        return null;
      }
      const orphan = this.builder.start(v);
      // "缺少食品名称" would only restate the real problem: the row belongs to no sample.
      const rest = orphan.errors.filter((e) => !e.message.startsWith('缺少'));
      orphan.errors = [{ row: v.row, column: null, message: '续行之前没有样品：该行只有检验项目，找不到所属的样品行' }, ...rest];
      return orphan;
    }
    if (this.layout !== 'template') this.carryDown(v);
    const done = this.current;
    this.current = this.builder.start(v);
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

  private isContinuation(v: RowValues): boolean {
    const t = v.text;
    if (!ITEM_FIELDS.some((f) => t[f])) return false;
    if (this.layout === 'provincial') return !SAMPLE_FIELDS.some((f) => t[f]);
    const no = t.sampleNo?.replace(/\s+/g, '').toUpperCase();
    if (no) return no === this.current?.sampleNo;
    // No number: a continuation when the sample columns are blank (merged) or repeat the sample.
    return !t.foodName || t.foodName === this.current?.foodName;
  }

  private carryDown(v: RowValues): void {
    for (const f of BLOCK_FIELDS) {
      if (this.header.mapping[f] === undefined) continue;
      if (v.text[f]) this.carried[f] = v.text[f];
      else if (this.carried[f]) v.text[f] = this.carried[f];
    }
  }
}
