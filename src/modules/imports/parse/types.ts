/**
 * The contract between the file parsers (this folder) and the import pipeline. Parsers read a
 * spreadsheet row by row (streamed, never whole), find the header, map columns by alias, join
 * continuation rows, normalise text, and yield one ParsedSample per sample with the sheet row
 * numbers it came from. They never touch the database.
 */

/**
 * The layouts a file can be read in (declared in layouts.ts): the national sampling system's
 * data export (国抽数据), the State Administration's notice tables, the publication tables
 * (合格/不合格公示表), provincial tables and our template.
 */
export type Layout = 'nationalExport' | 'national' | 'publication' | 'provincial' | 'template';
export type FormatOption = 'auto' | Layout;

/** Canonical fields a column can map to. */
export type FieldKey =
  | 'seq'
  | 'sampleNo'
  | 'samplingDate'
  | 'samplingType'
  | 'planName'
  | 'taskSource'
  | 'link'
  | 'nominalProducerName'
  | 'nominalProducerAddress'
  | 'nominalProducerCreditCode'
  | 'sampledPartyName'
  | 'sampledPartyAddress'
  | 'sampledPartyCreditCode'
  | 'sampledPartyLicence'
  | 'foodName'
  | 'spec'
  | 'trademark'
  | 'productionDate'
  | 'shelfLife'
  | 'category'
  | 'failedItems'
  | 'itemName'
  | 'resultText'
  | 'limitText'
  | 'unit'
  | 'standard'
  | 'judgement'
  | 'labelRequirement'
  | 'lab'
  | 'samplers'
  | 'accompanyingOfficer'
  | 'importedColdChain'
  | 'regionCode'
  | 'remarks'
  | 'conclusion'
  | 'conclusionReceivedOn'
  // The national export (国抽数据) and the publication tables.
  | 'reportCategory'
  | 'sampledPartyProvince'
  | 'sampledPartyCity'
  | 'sampledPartyCounty'
  | 'entrustingName'
  | 'entrustingAddress'
  | 'batchNo'
  | 'categorySub'
  | 'categorySub2'
  | 'categoryMajor'
  | 'minLimit'
  | 'maxLimit'
  | 'noticeNo'
  | 'noticeDate'
  | 'noticeUrl';

export interface ParsedResultItem {
  itemName: string;
  /** As published: "0.12", "未检出", "<0.01", "4.3×10⁴". */
  resultText: string;
  /** As published: "≤0.02", "不得检出", "0.02". May be null when the file has no limit. */
  limitText: string | null;
  unit: string | null;
  standard: string | null;
  /** "合格" / "不合格" / "问题" when the file says so per item (template layout). */
  judgementText: string | null;
}

export interface ParsedSample {
  /** First sheet row of this sample, as the spreadsheet shows it (1-based; title rows count). */
  row: number;
  /** Every sheet row that contributed (the first row plus continuation rows). */
  rows: number[];
  sampleNo: string | null;
  foodName: string | null;
  spec: string | null;
  trademark: string | null;
  /** The production date or batch as published (e.g. "2025-04-12", "购进日期：2025/4/12", "批号A123"). */
  productionDateText: string | null;
  /** Parsed production date YYYY-MM-DD, when the text holds one (Excel serials included). */
  productionDate: string | null;
  shelfLife: string | null;
  samplingDate: string | null;
  samplingType: string | null;
  planName: string | null;
  taskSource: string | null;
  link: string | null;
  category: string | null;
  nominalProducerName: string | null;
  nominalProducerAddress: string | null;
  nominalProducerCreditCode: string | null;
  sampledPartyName: string | null;
  sampledPartyAddress: string | null;
  sampledPartyCreditCode: string | null;
  sampledPartyLicence: string | null;
  labName: string | null;
  samplers: string[];
  accompanyingOfficer: string | null;
  importedColdChain: boolean | null;
  regionCode: string | null;
  remarks: string | null;
  /** Sample-level conclusion stated by the file, if any ("合格"/"不合格"/"问题"). */
  conclusionText: string | null;
  /** The day the unqualified conclusion was received (YYYY-MM-DD), when the file says: disposal periods count from it. */
  conclusionReceivedOn: string | null;
  /** 报告分类 of the national export (合格报告, 一般不合格报告 …): the lab's conclusion for the sample. */
  reportCategory: string | null;
  /** 被抽样单位省 / 所在省份, 市, 县 as the file gives them. */
  sampledPartyProvince: string | null;
  sampledPartyCity: string | null;
  sampledPartyCounty: string | null;
  /** True when the producer came from 委托企业名称/地址 because 标识生产企业 was empty or absent. */
  producerFromEntrusting: boolean;
  /** 样品批号 when the file has its own column for it (the export has 生产日期 and 样品批号). */
  batchNo: string | null;
  /** Category names the file gives, finest first (分类/食品细类, 次亚类, 亚类, 大类). */
  categoryCandidates: string[];
  /** 公告号 / 公告日期 (YYYY-MM-DD) / 公告网址链接 of a publication table. */
  noticeNo: string | null;
  noticeDate: string | null;
  noticeUrl: string | null;
  items: ParsedResultItem[];
  /** Problems found while parsing this sample's rows (bad dates, impossible values …). */
  errors: RowError[];
}

export interface RowError {
  row: number;
  /** The column header as it appears in the file, or null for a whole-row problem. */
  column: string | null;
  message: string;
}

export interface HeaderInfo {
  layout: Layout;
  sheetName: string | null;
  headerRow: number;
  /** Canonical field → the header text it was matched from. */
  mapping: Partial<Record<FieldKey, string>>;
  /** Headers present in the file that mapped to nothing. */
  unmapped: string[];
  /** From the title rows or file name: "不合格" / "合格" files of the provincial layout. */
  fileConclusion: 'qualified' | 'unqualified' | null;
  title: string | null;
}

export type ParseEvent =
  | { type: 'header'; header: HeaderInfo }
  | { type: 'sample'; sample: ParsedSample }
  /** A file-level problem: unreadable file, no header found, empty sheet. Parsing stops. */
  | { type: 'fatal'; message: string }
  /**
   * How far parsing has come: bytes read (compressed bytes for xlsx); `share` of the table read
   * (0–1, by bytes, or by the sheet's own XML when the file was read ahead of it); and the last
   * row the sheet declares when it does (xlsx), which measures progress by rows instead.
   */
  | { type: 'progress'; bytesRead: number; totalBytes: number; share: number; declaredLastRow: number | null };

export interface ParseOptions {
  format: FormatOption;
  /** Original file name (extension decides xlsx vs csv; "不合格" in the name hints the conclusion). */
  fileName: string;
}
