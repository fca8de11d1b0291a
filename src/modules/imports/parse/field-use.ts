/**
 * Where each parsed field ends up. Every field a layout carries (layouts.ts) is either stored —
 * at a path of the sample draft that write-sample-batch.ts writes — or consumed by a rule that
 * decides something else (the conclusion, the region, the category), and says which. A field
 * with neither would be read and thrown away; layouts.test.ts checks every layout's fields
 * against this table with a parsed file, so a column read and stored nowhere fails a test.
 */
import type { FieldKey } from './types.js';

export type FieldUse = { stored: string } | { consumed: string };

export const FIELD_USE: Record<FieldKey, FieldUse> = {
  seq: { consumed: '只用于区分续行（序号不同的行是另一个样品）' },
  sampleNo: { stored: 'sampleNo' },
  samplingDate: { stored: 'values.samplingDate' },
  samplingType: { stored: 'values.samplingType' },
  planName: { stored: 'values.planId' },
  taskSource: { stored: 'values.taskSource' },
  link: { stored: 'values.link' },
  nominalProducerName: { stored: 'values.nominalProducerName' },
  nominalProducerAddress: { stored: 'values.nominalProducerAddress' },
  nominalProducerCreditCode: { stored: 'nominalProducer.creditCode' },
  sampledPartyName: { stored: 'values.sampledPartyName' },
  sampledPartyAddress: { stored: 'values.sampledPartyAddress' },
  sampledPartyCreditCode: { stored: 'sampledParty.creditCode' },
  sampledPartyLicence: { stored: 'sampledParty.licenceNumber' },
  foodName: { stored: 'values.foodName' },
  spec: { stored: 'values.spec' },
  trademark: { stored: 'values.trademark' },
  productionDate: { stored: 'values.productionDate' },
  shelfLife: { stored: 'values.shelfLife' },
  category: { stored: 'values.categoryId' },
  categorySub2: { consumed: '较粗的分类：细类无法识别时用于确定食品分类' },
  categorySub: { consumed: '较粗的分类：细类无法识别时用于确定食品分类' },
  categoryMajor: { consumed: '较粗的分类：细类无法识别时用于确定食品分类' },
  failedItems: { stored: 'items.0.itemName' },
  itemName: { stored: 'items.0.itemName' },
  resultText: { stored: 'items.0.resultText' },
  limitText: { stored: 'items.0.limitText' },
  unit: { stored: 'items.0.unit' },
  standard: { stored: 'items.0.standard' },
  judgement: { stored: 'items.0.judgement' },
  labelRequirement: { consumed: '无标准值时作为该项目的标准值' },
  minLimit: { consumed: '无标准值时作为该项目的下限（≥）' },
  maxLimit: { consumed: '无标准值时作为该项目的上限（≤）' },
  lab: { stored: 'values.labName' },
  samplers: { stored: 'values.samplers' },
  accompanyingOfficer: { stored: 'values.accompanyingOfficer' },
  importedColdChain: { stored: 'values.importedColdChain' },
  regionCode: { stored: 'values.regionCode' },
  remarks: { stored: 'values.remarks' },
  conclusion: { consumed: '与检验项目的判定核对，不一致时标记待核实' },
  conclusionReceivedOn: { stored: 'conclusionReceivedOn' },
  reportCategory: { consumed: '样品结论（与检验项目的判定核对，不一致时标记待核实）' },
  sampledPartyProvince: { consumed: '省外样品的取舍，并补全地址以确定行政区划' },
  sampledPartyCity: { consumed: '补全地址以确定行政区划' },
  sampledPartyCounty: { consumed: '补全地址以确定行政区划' },
  entrustingName: { consumed: '标识生产企业名称为空时作为标称生产企业' },
  entrustingAddress: { consumed: '标识生产企业名称为空时作为标称生产企业地址' },
  batchNo: { stored: 'values.batchNo' },
  noticeNo: { stored: 'values.noticeNo' },
  noticeDate: { stored: 'values.noticeDate' },
  noticeUrl: { stored: 'values.noticeUrl' },
};
