/**
 * Finds the header row among the first rows of a sheet. Published workbooks put a title
 * ("附件2 … 不合格产品信息") and notes above it, so the header is the row with the most
 * recognised column names (at least 3, one of them the food name). When a merged group header
 * ("不合格项目" over 项目/结果/标准值) sits above a second header row, both rows are read.
 */
import type { FieldKey } from './types.js';
import type { RawRow } from './read-rows.js';
import { matchHeader } from './aliases.js';
import { normaliseHeaderText, normaliseKey, normaliseText } from './normalise.js';

export const HEADER_SEARCH_ROWS = 15;
const MIN_FIELDS = 3;

export interface HeaderMatch {
  headerRow: number;
  /** The last header row (headerRow, or the row below it for a two-row header). */
  lastHeaderRow: number;
  /** Field per column index; null for columns we do not read. */
  columns: (FieldKey | null)[];
  /** Header text per column, as shown in the file (for error reports). */
  names: string[];
  mapping: Partial<Record<FieldKey, string>>;
  unmapped: string[];
  /** Text of the rows above the header, one entry per row. */
  titleRows: string[];
  /** normaliseKey of each header cell, to recognise the header repeated further down. */
  keys: string[];
}

export function isBlankRow(row: RawRow): boolean {
  return row.cells.every((c) => c.trim() === '');
}

function fieldsOf(row: RawRow): Set<FieldKey> {
  const fields = new Set<FieldKey>();
  for (const cell of row.cells) {
    const f = matchHeader(cell);
    if (f) fields.add(f);
  }
  return fields;
}

function rowText(row: RawRow): string {
  return row.cells.map(normaliseText).filter((c) => c !== '').join(' ');
}

/** Applies the second row of a two-row header when every non-empty cell in it is a known name. */
function mergeSubHeader(match: HeaderMatch, sub: RawRow): void {
  const hits: [number, FieldKey][] = [];
  for (let i = 0; i < sub.cells.length; i++) {
    if (sub.cells[i].trim() === '') continue;
    const f = matchHeader(sub.cells[i]);
    const top = match.columns[i] ?? null;
    if (!f || (top !== null && top !== 'failedItems' && top !== f)) return;
    hits.push([i, f]);
  }
  if (hits.length === 0) return;
  for (const [i, f] of hits) {
    const top = match.columns[i];
    if (top === 'failedItems') delete match.mapping.failedItems;
    if (top == null && match.names[i]) match.unmapped = match.unmapped.filter((u) => u !== match.names[i]);
    if (match.mapping[f] !== undefined && top !== f) continue;
    match.columns[i] = f;
    match.names[i] = normaliseHeaderText(sub.cells[i]);
    match.keys[i] = normaliseKey(sub.cells[i]);
    match.mapping[f] = match.names[i];
  }
  match.lastHeaderRow = sub.row;
}

/**
 * "不合格项目║检验结果║标准值" merged over three columns: exceljs gives the text to the first
 * column only, and the data rows put item, result and limit in one column each. Give the blank
 * header cells to the right the names of the remaining parts.
 */
function spreadCombinedHeader(match: HeaderMatch, row: RawRow): void {
  match.columns.forEach((field, i) => {
    if (field !== 'failedItems') return;
    const parts = match.keys[i].split('║').slice(1);
    for (let k = 0; k < parts.length; k++) {
      const j = i + 1 + k;
      const f = matchHeader(parts[k]);
      if (!f || match.mapping[f] !== undefined || (row.cells[j] ?? '').trim() !== '') break;
      match.columns[j] = f;
      match.names[j] = match.keys[j] = match.mapping[f] = parts[k];
    }
  });
}

/** @param rows the first non-blank rows of a sheet (up to HEADER_SEARCH_ROWS). */
export function findHeader(rows: RawRow[]): HeaderMatch | null {
  let best = -1;
  let bestSize = 0;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
    const fields = fieldsOf(row);
    if (fields.size > bestSize && fields.has('foodName')) {
      best = i;
      bestSize = fields.size;
    }
  });
  if (best === -1 || bestSize < MIN_FIELDS) return null;

  const row = rows[best];
  const match: HeaderMatch = {
    headerRow: row.row,
    lastHeaderRow: row.row,
    columns: [],
    names: row.cells.map(normaliseHeaderText),
    mapping: {},
    unmapped: [],
    titleRows: rows.slice(0, best).map(rowText),
    keys: row.cells.map(normaliseKey),
  };
  row.cells.forEach((cell, i) => {
    const f = matchHeader(cell);
    // The first column with a name wins; a second one is reported, not silently merged.
    if (f && match.mapping[f] === undefined) {
      match.columns[i] = f;
      match.mapping[f] = match.names[i];
    } else {
      match.columns[i] = null;
      if (match.names[i] !== '') match.unmapped.push(match.names[i]);
    }
  });
  spreadCombinedHeader(match, row);
  const next = rows[best + 1];
  if (next && next.row === row.row + 1) mergeSubHeader(match, next);
  return match;
}

/** True for a data row that repeats the header (some publishers repeat it on every page). */
export function isRepeatedHeader(row: RawRow, match: HeaderMatch): boolean {
  // The food-name column decides cheaply for the common case: data rows hold a food there.
  const food = match.columns.indexOf('foodName');
  const cell = row.cells[food];
  if (!cell || normaliseKey(cell) !== match.keys[food]) return false;
  let mapped = 0;
  let same = 0;
  match.columns.forEach((f, i) => {
    if (!f) return;
    mapped++;
    const c = row.cells[i];
    if (c && normaliseKey(c) === match.keys[i]) same++;
  });
  return same * 2 >= mapped;
}

export const HEADER_EXPECTED =
  '未找到表头：在前 15 行中没有找到包含“食品名称”（或 样品名称、产品名称）且至少有 3 个可识别列名的行。' +
  '可识别的列名如：抽样编号、被抽样单位名称、标称生产企业名称、生产日期/批号、不合格项目║检验结果║标准值、检验机构';
