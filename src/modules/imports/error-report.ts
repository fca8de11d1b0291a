import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImportSummary } from './import-options.js';

/** The rejected rows of an import as xlsx: row (as the sheet shows it), column, reason. */
export function errorReport(fileName: string, summary: ImportSummary): PassThrough {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const sheet = workbook.addWorksheet('错误报告');
  sheet.columns = [
    { header: '行号', key: 'row', width: 8 },
    { header: '列', key: 'column', width: 24 },
    { header: '问题', key: 'message', width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  (async () => {
    sheet.addRow({ row: '', column: '文件', message: fileName }).commit();
    for (const error of summary.errors) sheet.addRow({ row: error.row, column: error.column ?? '（整行）', message: error.message }).commit();
    if (summary.errorsTruncated) sheet.addRow({ row: '', column: '', message: '错误超过 10000 条，仅列出前 10000 条' }).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error) => stream.destroy(error));
  return stream;
}
