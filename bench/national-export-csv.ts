/**
 * The national sampling system's data export (国抽数据) as a CSV built from the same synthetic
 * samples as national-csv.ts: one row per test item with the sample's columns repeated on every
 * row, 报告分类 per sample and 结果判定 per item, plus columns the platform does not read.
 * Sample numbers carry a prefix so that the export and the notice of one run are different samples.
 */
import type { CatalogueView } from '../src/modules/demo/synthetic/catalogue-view.js';
import { writeSyntheticCsv, type CsvInfo } from './national-csv.js';

export const EXPORT_HEADERS = [
  '序号', '抽样编号', '报告分类', '任务来源', '食品大类', '食品亚类', '食品次亚类', '食品细类', '样品名称', '样品规格', '商标',
  '生产日期', '样品批号', '标识生产企业名称', '标识生产企业地址', '委托企业名称', '委托企业地址', '被抽样单位名称',
  '被抽样单位省', '被抽样单位市', '被抽样单位县', '被抽样单位地址', '抽样日期', '检验项目', '检验结果', '结果单位',
  '判定依据', '标准值', '最小允许限', '最大允许限', '结果判定', '检验机构名称', '备注', '抽样单位名称', '样品条码',
];

const REPORT = { qualified: '合格报告', unqualified: '一般不合格报告', issue: '问题样品报告' } as const;
const JUDGEMENT = { qualified: '合格', unqualified: '不合格', issue: '问题' } as const;

export async function writeNationalExportCsv(
  path: string,
  view: CatalogueView,
  options: { rows: number; seed: number; today: string; prefix: string },
): Promise<CsvInfo> {
  let rows = 0;
  return writeSyntheticCsv(path, view, options, EXPORT_HEADERS, (s, room) => {
    const no = `${options.prefix}${s.sampleNo}`;
    return s.items.slice(0, room).map((item) => {
      const unit = item.unit && !/^[/]/.test(item.unit) ? item.unit : '';
      rows++;
      return [
        String(rows), no, REPORT[s.conclusion], s.taskSource, s.rootName, '', '', s.categoryName, s.foodName, s.spec ?? '/', s.trademark ?? '/',
        s.productionDate ?? '/', '/', s.nominalProducer?.name ?? '/', s.nominalProducer?.address ?? '/', '/', '/', s.sampledParty.name,
        '四川省', '', '', s.sampledParty.address, s.samplingDate, item.itemName, item.resultText, unit, item.standard, item.limitText, '', '',
        JUDGEMENT[item.judgement], s.labName, '', s.labName, `BC${no}`,
      ];
    });
  });
}
