import ExcelJS from 'exceljs';
import type { ComplianceStatus } from '../../domain/risk-meetings/periods.js';
import { meetingLevelNames, type MeetingLevel } from '../../domain/risk-meetings/rules.js';
import type { complianceMatrix } from './compliance.js';

export const statusNames: Record<ComplianceStatus, string> = { held: '已开展', late: '逾期补开', missing: '未开展', open: '进行中' };
const fills: Record<ComplianceStatus, string> = { held: 'FFD9F7BE', late: 'FFFFE58F', missing: 'FFFFCCC7', open: 'FFE6F4FF' };
const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/** The completeness matrix as an .xlsx: one row per unit, one column per period, coloured as on the page. */
export async function matrixWorkbook(matrix: Awaited<ReturnType<typeof complianceMatrix>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(`${matrix.year}年完成情况`);
  const title = `${matrix.year}年${meetingLevelNames[matrix.level as MeetingLevel]}“321”食品安全风险研判完成情况`;
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, matrix.periods.length + 4);
  sheet.getRow(1).font = { name: '黑体', size: 14 };
  const header = sheet.addRow(['序号', '单位', '行政区划代码', ...matrix.periods.map((p) => p.label), '开展率']);
  header.font = { name: '宋体', size: 10, bold: true };
  matrix.rows.forEach((r, i) => {
    const counted = r.cells.filter((c): c is ComplianceStatus => c !== null);
    const done = counted.filter((c) => c === 'held' || c === 'late').length;
    const row = sheet.addRow([i + 1, r.unitName, r.regionCode ?? '', ...r.cells.map((c) => (c ? statusNames[c] : '')), percent(counted.length ? done / counted.length : null)]);
    r.cells.forEach((c, j) => {
      if (c) row.getCell(4 + j).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fills[c] } };
    });
  });
  sheet.addRow(['', '开展率', '', ...matrix.periodRates.map((p) => percent(p.rate)), percent(matrix.rates.rate)]).font = { bold: true };
  sheet.columns.forEach((col, i) => {
    col.width = i === 1 ? 30 : i === 0 ? 6 : 13;
  });
  sheet.eachRow((row, n) => {
    if (n > 1) row.eachCell((cell) => (cell.border = border));
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
