/**
 * The layouts a sampling file comes in, each one declared object: how it is recognised from the
 * header's mapped fields, how its rows make samples, which fields it can carry. The header
 * aliases (aliases.ts) are shared: every layout names a column the same way, and a column a
 * layout cannot carry is listed as unmapped for that file rather than read.
 *
 * Recognition runs in `LAYOUTS` order; the first layout whose `recognise` holds wins. A user's
 * explicit choice is checked with `accepts` instead (a weaker test: the columns the layout
 * cannot do without).
 */
import type { FieldKey, Layout } from './types.js';
import { normaliseKey } from './normalise.js';

type Mapping = Partial<Record<FieldKey, string>>;

export interface LayoutSpec {
  id: Layout;
  /** As the import page and summary show it. */
  label: string;
  /**
   * How rows make samples: `continuation` — a sample's rows stand together and its later rows
   * leave the sample cells blank or repeat them (assemble-samples.ts); `sampleNo` — every row
   * repeats the sample's fields and rows with one 抽样编号 belong together wherever they stand
   * (group-by-sample-no.ts).
   */
  grouping: 'continuation' | 'sampleNo';
  /**
   * Samples taken outside Sichuan (被抽样单位省): `skip` keeps them out of the province's records
   * unless the producer is in Sichuan (then they feed its history); `keep` imports them flagged.
   */
  outOfProvince: 'skip' | 'keep';
  /** The fields this layout carries; a recognised column outside them is reported as unmapped. */
  fields: readonly FieldKey[];
  recognise: (mapping: Mapping) => boolean;
  /** Why the header cannot be read in this layout (for a user's explicit choice), or null. */
  accepts: (mapping: Mapping) => string | null;
}

/** The failed-item column packs item, result and limit into one cell. */
export function hasCombinedFailedItems(mapping: Mapping): boolean {
  const header = mapping.failedItems;
  return header !== undefined && /[║/]/.test(normaliseKey(header));
}

const has = (mapping: Mapping, ...fields: FieldKey[]) => fields.every((f) => mapping[f] !== undefined);

/** Sample fields every published layout may carry. */
const SAMPLE_FIELDS: FieldKey[] = [
  'seq', 'sampleNo', 'foodName', 'spec', 'trademark', 'productionDate', 'shelfLife', 'category', 'taskSource',
  'nominalProducerName', 'nominalProducerAddress', 'nominalProducerCreditCode',
  'sampledPartyName', 'sampledPartyAddress', 'sampledPartyCreditCode', 'sampledPartyLicence',
  'lab', 'remarks', 'conclusion', 'conclusionReceivedOn', 'samplingDate', 'samplingType', 'planName', 'link',
  'samplers', 'accompanyingOfficer', 'importedColdChain', 'regionCode',
];
const COLUMN_ITEM_FIELDS: FieldKey[] = ['itemName', 'resultText', 'limitText', 'unit', 'standard', 'judgement', 'labelRequirement'];
const NOTICE_FIELDS: FieldKey[] = ['noticeNo', 'noticeDate', 'noticeUrl'];

const TEMPLATE_MARKERS: FieldKey[] = ['samplingDate', 'judgement', 'link', 'samplingType', 'samplers'];
const looksLikeTemplate = (m: Mapping) => has(m, 'sampleNo', 'itemName') && TEMPLATE_MARKERS.some((f) => m[f] !== undefined);

/** The national sampling system's export (国抽数据, sheet data_1): one row per test item. */
const nationalExport: LayoutSpec = {
  id: 'nationalExport',
  outOfProvince: 'skip',
  label: '国抽数据（国家抽检系统导出）',
  grouping: 'sampleNo',
  fields: [
    ...SAMPLE_FIELDS, ...COLUMN_ITEM_FIELDS, 'reportCategory', 'sampledPartyProvince', 'sampledPartyCity', 'sampledPartyCounty',
    'entrustingName', 'entrustingAddress', 'batchNo', 'categorySub', 'categorySub2', 'categoryMajor', 'minLimit', 'maxLimit',
  ],
  // 报告分类 is the export's own column; without it, a per-item sheet that names the province.
  recognise: (m) => has(m, 'sampleNo', 'itemName') && (has(m, 'reportCategory') || has(m, 'sampledPartyProvince', 'judgement')),
  accepts: (m) => (has(m, 'sampleNo', 'itemName') ? null : '缺少“抽样编号”或“检验项目”列'),
};

/** 合格公示表 / 不合格公示表: the national publication layout with 公告号 and 公告日期. */
const publication: LayoutSpec = {
  id: 'publication',
  outOfProvince: 'skip',
  label: '合格/不合格公示表',
  grouping: 'continuation',
  fields: [...SAMPLE_FIELDS, 'failedItems', 'resultText', 'limitText', 'unit', ...NOTICE_FIELDS, 'sampledPartyProvince', 'categoryMajor'],
  recognise: (m) => !has(m, 'itemName') && (has(m, 'noticeNo') || has(m, 'noticeDate') || has(m, 'noticeUrl')),
  accepts: (m) => (has(m, 'noticeNo') || has(m, 'noticeDate') ? null : '缺少“公告号”或“公告日期”列'),
};

const template: LayoutSpec = {
  id: 'template',
  outOfProvince: 'keep',
  label: '平台导入模板',
  grouping: 'continuation',
  fields: [...SAMPLE_FIELDS, ...COLUMN_ITEM_FIELDS],
  recognise: looksLikeTemplate,
  accepts: (m) => (looksLikeTemplate(m) ? null : '缺少模板的“抽样编号”“检验项目”“抽样日期”等列'),
};

/** The State Administration's notice tables (国家总局通告表): one failed item per row. */
const national: LayoutSpec = {
  id: 'national',
  outOfProvince: 'keep',
  label: '国家总局通告表',
  grouping: 'continuation',
  fields: [...SAMPLE_FIELDS, ...COLUMN_ITEM_FIELDS, 'failedItems', ...NOTICE_FIELDS, 'categoryMajor'],
  recognise: (m) => has(m, 'sampleNo') && !hasCombinedFailedItems(m),
  accepts: (m) => (has(m, 'sampleNo') ? null : '缺少“抽样编号”列'),
};

/** Provincial tables: no sample number, every failed item in one 项目║结果║标准值 cell. */
const provincial: LayoutSpec = {
  id: 'provincial',
  outOfProvince: 'keep',
  label: '省级公布表',
  grouping: 'continuation',
  fields: [...SAMPLE_FIELDS, ...COLUMN_ITEM_FIELDS, 'failedItems', ...NOTICE_FIELDS, 'categoryMajor'],
  recognise: () => true,
  accepts: (m) => (looksLikeTemplate(m) ? '这是平台导入模板的表头' : null),
};

/** In recognition order: the most specific header first, the provincial table as the fallback. */
export const LAYOUTS: readonly LayoutSpec[] = [nationalExport, publication, template, national, provincial];

export const LAYOUT_BY_ID = Object.fromEntries(LAYOUTS.map((l) => [l.id, l])) as Record<Layout, LayoutSpec>;

export const LAYOUT_IDS = LAYOUTS.map((l) => l.id) as [Layout, ...Layout[]];
