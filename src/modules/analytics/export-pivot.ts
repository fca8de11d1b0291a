import ExcelJS from 'exceljs';
import type { Pivot, PivotCell } from '../../contracts/analytics.js';

const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const font = { name: '宋体', size: 10 };

/**
 * The pivot as it is shown, as xlsx: one row per row key; per column key the samples, the
 * unqualified and the rate (a small denominator written "1/3", as on screen), then the 问题 count
 * of the row's total. A second sheet says the period, filters and the small-sample rule.
 */
export async function pivotWorkbook(pivot: Pivot, title: string, filters: string[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('风险分析');
  const header1 = [pivot.rowLabel];
  const header2 = [''];
  for (const column of [...pivot.columnKeys.map((c) => c.label), ...(pivot.columns ? ['合计'] : [])]) {
    header1.push(column, '', '');
    header2.push('抽检批次', '不合格批次', '不合格率');
  }
  header1.push('问题批次');
  header2.push('');
  sheet.addRow([title]).font = { ...font, bold: true, size: 12 };
  sheet.addRow(header1);
  sheet.addRow(header2);
  const cellValues = (c: PivotCell | null) => (c ? [c.samples, c.unqualified, c.display] : ['', '', '']);
  for (const row of pivot.rowItems) {
    sheet.addRow([row.label, ...row.cells.flatMap(cellValues), ...(pivot.columns ? cellValues(row.total) : []), row.total.issue]);
  }
  sheet.addRow(['合计', ...(pivot.columns ? pivot.columnKeys.map(() => ['', '', '']).flat() : []), ...cellValues(pivot.total), pivot.total.issue]);
  // Merge each column key's three header cells.
  for (let i = 0; i < pivot.columnKeys.length + (pivot.columns ? 1 : 0); i++) sheet.mergeCells(2, 2 + i * 3, 2, 4 + i * 3);
  sheet.getColumn(1).width = 24;
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = border;
      cell.font = { ...font, bold: n <= 3 };
      cell.alignment = { vertical: 'middle', horizontal: Number(cell.col) === 1 ? 'left' : 'center' };
    });
  });
  const about = book.addWorksheet('说明');
  about.addRow(['时段', `${pivot.from} 至 ${pivot.to}（按抽样日期）`]);
  for (const f of filters) about.addRow(['筛选', f]);
  about.addRow(['小样本', `抽检批次少于 ${pivot.smallThreshold} 批的格子写作“不合格/抽检”（如 1/3），不写百分比`]);
  about.getColumn(1).width = 12;
  about.getColumn(2).width = 80;
  return Buffer.from(await book.xlsx.writeBuffer());
}
