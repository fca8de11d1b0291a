import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { PT, run, TEXT_WIDTH } from './official-layout.js';

const TABLE_PT = 12; // 小四

export interface FormCell {
  /** One line, or several (a cell with an approval and its signature). */
  text: string | string[];
  /** Columns the cell spans. */
  span?: number;
  /** A label cell: 黑体, centred. */
  label?: boolean;
  /** Room to write by hand: the cell is padded to this many lines. */
  minLines?: number;
}

export interface FormRow {
  cells: FormCell[];
  /** Keep this row on the page of the next one (heading rows). */
  keepNext?: boolean;
}

/** A ruled table across the text block; cells in 小四 so that a row holds a label and its value on one line. */
export function formTable(rows: FormRow[], columnWidths: number[]): Table {
  const total = columnWidths.reduce((a, b) => a + b, 0);
  const widths = columnWidths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map((row, index) => {
      let column = 0;
      return new TableRow({
        cantSplit: true,
        // A heading row stays with the row under it; a paragraph introducing the table stays
        // with its first row (bodyText keepNext). Long tables still flow over pages.
        keepNext: row.keepNext && index < rows.length - 1,
        children: row.cells.map((cell) => {
          const span = cell.span ?? 1;
          const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
          column += span;
          return tableCell(cell, width);
        }),
      });
    }),
  });
}

function tableCell(cell: FormCell, width: number): TableCell {
  const lines = Array.isArray(cell.text) ? cell.text : [cell.text];
  const padding = Math.max(0, (cell.minLines ?? 1) - lines.length);
  return new TableCell({
    columnSpan: cell.span && cell.span > 1 ? cell.span : undefined,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: padding > 0 ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [...lines, ...Array<string>(padding).fill('')].map(
      (line) =>
        new Paragraph({
          alignment: cell.label ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { line: 20 * PT, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
          children: [run(line, cell.label ? 'heading' : 'body', TABLE_PT)],
        }),
    ),
  });
}
