/**
 * Reads an uploaded sample file (provincial or national published tables, or our template;
 * xlsx or csv) and yields: one `header` event, then `sample` events in file order with
 * `progress` every ~1000 rows, or a `fatal` event that ends parsing. Row problems travel inside
 * the samples; nothing here throws for bad data.
 */
import type { HeaderInfo, Layout, ParseEvent, ParseOptions } from './types.js';
import { openSheets, UNREADABLE, type RawRow } from './read-rows.js';
import { findHeader, HEADER_EXPECTED, HEADER_SEARCH_ROWS, isBlankRow, type HeaderMatch } from './header.js';
import { chooseLayout } from './layout.js';
import { SampleAssembler } from './assemble-samples.js';

const PROGRESS_EVERY = 1000;
const NO_DATA = '文件中没有数据行';

/** 不合格 / 合格 from the title rows, then the file name, then (provincial) the columns. */
export function fileConclusion(header: HeaderMatch, layout: Layout, fileName: string): HeaderInfo['fileConclusion'] {
  if (layout === 'template') return null; // the template judges each item itself
  for (const text of [...header.titleRows, fileName]) {
    if (text.includes('不合格')) return 'unqualified';
    if (text.includes('合格')) return 'qualified';
  }
  if (layout !== 'provincial') return null;
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

async function drain(rows: AsyncIterator<RawRow>): Promise<void> {
  while (!(await rows.next()).done);
}

export async function* parseSampleFile(input: string, options: ParseOptions): AsyncGenerator<ParseEvent> {
  const source = await openSheets(input, options.fileName);
  if ('error' in source) {
    yield { type: 'fatal', message: source.error };
    return;
  }
  const progress = (): ParseEvent => ({ type: 'progress', bytesRead: source.bytesRead(), totalBytes: source.totalBytes });
  let sawContent = false;
  let headerSent = false;
  try {
    for await (const sheet of source.sheets) {
      const rows = sheet.rows[Symbol.asyncIterator]();
      // Look for the header in the first non-blank rows; keep them, they may hold data too.
      const head: RawRow[] = [];
      while (head.length < HEADER_SEARCH_ROWS) {
        const next = await rows.next();
        if (next.done) break;
        if (!isBlankRow(next.value)) head.push(next.value);
      }
      if (head.length > 0) sawContent = true;
      const match = findHeader(head);
      if (!match) {
        await drain(rows); // another sheet of the workbook may hold the table
        continue;
      }
      const chosen = chooseLayout(options.format, match.mapping);
      if ('error' in chosen) {
        yield { type: 'fatal', message: chosen.error };
        return;
      }
      yield { type: 'header', header: headerInfo(match, chosen.layout, sheet.name, options.fileName) };
      headerSent = true;

      const assembler = new SampleAssembler(match, chosen.layout);
      let seen = 0;
      for (const row of head) {
        if (row.row <= match.lastHeaderRow) continue;
        const sample = assembler.push(row);
        if (sample) yield { type: 'sample', sample };
      }
      for (let next = await rows.next(); !next.done; next = await rows.next()) {
        const sample = assembler.push(next.value);
        if (sample) yield { type: 'sample', sample };
        if (++seen % PROGRESS_EVERY === 0) yield progress();
      }
      const last = assembler.finish();
      if (last) yield { type: 'sample', sample: last };
      if (assembler.dataRows === 0) yield { type: 'fatal', message: NO_DATA };
      else yield progress();
      return;
    }
    yield { type: 'fatal', message: sawContent ? HEADER_EXPECTED : NO_DATA };
  } catch (err) {
    const detail = err instanceof Error ? `（${err.message}）` : '';
    yield { type: 'fatal', message: headerSent ? `文件读取中断${detail}` : `${UNREADABLE}${detail}` };
  } finally {
    source.close();
  }
}
