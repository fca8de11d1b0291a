/**
 * The national publication tables (合格公示表 / 不合格公示表): the layout in which the State
 * Administration and every province announce sampling results, and in which this platform's
 * announcements are to be produced (issue 17 §3). Pure: the publication module decides which
 * samples to announce; this only lays them out — header text and column order exactly as the
 * national layout has them, `/` only where the source is empty.
 *
 * The same layout is read by the import (layout `publication`, src/modules/imports/parse/layouts.ts).
 */

export type PublicationKind = 'qualified' | 'unqualified';

export interface PublicationItem {
  itemName: string;
  resultText: string | null;
  unit: string | null;
  limitText: string | null;
}

export interface PublicationSample {
  sampleNo: string;
  nominalProducerName: string | null;
  nominalProducerAddress: string | null;
  sampledPartyName: string | null;
  /** 被抽样单位所在省份 (合格公示表). */
  sampledPartyProvince: string | null;
  /** 被抽样单位地址 (不合格公示表). */
  sampledPartyAddress: string | null;
  trademark: string | null;
  /** The failed items (不合格公示表). */
  failedItems: PublicationItem[];
  labName: string | null;
  foodName: string | null;
  spec: string | null;
  /** 生产日期/批号 as it stands on the sample (a date, 批号 …). */
  productionDateText: string | null;
  category: string | null;
  noticeNo: string | null;
  /** YYYY-MM-DD */
  noticeDate: string | null;
  taskSource: string | null;
  remarks: string | null;
  noticeUrl: string | null;
}

/** Header text of each table, in the national layout's column order. */
export const PUBLICATION_HEADERS: Record<PublicationKind, readonly string[]> = {
  qualified: [
    '抽样编号', '序号', '标称生产企业名称', '标称生产企业地址', '被抽样单位名称', '被抽样单位所在省份', '商标', '食品名称', '规格型号',
    '生产日期/批号', '分类', '公告号', '公告日期', '任务来源/项目名称', '备注', '公告网址链接',
  ],
  unqualified: [
    '抽样编号', '序号', '标称生产企业名称', '标称生产企业地址', '被抽样单位名称', '被抽样单位地址', '商标', '不合格项目', '检验机构', '食品名称',
    '规格型号', '生产日期/批号', '分类', '公告号', '公告日期', '任务来源/项目名称', '备注', '公告网址链接',
  ],
};

/** What the tables print for a field the source does not have. */
export const EMPTY_CELL = '/';

const cell = (value: string | null | undefined) => (value == null || value.trim() === '' ? EMPTY_CELL : value.trim());

/** "铅(以Pb计)║1.3mg/kg║≤0.5mg/kg", one failed item per line (the national tables' notation). */
export function failedItemsCell(items: PublicationItem[]): string {
  // The unit follows a number only: "≤0.5mg/kg", but "不得使用" and "未检出" stand alone.
  const withUnit = (value: string | null, unit: string | null) =>
    value?.trim() ? `${value.trim()}${unit && /\d$/.test(value.trim()) ? unit : ''}` : EMPTY_CELL;
  return cell(items.map((i) => [i.itemName, withUnit(i.resultText, i.unit), withUnit(i.limitText, i.unit)].join('║')).join('\n'));
}

function valueOf(sample: PublicationSample, header: string, seq: number): string {
  switch (header) {
    case '抽样编号': return cell(sample.sampleNo);
    case '序号': return String(seq);
    case '标称生产企业名称': return cell(sample.nominalProducerName);
    case '标称生产企业地址': return cell(sample.nominalProducerAddress);
    case '被抽样单位名称': return cell(sample.sampledPartyName);
    case '被抽样单位所在省份': return cell(sample.sampledPartyProvince);
    case '被抽样单位地址': return cell(sample.sampledPartyAddress);
    case '商标': return cell(sample.trademark);
    case '不合格项目': return failedItemsCell(sample.failedItems);
    case '检验机构': return cell(sample.labName);
    case '食品名称': return cell(sample.foodName);
    case '规格型号': return cell(sample.spec);
    case '生产日期/批号': return cell(sample.productionDateText);
    case '分类': return cell(sample.category);
    case '公告号': return cell(sample.noticeNo);
    case '公告日期': return cell(sample.noticeDate);
    case '任务来源/项目名称': return cell(sample.taskSource);
    case '备注': return cell(sample.remarks);
    case '公告网址链接': return cell(sample.noticeUrl);
    default: throw new Error(`unknown publication column ${header}`);
  }
}

/** The table as rows of text: the header row, then one row per sample numbered from 1 (序号). */
export function publicationRows(kind: PublicationKind, samples: readonly PublicationSample[]): string[][] {
  const headers = PUBLICATION_HEADERS[kind];
  return [[...headers], ...samples.map((s, i) => headers.map((h) => valueOf(s, h, i + 1)))];
}
