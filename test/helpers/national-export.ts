import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

/**
 * The columns of the national sampling system's data export (国抽数据, sheet data_1), in its
 * order, with two columns the platform does not read (抽样单位名称, 样品条码) as real exports
 * carry many more.
 */
export const EXPORT_HEADER = [
  '序号', '抽样编号', '报告分类', '任务来源', '食品大类', '食品亚类', '食品次亚类', '食品细类', '样品名称', '样品规格', '商标',
  '生产日期', '样品批号', '标识生产企业名称', '标识生产企业地址', '委托企业名称', '委托企业地址', '被抽样单位名称',
  '被抽样单位省', '被抽样单位市', '被抽样单位县', '被抽样单位地址', '抽样日期', '检验项目', '检验结果', '结果单位',
  '判定依据', '标准值', '最小允许限', '最大允许限', '结果判定', '检验机构名称', '备注', '抽样单位名称', '样品条码',
] as const;

export type ExportColumn = (typeof EXPORT_HEADER)[number];
export type ExportRow = Partial<Record<ExportColumn, string | number>>;

/** A Chengdu shop's celery sample: one row per item, the sample's cells on each. */
export function exportSample(no: string, overrides: ExportRow = {}): ExportRow {
  return {
    抽样编号: no, 报告分类: '合格报告', 任务来源: '四川省市场监督管理局', 食品大类: '食用农产品', 食品亚类: '蔬菜', 食品次亚类: '叶菜类蔬菜',
    食品细类: '芹菜', 样品名称: '芹菜', 样品规格: '/', 商标: '/', 生产日期: '2025-04-12', 样品批号: '/', 标识生产企业名称: '/',
    标识生产企业地址: '/', 委托企业名称: '/', 委托企业地址: '/', 被抽样单位名称: `成都市武侯区某某生鲜超市${no}`, 被抽样单位省: '四川省',
    被抽样单位市: '成都市', 被抽样单位县: '武侯区', 被抽样单位地址: '某某路1号', 抽样日期: '2025-04-15', 检验机构名称: '四川省食品检验研究院',
    抽样单位名称: '四川省食品检验研究院', 样品条码: `BC${no}`,
    ...overrides,
  };
}

/** One test-item row: the sample's cells plus the item's. */
export function exportItem(sample: ExportRow, item: string, result: string, judgement: string, limits: ExportRow = { 标准值: '≤0.02', 结果单位: 'mg/kg' }): ExportRow {
  return { ...sample, 检验项目: item, 检验结果: result, 结果判定: judgement, 判定依据: 'GB 2763-2021', ...limits };
}

const cells = (row: ExportRow, i: number, header: readonly string[]) => header.map((h) => (h === '序号' ? i + 1 : (row[h as ExportColumn] ?? '')));

/** Writes rows as the export does: sheet data_1, header on the first row. */
export async function writeExportXlsx(path: string, rows: ExportRow[], header: readonly string[] = EXPORT_HEADER) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('data_1');
  sheet.addRow([...header]);
  rows.forEach((row, i) => sheet.addRow(cells(row, i, header)));
  // Written whole before returning: ExcelJS's writeFile resolves on its stream's 'finish', not
  // when the file is closed; a parse test on a loaded CI machine once read no sample from it.
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** The same rows as a UTF-8 csv (for large generated files). */
export function writeExportCsv(path: string, rows: Iterable<ExportRow>, header: readonly string[] = EXPORT_HEADER) {
  const lines = [header.join(',')];
  let i = 0;
  for (const row of rows) lines.push(cells(row, i++, header).join(','));
  writeFileSync(path, lines.join('\r\n') + '\r\n');
}
