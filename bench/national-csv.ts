/**
 * A national-notice (国家总局通告) layout CSV built from synthetic samples: one row per tested
 * item, the sample's columns on its first row only, continuation rows with 抽样编号 blank (as
 * ../shared/docs/domain-rules.md describes the published workbooks).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { CatalogueView } from '../src/modules/demo/synthetic/catalogue-view.js';
import { SyntheticProvince } from '../src/modules/demo/synthetic/generate-samples.js';

export const NATIONAL_HEADERS = [
  '序号', '标称生产企业名称', '标称生产企业地址', '被抽样单位名称', '被抽样单位地址', '样品名称', '规格型号', '商标', '生产日期',
  '保质期', '不合格项目', '检验值', '标准值', '标签标注要求', '备注', '检验机构', '食品细类', '抽样编号',
];

export const csvCell = (value: string | null | undefined) => {
  const v = value ?? '';
  return /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
};

/** "2025-04-12" → "购进日期：2025/4/12" (how farm produce is dated in notices). */
const purchased = (date: string) => `购进日期：${Number(date.slice(0, 4))}/${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;

export interface CsvInfo {
  path: string;
  rows: number;
  samples: number;
  bytes: number;
}

/** The rows one synthetic sample contributes, at most `room` of them (the file's row budget). */
type SampleRows = (s: ReturnType<SyntheticProvince['generate']> extends Iterable<infer T> ? T : never, room: number, ordinal: number) => (string | null | undefined)[][];

/**
 * Streams synthetic samples into a UTF-8 CSV (with BOM) under `headers`, `rows` data rows in all:
 * the one writer of the bench's layouts, which differ only in how a sample becomes rows.
 */
export async function writeSyntheticCsv(
  path: string,
  view: CatalogueView,
  options: { rows: number; seed: number; today: string },
  headers: readonly string[],
  rowsOf: SampleRows,
): Promise<CsvInfo> {
  const province = new SyntheticProvince({ samples: Math.ceil(options.rows / 1.5), years: 1, seed: options.seed, today: options.today }, view);
  const out = createWriteStream(path);
  let buffer = `\uFEFF${headers.join(',')}\n`;
  let rows = 0;
  let samples = 0;
  let bytes = 0;
  const flush = async () => {
    bytes += Buffer.byteLength(buffer);
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  };
  for (const s of province.generate()) {
    if (rows >= options.rows) break;
    samples++;
    for (const cells of rowsOf(s, options.rows - rows, samples)) {
      buffer += cells.map(csvCell).join(',') + '\n';
      rows++;
    }
    if (buffer.length > 1 << 20) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return { path, rows, samples, bytes };
}

export async function writeNationalCsv(path: string, view: CatalogueView, options: { rows: number; seed: number; today: string }): Promise<CsvInfo> {
  return writeSyntheticCsv(path, view, options, NATIONAL_HEADERS, (s, room, ordinal) =>
    s.items.slice(0, room).map((item, i) => {
      const unit = item.unit && !/^[/]/.test(item.unit) ? item.unit : '';
      const result = /^\d/.test(item.resultText) && unit ? `${item.resultText}${unit}` : item.resultText;
      const limit = item.limitType === 'not_detected' ? item.limitText : `${item.limitText}${unit}`;
      const sampleCells =
        i === 0
          ? [
              String(ordinal),
              s.nominalProducer?.name ?? '/',
              s.nominalProducer?.address ?? '/',
              s.sampledParty.name,
              s.sampledParty.address,
              s.foodName,
              s.spec,
              s.trademark ?? '/',
              s.rootName === '食用农产品' ? purchased(s.productionDate!) : s.productionDate,
              s.rootName === '食用农产品' || s.rootName === '餐饮食品' ? '/' : '12个月',
            ]
          : ['', '', '', '', '', '', '', '', '', ''];
      const tail = i === 0 ? ['', '', s.labName, s.categoryName, s.sampleNo] : ['', '', '', '', ''];
      return [...sampleCells, item.itemName, result, limit, ...tail];
    }),
  );
}
