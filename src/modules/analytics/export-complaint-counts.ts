import ExcelJS from 'exceljs';
import type { ComplaintCounts } from '../../contracts/analytics.js';
import { regionName } from '../stats/areas.js';

const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const font = { name: '宋体', size: 10 };
const byLabels: Record<ComplaintCounts['by'], string> = { category: '食品大类', city: '市（州）', county: '县（市、区）', enterprise: '被投诉举报对象', month: '月份' };

/** The complaint counts as shown: one row per key, then the total. Never a complainant: there is none in the counts. */
export async function complaintCountsWorkbook(counts: ComplaintCounts, regionCode?: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('投诉举报统计');
  sheet.addRow([`${counts.year}年投诉举报统计（按${byLabels[counts.by]}${regionCode ? `，${regionName(regionCode)}` : ''}）`]).font = { ...font, bold: true, size: 12 };
  sheet.addRow([byLabels[counts.by], '收到件数', '投诉', '举报', '12345转办件']);
  for (const r of [...counts.items, counts.total]) sheet.addRow([r.label, r.total, r.complaints, r.reports, r.transfers12345]);
  sheet.getColumn(1).width = 32;
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = border;
      cell.font = { ...font, bold: n === 2 };
      cell.alignment = { vertical: 'middle', horizontal: Number(cell.col) === 1 ? 'left' : 'center' };
    });
  });
  const about = book.addWorksheet('说明');
  about.addRow(['时段', `${counts.year}年1月1日至12月31日（按收到日期）`]);
  about.addRow(['口径', '合并办理的重复投诉举报不重复计数；按导出单位的投诉举报数据范围统计；不含投诉举报人信息']);
  if (counts.by === 'category') about.addRow(['食品大类', '由投诉举报所涉食品名称识别；无法识别的计入“未能识别食品分类”']);
  if (counts.by === 'enterprise') about.addRow(['对象', '被投诉举报次数最多的对象；合计为全部投诉举报']);
  about.getColumn(1).width = 12;
  about.getColumn(2).width = 80;
  return Buffer.from(await book.xlsx.writeBuffer());
}
