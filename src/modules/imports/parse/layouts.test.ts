import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FieldKey, HeaderInfo, ParsedSample } from './types.js';
import { ALIASES } from './aliases.js';
import { FIELD_USE } from './field-use.js';
import { LAYOUTS, type LayoutSpec } from './layouts.js';
import { parseSampleFile } from './parse-sample-file.js';
import { mapParsedSample } from '../map-parsed-sample.js';
import { buildCatalogue } from '../../catalogue/match.js';
import { catalogueRows } from '../../catalogue/seed-catalogue.js';
import { sampleCatalogueOf } from '../../sampling/load-sample-catalogue.js';

const rows = catalogueRows();
const catalogue = sampleCatalogueOf(buildCatalogue(rows.categories, rows.testItems, rows.limits));
const dir = mkdtempSync(join(tmpdir(), 'jjld-layouts-'));
const CODE = '91510107MA62N8XQ4Y';

/** A cell for every field, and what the draft stores for it when that is not the cell's text. */
const CELLS: Record<FieldKey, [string, unknown?]> = {
  seq: ['1'], sampleNo: ['LAY0001'], samplingDate: ['2025-04-15'], samplingType: ['监督抽检', 'supervisory'], planName: ['字段测试计划', 'plan-1'],
  taskSource: ['字段测试任务'], link: ['流通', 'distribution'], nominalProducerName: ['四川字段测试食品有限公司'],
  nominalProducerAddress: ['四川省眉山市东坡区字段路1号'], nominalProducerCreditCode: [CODE], sampledPartyName: ['成都市武侯区字段测试超市'],
  sampledPartyAddress: ['四川省成都市武侯区字段路2号'], sampledPartyCreditCode: [CODE], sampledPartyLicence: ['JY15101070012345'],
  foodName: ['芹菜'], spec: ['500g'], trademark: ['字段牌'], productionDate: ['2025-04-12'], shelfLife: ['7天'],
  category: ['芹菜', catalogue.findCategory('芹菜')!.id], categorySub2: ['叶菜类蔬菜'], categorySub: ['蔬菜'], categoryMajor: ['食用农产品'],
  failedItems: ['毒死蜱'], itemName: ['毒死蜱'], resultText: ['0.12'], limitText: ['≤0.02'], unit: ['mg/kg'], standard: ['GB 2763-2021'],
  judgement: ['不合格', 'unqualified'], labelRequirement: ['字段标签'], minLimit: ['1'], maxLimit: ['2'], lab: ['字段检验院'],
  samplers: ['张某、李某', ['张某', '李某']], accompanyingOfficer: ['王某'], importedColdChain: ['否', false], regionCode: ['510107'],
  remarks: ['字段备注'], conclusion: ['不合格'], conclusionReceivedOn: ['2025-04-20'], reportCategory: ['一般不合格报告'],
  sampledPartyProvince: ['四川省'], sampledPartyCity: ['成都市'], sampledPartyCounty: ['武侯区'], entrustingName: ['四川委托有限公司'],
  entrustingAddress: ['四川省眉山市东坡区委托路3号'], batchNo: ['B20250412'], noticeNo: ['2025年第1号'], noticeDate: ['2025-05-01'],
  noticeUrl: ['https://www.samr.gov.cn/notice/1'],
};

/** A layout that carries both item shapes is tried with each: a file has one or the other. */
function variants(layout: LayoutSpec): FieldKey[][] {
  const fields = [...layout.fields];
  if (!fields.includes('failedItems') || !fields.includes('itemName')) return [fields];
  const perItem: FieldKey[] = ['itemName', 'judgement', 'standard', 'labelRequirement'];
  // A provincial table with item columns has no 抽样编号 (with one, it is the template's header).
  const byColumns = fields.filter((f) => f !== 'failedItems' && !(layout.id === 'provincial' && f === 'sampleNo'));
  return [byColumns, fields.filter((f) => !perItem.includes(f))];
}

async function parseOne(layout: LayoutSpec, fields: FieldKey[]) {
  const path = join(dir, `${layout.id}-${fields.length}.csv`);
  writeFileSync(path, [fields.map((f) => ALIASES[f][0]).join(','), fields.map((f) => CELLS[f][0]).join(',')].join('\r\n'));
  let header: HeaderInfo | null = null;
  const samples: ParsedSample[] = [];
  for await (const e of parseSampleFile(path, { format: layout.id, fileName: 'fields.csv' })) {
    if (e.type === 'header') header = e.header;
    if (e.type === 'sample') samples.push(e.sample);
    if (e.type === 'fatal') throw new Error(e.message);
  }
  return { header: header!, sample: samples[0] };
}

const at = (value: unknown, path: string) => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | null)?.[k], value);

describe('layouts as data', () => {
  it('declares a use for every field, and every layout reads only fields with one', () => {
    for (const layout of LAYOUTS) for (const f of layout.fields) expect(FIELD_USE[f], `${layout.id}.${f}`).toBeDefined();
  });

  describe.each(LAYOUTS.flatMap((l) => variants(l).map((fields) => [l.id, l, fields] as const)))('%s', (_id, layout, fields) => {
    it(`stores every column it reads (${fields.length} columns)`, async () => {
      const { header, sample } = await parseOne(layout, fields);
      expect(header.layout).toBe(layout.id);
      // Every column was read: none is left unmapped, none is dropped.
      expect(header.unmapped).toEqual([]);
      expect(Object.keys(header.mapping).sort()).toEqual([...fields].sort());
      const mapped = mapParsedSample(sample, header, { format: layout.id, dryRun: false, today: '2026-01-01', plansByName: new Map([['字段测试计划', 'plan-1']]) }, catalogue);
      if (!('draft' in mapped)) throw new Error(JSON.stringify(mapped));
      for (const field of fields) {
        const use = FIELD_USE[field];
        if (!('stored' in use)) continue;
        const [cell, stored = cell] = CELLS[field];
        expect(at(mapped.draft, use.stored), `${field} → ${use.stored}`).toEqual(stored);
      }
    });
  });
});
