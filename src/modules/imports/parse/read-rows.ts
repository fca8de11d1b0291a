/**
 * Opens an uploaded file as a sequence of sheets, each a stream of rows of cell texts. The file
 * kind is decided by its first bytes, not its name, because users rename files. xlsx is read
 * with exceljs's streaming reader, so only shared strings and the current row are in memory.
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { readCsvRows } from './csv.js';
import { formatDate } from './dates.js';
import { Utf8WorkbookReader, type DeclaredRows } from './utf8-workbook-reader.js';

export interface RawRow {
  /** Row number as the spreadsheet shows it (1-based). */
  row: number;
  cells: string[];
  /** Indexes of cells that were numbers in an xlsx sheet (a date column then holds a serial). */
  numeric?: number[];
}

export interface RawSheet {
  name: string | null;
  /** Must be read to the end (or abandoned with the whole source) before the next sheet. */
  rows: AsyncIterable<RawRow>;
  /** The last row the sheet declares (xlsx), known once its first rows are read; null for csv. */
  declaredLastRow(): number | null;
  /** Share of this sheet read, when the file position does not say it (a parked xlsx sheet). */
  readShare(): number | null;
}

export interface SheetSource {
  kind: 'xlsx' | 'csv';
  sheets: AsyncIterable<RawSheet>;
  totalBytes: number;
  /** Bytes consumed from the file (compressed bytes for xlsx). */
  bytesRead(): number;
  close(): void;
}

export const UNREADABLE = '无法读取文件：不是有效的 xlsx 或 csv 文件';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(head: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => head[i] === b);
}

/** Cell value from exceljs as text: dates as YYYY-MM-DD, rich text joined, formulas by result. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatDate(value);
  const v = value as { richText?: { text?: string }[]; result?: unknown; text?: unknown; error?: unknown };
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
  if ('result' in v) return cellText(v.result);
  if ('error' in v) return '';
  if (v.text !== undefined) return cellText(v.text);
  return '';
}

function isNumeric(value: unknown): boolean {
  if (typeof value === 'number') return true;
  return typeof value === 'object' && value !== null && typeof (value as { result?: unknown }).result === 'number';
}

interface StreamRow {
  number: number;
  values: unknown[];
}

async function* xlsxRows(sheet: AsyncIterable<StreamRow>): AsyncGenerator<RawRow> {
  for await (const r of sheet) {
    const values = r.values;
    const cells: string[] = [];
    let numeric: number[] | undefined;
    // exceljs row values are 1-based and sparse.
    for (let c = 1; c < values.length; c++) {
      cells.push(cellText(values[c]));
      if (isNumeric(values[c])) (numeric ??= []).push(c - 1);
    }
    yield { row: r.number, cells, numeric };
  }
}

async function* xlsxSheets(stream: ReadStream): AsyncGenerator<RawSheet> {
  const reader = new Utf8WorkbookReader(stream, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  });
  for await (const ws of reader) {
    const sheet = ws as unknown as AsyncIterable<StreamRow> & DeclaredRows & { name?: string; state?: string };
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') {
      for await (const _ of sheet) void _;
      continue;
    }
    yield {
      name: sheet.name ?? null,
      rows: xlsxRows(sheet),
      declaredLastRow: () => sheet.declaredLastRow ?? null,
      readShare: () => sheet.readShare?.() ?? null,
    };
  }
}

async function* csvSheet(stream: ReadStream): AsyncGenerator<RawSheet> {
  yield { name: null, rows: readCsvRows(stream), declaredLastRow: () => null, readShare: () => null };
}

/** Opens the file, or returns the Chinese message explaining why it cannot be read. */
export async function openSheets(path: string, fileName: string): Promise<SheetSource | { error: string }> {
  let totalBytes: number;
  const head = new Uint8Array(8192);
  let headLength: number;
  try {
    totalBytes = (await stat(path)).size;
    const fh = await open(path, 'r');
    try {
      headLength = (await fh.read(head, 0, head.length, 0)).bytesRead;
    } finally {
      await fh.close();
    }
  } catch {
    return { error: '无法读取文件：文件不存在或无法打开' };
  }
  if (totalBytes === 0) return { error: '无法读取文件：文件为空' };
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  let kind: 'xlsx' | 'csv';
  if (startsWith(head, ZIP)) kind = 'xlsx';
  else if (startsWith(head, OLE)) return { error: '无法读取文件：旧版 .xls 或加密的工作簿不受支持，请另存为 .xlsx 后再导入' };
  else if (['xlsx', 'xlsm', 'xls'].includes(ext)) return { error: UNREADABLE };
  else if (!['csv', 'txt', 'tsv', ''].includes(ext)) return { error: UNREADABLE };
  else if (head.subarray(0, headLength).includes(0) && !(head[0] === 0xff || head[0] === 0xfe)) return { error: UNREADABLE };
  else kind = 'csv';

  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  return {
    kind,
    sheets: kind === 'xlsx' ? xlsxSheets(stream) : csvSheet(stream),
    totalBytes,
    bytesRead: () => stream.bytesRead,
    close: () => stream.destroy(),
  };
}
