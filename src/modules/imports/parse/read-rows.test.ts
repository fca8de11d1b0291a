/**
 * Chinese text must survive the xlsx reader exactly: a part is inflated in chunks of a few KB,
 * and a three-byte character split between two chunks used to come out as U+FFFD.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openSheets } from './read-rows.js';

const ROWS = 4000;
const dir = mkdtempSync(join(tmpdir(), 'jjld-read-rows-'));

/** Long, distinct names (so the shared-string table is long too), in a few scripts of width. */
const name = (i: number) => `成都市武侯区${i}号批量测试超市（簇桥街道某某路${i % 97}号）冷鲜肉经营部・${'鲜'.repeat(i % 7)}𠮷`;
const food = (i: number) => `泡椒凤爪（辐照食品）第${i}批`;

type Writer = 'stream, shared strings' | 'stream, inline strings' | 'whole workbook';

async function writeWorkbook(path: string, writer: Writer): Promise<void> {
  const header = ['序号', '被抽样单位名称', '食品名称'];
  if (writer === 'whole workbook') {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('不合格产品信息');
    ws.addRow(header);
    for (let i = 0; i < ROWS; i++) ws.addRow([i + 1, name(i), food(i)]);
    await wb.xlsx.writeFile(path);
    return;
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: writer === 'stream, shared strings' });
  const ws = wb.addWorksheet('不合格产品信息');
  ws.addRow(header).commit();
  for (let i = 0; i < ROWS; i++) ws.addRow([i + 1, name(i), food(i)]).commit();
  ws.commit();
  await wb.commit();
}

async function readAll(path: string) {
  const source = await openSheets(path, 'big.xlsx');
  if ('error' in source) throw new Error(source.error);
  const rows: string[][] = [];
  let lastRow: number | null = null;
  try {
    for await (const sheet of source.sheets) {
      for await (const row of sheet.rows) rows.push(row.cells);
      lastRow = sheet.declaredLastRow();
    }
  } finally {
    source.close();
  }
  return { rows, lastRow };
}

describe('reading xlsx text', () => {
  it.each<[Writer, number | null]>([
    ['stream, shared strings', null],
    ['stream, inline strings', null],
    // Excel and WPS declare the sheet's size up front, as exceljs's whole-workbook writer does.
    ['whole workbook', ROWS + 1],
  ])('round-trips every Chinese name of a workbook written by %s, spanning many inflate chunks', async (writer, declared) => {
    const path = join(dir, `names-${writer.replace(/\W+/g, '-')}.xlsx`);
    await writeWorkbook(path, writer);
    const { rows, lastRow } = await readAll(path);
    expect(rows).toHaveLength(ROWS + 1);
    const broken = rows.filter((cells) => cells.some((c) => c.includes('\uFFFD')));
    expect(broken.slice(0, 3)).toEqual([]);
    for (let i = 0; i < ROWS; i++) {
      if (rows[i + 1][1] !== name(i) || rows[i + 1][2] !== food(i)) expect(rows[i + 1]).toEqual([String(i + 1), name(i), food(i)]);
    }
    // The declared size is read on the way, for progress by rows.
    expect(lastRow).toBe(declared);
  }, 120_000);
});
