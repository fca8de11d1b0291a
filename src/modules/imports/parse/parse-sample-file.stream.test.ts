/**
 * Size: a 10^5-row national csv padded past 50 MB must stream without holding the file (its speed
 * is logged, and measured in bench/), and a generated xlsx must stream with progress by compressed bytes.
 */
import { createWriteStream, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseSampleFile } from './parse-sample-file.js';

const HEADER = ['序号', '标称生产企业名称', '标称生产企业地址', '被抽样单位名称', '被抽样单位地址', '样品名称', '规格型号', '商标', '生产日期',
  '保质期', '不合格项目', '检验值', '标准值', '备注', '检验机构', '食品细类', '抽样编号'];
const NOTE = '经核查，该批次产品标称生产企业对样品真实性无异议；'.repeat(7);

/** Row i of a national table: every third row continues the sample above (抽样编号 blank). */
function row(i: number): string[] {
  const sample = i - Math.floor(i / 3);
  if (i % 3 === 2) return ['', '', '', '', '', '', '', '', '', '', '克百威', '0.05mg/kg', '≤0.02mg/kg', '', '', '', ''];
  return [String(sample + 1), `四川某某食品有限公司${i % 500}`, '四川省成都市武侯区簇桥街道某某路88号', `成都市武侯区某某超市${i % 900}`,
    '四川省成都市武侯区某某街', '芹菜', '500g/袋', '某某', '购进日期：2025/4/12', '12个月', '毒死蜱', '0.12mg/kg', '≤0.02mg/kg', NOTE,
    '四川省食品检验研究院', '芹菜', `DBJ2551${String(sample).padStart(10, '0')}`];
}

async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('\ufeff' + HEADER.join(',') + '\r\n');
  for (let i = 0; i < rows; i++) {
    if (!out.write(row(i).join(',') + '\r\n')) await new Promise<void>((resolve) => out.once('drain', resolve));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function writeXlsx(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet('不合格产品信息');
  ws.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++) ws.addRow(row(i)).commit();
  ws.commit();
  await wb.commit();
}

async function run(path: string) {
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  const heapBefore = process.memoryUsage().heapUsed;
  let samples = 0;
  let items = 0;
  let errors = 0;
  let peakHeap = 0;
  const progress: number[] = [];
  for await (const e of parseSampleFile(path, { format: 'auto', fileName: path })) {
    if (e.type === 'sample') {
      samples++;
      items += e.sample.items.length;
      errors += e.sample.errors.length;
    } else if (e.type === 'progress') {
      progress.push(e.bytesRead);
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - heapBefore);
    } else if (e.type === 'fatal') throw new Error(e.message);
  }
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time, not wall time: test workers share two cores with other suites.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { samples, items, errors, progress, peakHeap, cpuSeconds, seconds: (performance.now() - start) / 1000 };
}

describe('large files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jjld-parse-large-'));

  it('streams a 10^5-row, 50 MB national csv without holding it (its speed is logged; bench/ measures it)', async () => {
    const path = join(dir, 'national.csv');
    await writeCsv(path, 100_000);
    const size = statSync(path).size;
    expect(size).toBeGreaterThan(50e6);
    const r = await run(path);
    expect([r.samples, r.items, r.errors]).toEqual([66_667, 100_000, 0]);
    expect(r.progress.length).toBeGreaterThanOrEqual(100);
    expect(r.progress.at(-1)).toBe(size);
    expect(r.progress).toEqual([...r.progress].sort((a, b) => a - b));
    const rowsPerSecond = 100_000 / r.cpuSeconds;
    console.log(`csv: ${(size / 1e6).toFixed(0)} MB, ${Math.round(rowsPerSecond)} rows per CPU second (${Math.round(100_000 / r.seconds)} rows/s wall), heap growth ${(r.peakHeap / 1e6).toFixed(0)} MB`);
    // No speed assertion: a loaded CI machine failed it at 8 s for 10^5 rows; speed belongs to bench/import-bench.ts.
    // The file as a string alone would be over 100 MB of heap.
    expect(r.peakHeap).toBeLessThan(100e6);
  }, 120_000);

  it('streams a generated xlsx with progress counted in compressed bytes', async () => {
    const path = join(dir, 'national.xlsx');
    await writeXlsx(path, 10_000);
    const r = await run(path);
    expect([r.samples, r.items, r.errors]).toEqual([6_667, 10_000, 0]);
    expect(r.progress.length).toBeGreaterThanOrEqual(10);
    expect(r.progress.at(-1)).toBe(statSync(path).size);
    console.log(`xlsx: ${Math.round(10_000 / r.cpuSeconds)} rows per CPU second (${Math.round(10_000 / r.seconds)} rows/s wall)`);
  }, 120_000);
});
