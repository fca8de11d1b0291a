/**
 * Reads an uploaded sample file (provincial or national published tables, or our template;
 * xlsx or csv) and yields: one `header` event, then `sample` events in file order with
 * `progress` every ~1000 rows, or a `fatal` event that ends parsing. Row problems travel inside
 * the samples; nothing here throws for bad data.
 */
import type { HeaderInfo, Layout, ParseEvent, ParseOptions } from './types.js';
import { openSheets, UNREADABLE, type RawRow, type RawSheet } from './read-rows.js';
import { findHeader, HEADER_EXPECTED, HEADER_SEARCH_ROWS, isBlankRow, type HeaderMatch } from './header.js';
import { chooseLayout, narrowToLayout } from './layout.js';
import { LAYOUT_BY_ID } from './layouts.js';
import { SampleAssembler } from './assemble-samples.js';
import { SampleNoGrouper } from './group-by-sample-no.js';

const PROGRESS_EVERY = 1000;
const NO_DATA = '文件中没有数据行';

/** 不合格 / 合格 from the title rows, then the file name, then (provincial) the columns. */
export function fileConclusion(header: HeaderMatch, layout: Layout, fileName: string): HeaderInfo['fileConclusion'] {
  // The template and the national export judge each item themselves (the export's 报告分类 states the sample's).
  if (layout === 'template' || layout === 'nationalExport') return null;
  for (const text of [...header.titleRows, fileName]) {
    if (text.includes('不合格')) return 'unqualified';
    if (text.includes('合格')) return 'qualified';
  }
  if (layout !== 'provincial' && layout !== 'publication') return null;
  return header.mapping.failedItems || header.mapping.itemName ? 'unqualified' : 'qualified';
}

function headerInfo(match: HeaderMatch, layout: Layout, sheetName: string | null, fileName: string): HeaderInfo {
  return {
    layout,
    sheetName,
    headerRow: match.headerRow,
    mapping: match.mapping,
    unmapped: match.unmapped,
    fileConclusion: fileConclusion(match, layout, fileName),
    title: match.titleRows.length > 0 ? match.titleRows.join(' ') : null,
  };
}

/** What reading one sheet ended with: the table was read, or this sheet holds no table. */
type SheetOutcome = 'read' | 'no-header' | 'empty';

async function* parseSheet(
  sheet: RawSheet,
  options: ParseOptions,
  onHeader: () => void,
  progress: (sheet: RawSheet) => ParseEvent,
): AsyncGenerator<ParseEvent, SheetOutcome> {
  const rows = sheet.rows[Symbol.asyncIterator]();
  try {
    // Look for the header in the first non-blank rows; keep them, they may hold data too.
    const head: RawRow[] = [];
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      if (!isBlankRow(next.value)) head.push(next.value);
      if (head.length === HEADER_SEARCH_ROWS) break;
    }
    const match = findHeader(head);
    if (!match) {
      while (!(await rows.next()).done); // read past it: another sheet may hold the table
      return head.length > 0 ? 'no-header' : 'empty';
    }
    const chosen = chooseLayout(options.format, match.mapping);
    if ('error' in chosen) {
      yield { type: 'fatal', message: chosen.error };
      return 'read';
    }
    narrowToLayout(match, chosen.layout);
    yield { type: 'header', header: headerInfo(match, chosen.layout, sheet.name, options.fileName) };
    onHeader();
    yield progress(sheet); // the sheet's declared size is known once its first rows are read

    const assembler = LAYOUT_BY_ID[chosen.layout].grouping === 'sampleNo' ? new SampleNoGrouper(match, chosen.layout) : new SampleAssembler(match, chosen.layout);
    for (const row of head) {
      const sample = row.row > match.lastHeaderRow ? assembler.push(row) : null;
      if (sample) yield { type: 'sample', sample };
    }
    let seen = 0;
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      const sample = assembler.push(next.value);
      if (sample) yield { type: 'sample', sample };
      if (++seen % PROGRESS_EVERY === 0) yield progress(sheet);
    }
    const rest = assembler.finish();
    for (const sample of Array.isArray(rest) ? rest : rest ? [rest] : []) yield { type: 'sample', sample };
    yield assembler.dataRows === 0 ? { type: 'fatal', message: NO_DATA } : progress(sheet);
    return 'read';
  } finally {
    // Close the sheet's row stream too when the caller stops early.
    await rows.return?.();
  }
}

export async function* parseSampleFile(input: string, options: ParseOptions): AsyncGenerator<ParseEvent> {
  const source = await openSheets(input, options.fileName);
  if ('error' in source) {
    yield { type: 'fatal', message: source.error };
    return;
  }
  const progress = (sheet: RawSheet): ParseEvent => {
    const bytesRead = source.bytesRead();
    const share = sheet.readShare() ?? bytesRead / Math.max(1, source.totalBytes);
    return { type: 'progress', bytesRead, totalBytes: source.totalBytes, share, declaredLastRow: sheet.declaredLastRow() };
  };
  let sawContent = false;
  let headerSent = false;
  try {
    for await (const sheet of source.sheets) {
      const outcome = yield* parseSheet(sheet, options, () => (headerSent = true), progress);
      if (outcome === 'read') return;
      sawContent ||= outcome === 'no-header';
    }
    yield { type: 'fatal', message: sawContent ? HEADER_EXPECTED : NO_DATA };
  } catch (err) {
    const detail = err instanceof Error ? `（${err.message}）` : '';
    yield { type: 'fatal', message: headerSent ? `文件读取中断${detail}` : `${UNREADABLE}${detail}` };
  } finally {
    source.close();
  }
}
