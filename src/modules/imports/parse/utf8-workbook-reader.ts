/**
 * exceljs's streaming xlsx reader with correct UTF-8 decoding.
 *
 * exceljs 4.4.0 hands every inflated chunk of a workbook part to `lib/utils/parse-sax.js`, which
 * decodes it on its own (`browser-buffer-decode.js`: one TextDecoder, never `{ stream: true }`).
 * A Chinese character is three bytes; when a chunk boundary falls inside one, both halves become
 * U+FFFD and names like 成都市武侯��超市 were stored as if they were read. parse-sax passes text
 * through untouched, so this subclass gives it text: each part it reads (rels, workbook, shared
 * strings, worksheets) goes through a streaming decoder that keeps a partial character until the
 * rest of its bytes arrive. Nothing in node_modules is changed.
 *
 * The hooks are exceljs's own internal methods; they are checked when this module loads, so an
 * exceljs upgrade that renames them fails loudly instead of silently decoding badly again (and
 * read-rows.test.ts round-trips a file large enough to split characters).
 */
import { statSync } from 'node:fs';
import { PassThrough, pipeline, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';

type Chunks = AsyncIterable<Buffer | Uint8Array | string>;

interface ReaderInternals {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseWorksheet(chunks: Chunks, sheetNo: string): Iterable<{ eventType: string; value: unknown }>;
}

type ReaderClass = new (input: Readable, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>) => AsyncIterable<unknown>;

const Base = ExcelJS.stream.xlsx.WorkbookReader as unknown as ReaderClass;
const base = Base.prototype as unknown as ReaderInternals;
for (const hook of ['_parseRels', '_parseWorkbook', '_parseSharedStrings', '_parseWorksheet'] as const) {
  if (typeof base[hook] !== 'function') {
    throw new Error(`exceljs WorkbookReader.${hook} is missing: re-check src/modules/imports/parse/utf8-workbook-reader.ts for this exceljs version`);
  }
}

/** A part's byte stream as a stream of text; Readable's `encoding` decodes with a StringDecoder across chunks. */
function textStream(entry: Readable): Readable {
  const text = new PassThrough({ encoding: 'utf8' });
  // pipeline forwards a broken zip's error to `text`, where exceljs's iterator rethrows it.
  pipeline(entry, text, () => undefined);
  return text;
}

/** Worksheets arrive as an async iterable of chunks (the entry, or a temp file); decode it the same way. */
async function* textChunks(chunks: Chunks, onStart: (head: string) => void): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let head = '';
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (head.length < HEAD_CHARS) {
      head += text.slice(0, HEAD_CHARS);
      onStart(head);
    }
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

const HEAD_CHARS = 4096;
/** `<dimension ref="A1:S10001"/>` near the top of a sheet: the last row Excel says it has. */
const DIMENSION = /<(?:\w+:)?dimension\s+ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/;

/** What a sheet tells about its size while it is read, for progress. */
export interface DeclaredRows {
  /** The last row its XML declares (Excel and WPS write `<dimension>` first). */
  declaredLastRow?: number;
  /**
   * Share of the sheet's XML read so far, when it is read from a temp file: exceljs parks a
   * sheet that comes before the shared strings in the zip, so the upload is all read by then.
   */
  readShare?: () => number;
}

/** The temp-file stream exceljs hands over for a parked sheet. */
function tempFileShare(chunks: Chunks): (() => number) | undefined {
  const file = chunks as unknown as { path?: unknown; bytesRead?: unknown };
  if (typeof file.path !== 'string' || typeof file.bytesRead !== 'number') return undefined;
  const size = Math.max(1, statSync(file.path).size);
  return () => Math.min(1, (file.bytesRead as number) / size);
}

export class Utf8WorkbookReader extends Base {
  _parseRels(entry: Readable) {
    return base._parseRels.call(this, textStream(entry));
  }

  _parseWorkbook(entry: Readable) {
    return base._parseWorkbook.call(this, textStream(entry));
  }

  _parseSharedStrings(entry: Readable) {
    return base._parseSharedStrings.call(this, textStream(entry));
  }

  *_parseWorksheet(chunks: Chunks, sheetNo: string) {
    let sheet: DeclaredRows | null = null;
    let declared: number | undefined;
    const onStart = (head: string) => {
      const match = DIMENSION.exec(head);
      if (match?.[1]) declared = Number(match[1]);
      if (sheet && declared) sheet.declaredLastRow = declared;
    };
    const share = tempFileShare(chunks);
    for (const event of base._parseWorksheet.call(this, textChunks(chunks, onStart), sheetNo)) {
      if (event.eventType === 'worksheet') {
        sheet = event.value as DeclaredRows;
        sheet.readShare = share;
      }
      yield event;
    }
  }
}
