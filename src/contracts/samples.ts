/** Reply contracts of /api/samples (抽检数据: list, detail, manual entry, results). */
import { z } from 'zod';
import { actions, historyEntry, localDate, pageOf, timestamp } from './common.js';

export const samplingType = z.enum(['supervisory', 'risk_monitoring', 'evaluative']);
export const link = z.enum(['production', 'distribution', 'catering', 'online']);
export const conclusion = z.enum(['pending', 'qualified', 'unqualified', 'issue']);

/** A microbiological sampling plan, GB 4789.1-2016 §3.2 (M null for a two-class plan). */
export const samplingPlan = z.object({ n: z.number(), c: z.number(), m: z.number(), M: z.number().nullable() });

/** A row of the samples list: what a results table shows (no items, no history). */
export const sampleRow = z.object({
  id: z.string(),
  sampleNo: z.string(),
  samplingType,
  foodName: z.string(),
  /** null: the file did not carry it and it could not be inferred (待确定). */
  link: link.nullable(),
  categoryId: z.string().nullable(),
  categoryRootId: z.string().nullable(),
  categoryName: z.string().nullable(),
  categoryRootName: z.string().nullable(),
  sampledPartyId: z.string().nullable(),
  sampledPartyName: z.string(),
  nominalProducerId: z.string().nullable(),
  nominalProducerName: z.string().nullable(),
  regionCode: z.string().nullable(),
  ownerUnitId: z.string(),
  samplingDate: localDate,
  productionDate: localDate.nullable(),
  batchNo: z.string().nullable(),
  conclusion,
  needsReview: z.boolean(),
  labName: z.string().nullable(),
  version: z.number(),
});
export type SampleRow = z.infer<typeof sampleRow>;
export const samplePage = pageOf(sampleRow);

/** The stored sample, as creating it or recording its results answers. */
export const sampleRecord = sampleRow.omit({ categoryName: true, categoryRootName: true }).extend({
  planId: z.string().nullable(),
  taskSource: z.string().nullable(),
  spec: z.string().nullable(),
  trademark: z.string().nullable(),
  /** 保质期 as written ("12个月", "180天"). */
  shelfLife: z.string().nullable(),
  sampledPartyAddress: z.string().nullable(),
  nominalProducerAddress: z.string().nullable(),
  samplers: z.array(z.string()),
  organisedByMarketRegulation: z.boolean(),
  importedColdChain: z.boolean(),
  accompanyingOfficer: z.string().nullable(),
  reportNo: z.string().nullable(),
  /** The day the conclusion was received: the disposal's periods count from it. */
  conclusionReceivedOn: localDate.nullable(),
  remarks: z.string().nullable(),
  noticeNo: z.string().nullable(),
  noticeDate: localDate.nullable(),
  noticeUrl: z.string().nullable(),
  /** Fields an import inferred rather than read: { 中文字段: how }. */
  inferred: z.record(z.string(), z.string()),
  reviewReasons: z.array(z.string()),
  /** demo: a synthetic sample of demo mode. */
  source: z.enum(['manual', 'import', 'demo']),
  importJobId: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type SampleRecord = z.infer<typeof sampleRecord>;

export const resultItem = z.object({
  id: z.string(),
  itemName: z.string(),
  resultText: z.string(),
  /** The n results of a microbiological sampling plan, each as reported; null for one result. */
  subResults: z.array(z.string()).nullable(),
  unit: z.string().nullable(),
  limitText: z.string().nullable(),
  /** The plan the item was judged by (GB 4789.1-2016 §3.2). */
  samplingPlan: samplingPlan.nullable(),
  standard: z.string().nullable(),
  judgement: z.enum(['qualified', 'unqualified', 'issue']),
  microbiological: z.boolean(),
});
export type ResultItem = z.infer<typeof resultItem>;

/** A result set: the first lab's (初检) or a retest lab's (复检), linked to its application. */
export const resultSet = z.object({
  kind: z.enum(['initial', 'retest']),
  /** The set the sample's conclusion goes by: the latest. */
  effective: z.boolean(),
  objectionId: z.string().nullable(),
  retestLab: z.string().nullable(),
  concludedAt: z.string().nullable(),
  items: z.array(resultItem),
});
export type ResultSet = z.infer<typeof resultSet>;

/** A record that grew out of the sample; `href` is null when the user may not open it. */
export const relatedRecord = z.object({
  kind: z.enum(['disposal', 'urgentReport', 'objection', 'case']),
  id: z.string(),
  title: z.string(),
  statusName: z.string(),
  href: z.string().nullable(),
});
export type RelatedRecord = z.infer<typeof relatedRecord>;

export const sampleDetail = sampleRecord.extend({
  categoryName: z.string().nullable(),
  categoryRootName: z.string().nullable(),
  planName: z.string().nullable(),
  ownerUnitName: z.string(),
  /** The effective result set's items. */
  items: z.array(resultItem),
  /** Every result set: the initial one, then a retest's beside it. */
  resultSets: z.array(resultSet),
  history: z.array(historyEntry),
  related: z.array(relatedRecord),
  actions,
});
export type SampleDetail = z.infer<typeof sampleDetail>;
