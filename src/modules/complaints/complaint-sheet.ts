import { normaliseKey } from '../imports/parse/normalise.js';
import { parseDate } from '../imports/parse/dates.js';
import type { RawRow } from '../imports/parse/read-rows.js';
import { localDateTime } from '../../domain/time.js';

/**
 * The 12345 platform's export, by header alias (like the sample import's aliases.ts): exports
 * differ by platform version and city, so columns are matched by name, not position.
 */
export const COMPLAINT_ALIASES = {
  hotlineNo: ['工单编号', '工单号', '12345工单号', '12345工单编号', '受理编号', '转办件编号', '编号'],
  kind: ['诉求类型', '工单类型', '类型', '投诉举报类型', '类别'],
  name: ['诉求人', '来电人', '来电人姓名', '投诉人', '举报人', '投诉举报人', '姓名', '联系人'],
  phone: ['联系电话', '来电号码', '诉求人电话', '联系方式', '电话', '手机'],
  description: ['诉求内容', '工单内容', '来电内容', '问题描述', '反映内容', '内容', '诉求描述'],
  address: ['事发地址', '诉求地址', '发生地址', '事发地点', '地址'],
  enterpriseName: ['被投诉对象', '被投诉单位', '被举报对象', '被举报单位', '被反映对象', '被反映单位', '涉及企业', '涉事单位'],
  creditCode: ['统一社会信用代码', '信用代码'],
  foodName: ['食品名称', '涉及产品', '涉及食品', '商品名称'],
  dueAt: ['办理时限', '办结时限', '要求办结时间', '截止时间', '办理期限'],
  receivedAt: ['受理时间', '来电时间', '派单时间', '转办时间', '登记时间'],
  anonymous: ['是否匿名', '是否保密', '匿名'],
} as const;
export type ComplaintField = keyof typeof COMPLAINT_ALIASES;

const byAlias = new Map<string, ComplaintField>();
for (const [field, names] of Object.entries(COMPLAINT_ALIASES)) for (const n of names) byAlias.set(normaliseKey(n), field as ComplaintField);

export interface ComplaintHeader {
  row: number;
  columns: Map<ComplaintField, number>;
  mapping: Record<string, string>;
}

/** The header row: the first of the top 15 rows naming the description and at least two other fields. */
export function findComplaintHeader(rows: RawRow[]): ComplaintHeader | null {
  for (const r of rows.slice(0, 15)) {
    const columns = new Map<ComplaintField, number>();
    const mapping: Record<string, string> = {};
    r.cells.forEach((cell, i) => {
      const field = byAlias.get(normaliseKey(cell ?? ''));
      if (field && !columns.has(field)) {
        columns.set(field, i);
        mapping[field] = cell.trim();
      }
    });
    if (columns.has('description') && columns.size >= 3) return { row: r.row, columns, mapping };
  }
  return null;
}

/** "2026-12-08 18:00", "2026/12/8", an Excel serial with a fraction, or a date alone (end of that day). */
export function parseDateTime(text: string, numeric: boolean, endOfDay: boolean): Date | null | 'invalid' {
  const t = text.trim();
  if (!t) return null;
  if (numeric && /^\d+(\.\d+)?$/.test(t)) {
    const serial = Number(t);
    const ms = Date.UTC(1899, 11, 30) + serial * 86_400_000; // 1900 system, past 1900-03-01
    return new Date(ms - 8 * 3600_000); // the sheet's wall clock is Asia/Shanghai
  }
  const date = parseDate(t);
  if (date.error || !date.date) return 'invalid';
  const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(t.slice(10));
  if (time) return localDateTime(date.date, `${time[1].padStart(2, '0')}:${time[2]}:${time[3] ?? '00'}`);
  return endOfDay ? localDateTime(date.date, '23:59:59') : localDateTime(date.date);
}

export function kindOf(text: string): 'complaint' | 'report' | null {
  if (!text.trim()) return null;
  if (/举报/.test(text)) return 'report';
  if (/投诉|咨询|求助|意见/.test(text)) return 'complaint';
  return null;
}
