/**
 * Header aliases: the names publishers give each column. Matching is on normaliseKey (full-width
 * folded, whitespace and * removed, ║‖||| unified), then once more with a trailing note such as
 * "(mg/kg)" stripped. 抽样单位 / 抽样机构 are deliberately absent: they name the sampling
 * organisation, not the sampled party.
 */
import type { FieldKey } from './types.js';
import { normaliseKey, stripTrailingNote } from './normalise.js';

export const ALIASES: Record<FieldKey, readonly string[]> = {
  seq: ['序号', '序列号'],
  sampleNo: ['抽样编号', '抽样单编号', '样品编号', '抽样单号'],
  samplingDate: ['抽样日期', '抽样时间', '采样日期'],
  samplingType: ['抽检类型', '抽样类型', '抽检类别'],
  planName: ['计划名称', '抽检计划', '抽检计划名称'],
  taskSource: ['任务来源', '任务来源/项目名称', '任务类别'],
  link: ['环节', '抽样环节', '抽检环节'],
  nominalProducerName: [
    '标称生产企业名称', '标称生产者名称', '标称生产企业或供货单位名称', '生产企业名称',
    '标称生产企业（供货单位）名称', '标称生产企业（供货商）名称', '生产者名称', '标称生产单位名称',
    '标识生产企业名称',
  ],
  nominalProducerAddress: [
    '标称生产企业地址', '标称生产者地址', '标称生产企业或供货单位地址', '生产企业地址',
    '标称生产企业（供货单位）地址', '标称生产企业（供货商）地址', '生产者地址', '标称生产单位地址',
    '标识生产企业地址',
  ],
  nominalProducerCreditCode: ['标称生产企业统一社会信用代码', '生产企业统一社会信用代码'],
  sampledPartyName: [
    '被抽样单位名称', '被抽检单位名称', '受检单位', '受检单位名称', '被抽样单位', '被抽检单位',
  ],
  sampledPartyAddress: ['被抽样单位地址', '被抽检单位地址', '受检单位地址'],
  sampledPartyCreditCode: [
    '被抽样单位统一社会信用代码', '被抽检单位统一社会信用代码', '受检单位统一社会信用代码',
  ],
  sampledPartyLicence: ['被抽样单位许可证号', '被抽检单位许可证号', '许可证号', '食品经营许可证号'],
  foodName: ['食品名称', '样品名称', '产品名称'],
  spec: ['规格型号', '规格', '规格型号/等级', '样品规格'],
  trademark: ['商标', '品牌'],
  productionDate: [
    '生产日期/批号', '生产日期', '生产日期或批号', '购进日期', '生产（购进）日期',
    '生产日期/购进日期', '生产日期（批号）', '批号',
  ],
  shelfLife: ['保质期'],
  category: ['分类', '食品细类', '食品类别', '食品分类', '类别'],
  // The national export's coarser categories: the finest one the catalogue knows is used.
  categorySub2: ['食品次亚类'],
  categorySub: ['食品亚类'],
  categoryMajor: ['食品大类'],
  failedItems: [
    '不合格项目║检验结果║标准值', '不合格项目/检验结果/标准值', '不合格项目║检验值║标准值',
    '不合格项目', '主要不合格项目', '不合格项目名称',
  ],
  itemName: ['检验项目', '项目名称', '检测项目'],
  resultText: ['检验结果', '检验值', '实测值', '检测结果', '检测值'],
  limitText: ['标准值', '标准要求', '限量值', '标准限值', '标准指标'],
  unit: ['单位', '计量单位', '结果单位'],
  minLimit: ['最小允许限', '最小允许限值'],
  maxLimit: ['最大允许限', '最大允许限值'],
  standard: ['判定依据', '检验依据', '标准依据'],
  judgement: ['单项判定', '单项结论', '项目判定', '结果判定'],
  labelRequirement: ['标签标注要求', '标签明示值'],
  lab: ['检验机构', '承检机构', '检测机构', '检验单位', '检验检测机构', '检验机构名称'],
  samplers: ['抽样人员', '抽样人'],
  accompanyingOfficer: ['陪同执法人员', '陪同人员', '陪同抽样执法人员'],
  importedColdChain: ['进口冷链食品', '是否进口冷链食品'],
  regionCode: ['行政区划代码', '区划代码'],
  remarks: ['备注', '说明'],
  conclusion: ['检验结论', '结论', '判定结论', '抽检结论'],
  // The legal trigger of the disposal's periods (a report date is the earliest the conclusion can have been received).
  reportCategory: ['报告分类'],
  sampledPartyProvince: ['被抽样单位省', '被抽样单位所在省份', '被抽样单位所在省', '被抽样单位省份'],
  sampledPartyCity: ['被抽样单位市', '被抽样单位所在市'],
  sampledPartyCounty: ['被抽样单位县', '被抽样单位区县', '被抽样单位所在县'],
  entrustingName: ['委托企业名称', '委托生产企业名称'],
  entrustingAddress: ['委托企业地址', '委托生产企业地址'],
  batchNo: ['样品批号', '批次号'],
  noticeNo: ['公告号', '公告编号'],
  noticeDate: ['公告日期', '公告发布日期'],
  noticeUrl: ['公告网址链接', '公告网址', '公告链接'],
  conclusionReceivedOn: ['检验结论收到日期', '收到检验结论日期', '结论收到日期', '结果送达日期', '检验结果送达日期', '报告日期', '检验报告日期'],
};

const BY_KEY = new Map<string, FieldKey>();
for (const [field, names] of Object.entries(ALIASES) as [FieldKey, readonly string[]][]) {
  for (const name of names) BY_KEY.set(normaliseKey(name), field);
}

/** The canonical field a header cell names, or null. */
export function matchHeader(text: string): FieldKey | null {
  const key = normaliseKey(text);
  if (key === '') return null;
  return BY_KEY.get(key) ?? BY_KEY.get(stripTrailingNote(key)) ?? null;
}
