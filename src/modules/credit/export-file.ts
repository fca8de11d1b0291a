/**
 * The file of an export batch, as xlsx or csv, for upload to the national credit publicity
 * system. The rows are read from the batch's audit row, written in the transaction that sent
 * them: downloading again gives exactly what was sent, whatever changed since (a corrected name,
 * an edited decision). The audit log is append-only, so that copy cannot drift.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { auditLog, creditExportBatches } from '../../db/schema/index.js';
import { toCsv } from '../../domain/credit/csv.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { assertCollector } from './credit-access.js';
import type { DueRecord } from './due-records.js';

export type ExportFormat = 'xlsx' | 'csv';

/** The columns the issue names: enterprise, credit code, kind, decision number, date, content, authority. */
const columns = [
  { header: '序号', width: 6, value: (_r: DueRecord, n: number) => n },
  { header: '企业名称', width: 32, value: (r: DueRecord) => r.enterpriseName },
  { header: '统一社会信用代码', width: 22, value: (r: DueRecord) => r.creditCode ?? '' },
  { header: '信息类别', width: 22, value: (r: DueRecord) => r.kindName },
  { header: '决定书文号（检验报告编号）', width: 26, value: (r: DueRecord) => r.decisionNo },
  { header: '日期', width: 12, value: (r: DueRecord) => r.date },
  { header: '内容', width: 60, value: (r: DueRecord) => r.content },
  { header: '作出决定机关', width: 28, value: (r: DueRecord) => r.authority },
] as const;

const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const font = { name: '宋体', size: 10 };

export interface BatchFile {
  fileName: string;
  contentType: string;
  body: PassThrough | Buffer;
}

async function batchRecords(db: Executor, user: SessionUser, batchId: string) {
  assertCollector(user);
  const [batch] = await db.select().from(creditExportBatches).where(eq(creditExportBatches.id, batchId)).limit(1);
  if (!batch) throw new DomainError('NOT_FOUND', { entity: 'creditExportBatch', id: batchId });
  const [audit] = await db
    .select({ after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'creditExportBatch'), eq(auditLog.entityId, batchId), inArray(auditLog.action, ['credit.export', 'credit.prepareExport'])))
    .orderBy(asc(auditLog.seq))
    .limit(1);
  // Both rows are written in one transaction: a batch without its audit row means a damaged database.
  if (!audit) throw new Error(`credit export batch ${batchId} has no credit.export audit row`);
  return { batch, records: (audit.after as { records: DueRecord[] }).records };
}

function xlsxStream(title: string, records: readonly DueRecord[]): PassThrough {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('信用信息', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  (async () => {
    const head = sheet.getRow(1);
    head.values = [title];
    head.height = 30;
    head.getCell(1).font = { name: '宋体', size: 14, bold: true };
    head.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    sheet.mergeCells(1, 1, 1, columns.length);
    head.commit();
    const header = sheet.getRow(2);
    header.values = columns.map((c) => c.header);
    header.eachCell((cell) => {
      cell.font = { ...font, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
      cell.border = border;
    });
    header.commit();
    records.forEach((r, i) => {
      // Every value a string (the number aside): a credit code or date must never become a number or a formula.
      const row = sheet.addRow(columns.map((c) => c.value(r, i + 1)));
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.font = font;
        cell.border = border;
        cell.alignment = { vertical: 'middle', wrapText: true };
      });
      row.commit();
    });
    sheet.commit();
    await workbook.commit();
  })().catch((error) => stream.destroy(error));
  return stream;
}

/** The batch's file: xlsx streamed, or csv with a UTF-8 byte-order mark so Excel opens the Chinese. */
export async function exportBatchFile(db: Executor, user: SessionUser, batchId: string, format: ExportFormat): Promise<BatchFile> {
  const { batch, records } = await batchRecords(db, user, batchId);
  const title = `信用信息归集报送（${batch.periodFrom}至${batch.periodTo}）`;
  const fileName = `信用信息报送_${batch.periodFrom}_${batch.periodTo}_${batch.id.slice(0, 8)}.${format}`;
  if (format === 'csv') {
    const text = toCsv(
      columns.map((c) => c.header),
      records.map((r, i) => columns.map((c) => c.value(r, i + 1))),
    );
    return { fileName, contentType: 'text/csv; charset=utf-8', body: Buffer.from(text, 'utf8') };
  }
  return { fileName, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: xlsxStream(title, records) };
}
