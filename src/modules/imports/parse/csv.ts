/**
 * A streaming RFC 4180 reader: quoted fields may hold commas, line breaks and doubled quotes.
 * The encoding is decided on the first chunk (BOM, else strict UTF-8, else GB18030), because
 * Excel on Chinese Windows saves "CSV" as GBK unless told otherwise. Row numbers count records,
 * as Excel shows them when it opens the file (a quoted line break does not start a new row).
 */
import type { RawRow } from './read-rows.js';

const QUOTE = 34;
const CR = 13;
const LF = 10;

function pickDecoder(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(first, { stream: true });
    return new TextDecoder('utf-8');
  } catch {
    return new TextDecoder('gb18030');
  }
}

/** Comma unless the first line clearly uses tabs or semicolons (some exports do). */
function pickDelimiter(text: string): number {
  const end = text.indexOf('\n');
  const line = end === -1 ? text : text.slice(0, end);
  const count = (ch: string) => line.split(ch).length - 1;
  const [comma, tab, semi] = [count(','), count('\t'), count(';')];
  if (tab > comma && tab >= semi) return 9;
  if (semi > comma && semi > tab) return 59;
  return 44;
}

class CsvState {
  private field = '';
  private cells: string[] = [];
  private inQuotes = false;
  private afterQuote = false;
  private skipLF = false;
  private rowNo = 0;

  constructor(private readonly delimiter: number) {}

  /** Parses one decoded chunk, pushing finished records into `out`. */
  feed(text: string, out: RawRow[]): void {
    const n = text.length;
    let start = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (this.skipLF) {
        this.skipLF = false;
        if (c === LF) {
          start = i + 1;
          continue;
        }
      }
      if (this.inQuotes) {
        if (c === QUOTE) {
          this.field += text.slice(start, i);
          this.inQuotes = false;
          this.afterQuote = true;
          start = i + 1;
        }
        continue;
      }
      if (this.afterQuote) {
        this.afterQuote = false;
        if (c === QUOTE) {
          // A doubled quote inside a quoted field: keep one, stay quoted.
          this.field += '"';
          this.inQuotes = true;
          start = i + 1;
          continue;
        }
      }
      if (c === QUOTE && start === i && this.field === '') {
        this.inQuotes = true;
        start = i + 1;
      } else if (c === this.delimiter) {
        this.cells.push(this.field + text.slice(start, i));
        this.field = '';
        start = i + 1;
      } else if (c === LF || c === CR) {
        this.cells.push(this.field + text.slice(start, i));
        this.field = '';
        out.push({ row: ++this.rowNo, cells: this.cells });
        this.cells = [];
        this.skipLF = c === CR;
        start = i + 1;
      }
    }
    if (start < n) this.field += text.slice(start);
  }

  end(out: RawRow[]): void {
    if (this.field !== '' || this.cells.length > 0) {
      this.cells.push(this.field);
      out.push({ row: ++this.rowNo, cells: this.cells });
    }
    this.field = '';
    this.cells = [];
  }
}

export async function* readCsvRows(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<RawRow> {
  let decoder: TextDecoder | null = null;
  let state: CsvState | null = null;
  const out: RawRow[] = [];
  for await (const chunk of chunks) {
    decoder ??= pickDecoder(chunk);
    const text = decoder.decode(chunk, { stream: true });
    state ??= new CsvState(pickDelimiter(text));
    state.feed(text, out);
    yield* out;
    out.length = 0;
  }
  if (decoder && state) {
    state.feed(decoder.decode(), out);
    state.end(out);
    yield* out;
  }
}
