import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HeaderInfo, ParsedSample } from './parse/types.js';
import { parseSampleFile } from './parse/parse-sample-file.js';
import { mapParsedSample, reportConclusion } from './map-parsed-sample.js';
import { buildCatalogue } from '../catalogue/match.js';
import { catalogueRows } from '../catalogue/seed-catalogue.js';
import { sampleCatalogueOf } from '../sampling/load-sample-catalogue.js';
import { exportItem, exportSample, writeExportXlsx, type ExportRow } from '../../../test/helpers/national-export.js';

const rows = catalogueRows();
const catalogue = sampleCatalogueOf(buildCatalogue(rows.categories, rows.testItems, rows.limits));
const dir = mkdtempSync(join(tmpdir(), 'jjld-map-'));

async function mapExport(row: ExportRow) {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  await writeExportXlsx(path, [exportItem(row, '铅(以Pb计)', '0.05', '合格', { 标准值: '≤0.5', 结果单位: 'mg/kg' })]);
  let header: HeaderInfo | null = null;
  let sample: ParsedSample | null = null;
  for await (const e of parseSampleFile(path, { format: 'auto', fileName: 'x.xlsx' })) {
    if (e.type === 'header') header = e.header;
    if (e.type === 'sample') sample = e.sample;
  }
  return mapParsedSample(sample!, header!, { format: 'auto', dryRun: false, today: '2026-01-01' }, catalogue);
}

describe('mapParsedSample for the national export', () => {
  it('uses the finest category the catalogue knows, and says so when it is not the 细类', async () => {
    const mapped = await mapExport(exportSample('M1', { 食品大类: '饼干', 食品亚类: '饼干', 食品次亚类: '饼干', 食品细类: '某某未知细类', 样品名称: '苏打饼干' }));
    if (!('draft' in mapped)) throw new Error(JSON.stringify(mapped));
    expect(mapped.draft.values.categoryId).toBe(catalogue.findCategory('饼干')!.id);
    expect(mapped.draft.values.inferred['食品分类']).toBe('细类“某某未知细类”无法识别，按“饼干”记录');
  });

  it('rejects an unknown 报告分类', async () => {
    const mapped = await mapExport(exportSample('M2', { 报告分类: '待定' }));
    expect(mapped).toEqual({ errors: [expect.objectContaining({ column: '报告分类', message: '无法识别的报告分类：待定' })] });
  });
});

describe('reportConclusion', () => {
  it.each([
    ['合格报告', 'supervisory', 'qualified'],
    ['一般不合格报告', 'supervisory', 'unqualified'],
    ['严重不合格报告', 'supervisory', 'unqualified'],
    ['一般不合格报告', 'risk_monitoring', 'issue'],
    ['问题样品报告', 'risk_monitoring', 'issue'],
    ['待定', 'supervisory', null],
  ] as const)('%s (%s) → %s', (text, type, expected) => {
    expect(reportConclusion(text, type)).toBe(expected);
  });
});
