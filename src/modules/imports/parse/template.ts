/**
 * The platform's own import template: one row per test item; the continuation rows of a sample
 * repeat its 抽样编号 (or leave the sample columns blank). The UI's "download template" writes
 * exactly these headers, so every header here must also be an alias in aliases.ts.
 */
import type { FieldKey } from './types.js';

export interface TemplateColumn {
  /** Header text as written in the template; a trailing * marks a required column. */
  header: string;
  field: FieldKey;
  required: boolean;
  /** What to type, shown as a cell note in the downloaded template. */
  hint: string | null;
}

const col = (header: string, field: FieldKey, hint: string | null = null): TemplateColumn => ({
  header,
  field,
  required: header.endsWith('*'),
  hint,
});

export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  col('抽样编号*', 'sampleNo', '同一样品的多个检验项目各占一行，重复填写抽样编号'),
  col('抽样日期*', 'samplingDate', '如 2025-04-12'),
  col('抽检类型', 'samplingType', '监督抽检 / 风险监测 / 评价性抽检'),
  col('计划名称', 'planName'),
  col('任务来源', 'taskSource'),
  col('环节', 'link', '生产 / 流通 / 餐饮 / 网络'),
  col('被抽样单位名称*', 'sampledPartyName'),
  col('被抽样单位统一社会信用代码', 'sampledPartyCreditCode'),
  col('被抽样单位地址', 'sampledPartyAddress'),
  col('被抽样单位许可证号', 'sampledPartyLicence'),
  col('行政区划代码', 'regionCode', '被抽样单位所在县级行政区划代码，如 510107'),
  col('标称生产企业名称', 'nominalProducerName'),
  col('标称生产企业统一社会信用代码', 'nominalProducerCreditCode'),
  col('标称生产企业地址', 'nominalProducerAddress'),
  col('食品名称*', 'foodName'),
  col('食品分类', 'category'),
  col('规格型号', 'spec'),
  col('商标', 'trademark'),
  col('生产日期/批号', 'productionDate'),
  col('保质期', 'shelfLife', '如 12个月、180天'),
  col('检验机构', 'lab'),
  col('抽样人员', 'samplers', '多人用“、”或“,”分隔'),
  col('陪同执法人员', 'accompanyingOfficer', '食用农产品、进口冷链食品必填'),
  col('进口冷链食品', 'importedColdChain', '是 / 否'),
  col('检验项目', 'itemName'),
  col('检验结果', 'resultText', '如 0.12、未检出、<0.01、0.54mg/100cm²；微生物采样方案填全部 n 个结果，逗号分隔，如 120,80,30,10,5'),
  col('单位', 'unit', '如 mg/kg'),
  col('标准值', 'limitText', '如 ≤0.02、不得检出、n=5,c=2,m=10,M=100'),
  col('判定依据', 'standard', '如 GB 2763-2021'),
  col('单项判定', 'judgement', '合格 / 不合格 / 问题'),
  col('备注', 'remarks'),
];

export const TEMPLATE_HEADERS: readonly string[] = TEMPLATE_COLUMNS.map((c) => c.header);
