import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { NATIONAL_HEADER } from '../fixtures/make-fixtures.js';

const COUNTIES = ['武侯区', '锦江区', '青羊区', '金牛区', '成华区'];

export interface NationalRowOptions {
  prefix?: string;
  value?: string;
  /** The sampled party's name of sample i (default: a short shop name, 97 distinct). */
  partyName?: (i: number, county: string) => string;
}

/** The cells of sample i (first row) and, for every third sample, its continuation row. */
function nationalRows(i: number, options: NationalRowOptions): (string | number)[][] {
  const county = COUNTIES[i % COUNTIES.length];
  const no = `${options.prefix ?? 'TST'}${String(i).padStart(8, '0')}`;
  const party = options.partyName?.(i, county) ?? `成都市${county}第${i % 97}生鲜超市`;
  const rows: (string | number)[][] = [
    [i + 1, '四川某某农业科技有限公司', '四川省成都市彭州市某某镇', party, `四川省成都市${county}某某路${i}号`, '四川', '芹菜', '/', '/',
      '2025-04-12', '/', '毒死蜱', `${options.value ?? '0.12'}mg/kg`, '≤0.05mg/kg', '/', '', '四川省食品检验研究院', '芹菜', no],
  ];
  if (i % 3 === 0) rows.push([...Array(11).fill(''), '克百威', '0.05mg/kg', '≤0.02mg/kg', '/', '', '', '', '']);
  return rows;
}

/**
 * A national-notice CSV of `count` samples (every third with a continuation row), spread over
 * Chengdu counties: big enough to span several import batches.
 */
export function writeNationalCsv(path: string, count: number, options: NationalRowOptions = {}) {
  const lines = [NATIONAL_HEADER.join(',')];
  for (let i = 0; i < count; i++) lines.push(...nationalRows(i, options).map((r) => r.join(',')));
  writeFileSync(path, lines.join('\r\n') + '\r\n');
}

/**
 * The same table as an xlsx workbook. Streamed (as exporting systems write), the sheet precedes
 * the shared strings and declares no size; `whole: true` writes it as Excel does, with its
 * `<dimension>`.
 */
export async function writeNationalXlsx(path: string, count: number, options: NationalRowOptions & { whole?: boolean } = {}) {
  if (options.whole) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('不合格产品信息');
    ws.addRow(NATIONAL_HEADER);
    for (let i = 0; i < count; i++) for (const row of nationalRows(i, options)) ws.addRow(row);
    await wb.xlsx.writeFile(path);
    return;
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet('不合格产品信息');
  ws.addRow(NATIONAL_HEADER).commit();
  for (let i = 0; i < count; i++) for (const row of nationalRows(i, options)) ws.addRow(row).commit();
  ws.commit();
  await wb.commit();
}
