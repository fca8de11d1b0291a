import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
  type Table,
} from 'docx';
import { chineseDate } from './chinese-date.js';

/**
 * The layout every outgoing document shares, after GB/T 9704-2012 (党政机关公文格式) as far as
 * a .docx allows: A4; margins 37 / 35 / 28 / 26 mm (top, bottom, left, right), so the text
 * block is 156 × 225 mm; 22 lines per page (§5.2.2) by an exact 28.95 pt line pitch; the
 * issuing unit in red 小标宋 over the number and a red rule; the title in 二号 小标宋; the text
 * in 三号 仿宋 (first-level headings 黑体); the signature centred over a date set four characters
 * from the right; page numbers "— 1 —" in 四号 宋体, odd pages right and even pages left (§7.5).
 *
 * Not reproduced: the standard's 28 characters per line needs a character grid (w:docGrid
 * linesAndChars), which LibreOffice and older WPS lay out wrongly, so lines hold 27 characters.
 *
 * Fonts are named as Chinese government templates name them (方正小标宋简体, 仿宋_GB2312, …). The
 * font table gives each its usual fallback (宋体, 仿宋, …) as `w:altName`, for a machine
 * without the first font.
 */

export const PT = 20; // twips per point
const BODY_PT = 16; // 三号
const TITLE_PT = 22; // 二号
const PAGE_NUMBER_PT = 14; // 四号
/** 225 mm of text block / 22 lines ≈ 28.95 pt: the line pitch of a standard 公文 page. */
export const LINE_PITCH = Math.round(28.95 * PT);
/** One character of body type: indents are counted in characters, as officials count them. */
export const CHAR = BODY_PT * PT;
/** The width of the text block (版心), 156 mm. */
export const TEXT_WIDTH = convertMillimetersToTwip(210 - 28 - 26);

const fonts = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  song: '宋体',
  latin: 'Times New Roman',
} as const;

/** The font table: each Chinese font with the name Windows/WPS fall back to (w:altName). */
const FONT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${[
  [fonts.title, '宋体'],
  [fonts.body, '仿宋'],
  [fonts.heading, 'SimHei'],
  [fonts.song, 'SimSun'],
]
  .map(([name, alt]) => `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`)
  .join('')}<w:font w:name="${fonts.latin}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`;

export type Face = 'title' | 'body' | 'heading' | 'song';

/** A run in one of the document faces; Latin text in body runs is set in Times New Roman. */
export function run(text: string, face: Face, sizePt: number, extra: Partial<IRunOptions> = {}): TextRun {
  const eastAsia = fonts[face];
  const latin = face === 'body' ? fonts.latin : eastAsia;
  return new TextRun({ text, font: { ascii: latin, hAnsi: latin, eastAsia, cs: latin }, size: sizePt * 2, ...extra });
}

const exact = (pitch = LINE_PITCH) => ({ line: pitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

/**
 * A paragraph of body text: 三号 仿宋, first line indented two characters, justified. A part
 * marked `heading` is set in 黑体, as a first-level heading run into its paragraph ("一、…。").
 */
export function bodyText(text: string | { text: string; heading?: boolean }[], options: { keepNext?: boolean } = {}): Paragraph {
  const parts = typeof text === 'string' ? [{ text }] : text;
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 2 * CHAR },
    spacing: exact(),
    keepNext: options.keepNext,
    // Latin runs (a sample number, a standard) may break mid-word, as in Chinese templates,
    // instead of leaving a line spread out by justification.
    wordWrap: true,
    children: parts.map((p) => run(p.text, 'heading' in p && p.heading ? 'heading' : 'body', BODY_PT)),
  });
}

/** A line of body type without indent, e.g. the addressee (主送机关) or a contact line. */
export function plainLine(text: string, options: { align?: 'left' | 'center' | 'right'; indentChars?: number; keepNext?: boolean } = {}): Paragraph {
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }[options.align ?? 'left'];
  return new Paragraph({
    alignment,
    indent: options.indentChars ? { firstLine: options.indentChars * CHAR } : undefined,
    spacing: exact(),
    keepNext: options.keepNext,
    children: [run(text, 'body', BODY_PT)],
  });
}

export const blankLine = (keepNext = false) => new Paragraph({ spacing: exact(), keepNext, children: [run('', 'body', BODY_PT)] });

export interface OfficialDocumentSpec {
  /** The issuing unit (发文机关), printed in red above the number and under the signature. */
  issuer: string;
  /** 发文字号, e.g. 武侯市监协〔2026〕1号. */
  documentNo: string;
  title: string;
  /** 主送机关 or the addressed enterprise; omitted on forms. */
  addressee?: string;
  body: (Paragraph | Table)[];
  /** YYYY-MM-DD (Asia/Shanghai): the 成文日期, written in Chinese numerals. */
  date: string;
  /** The closing formula (特此通知。/ 特此函告。): kept on one page with the signature (§7.3.5.4). */
  closing?: string;
  /** 附件说明: the names of attached papers. */
  attachments?: string[];
  /** 附注 under the date, e.g. the contact person (§7.3.6). */
  note?: string;
  /** Forms (审批表) carry the number as "编号：…" under the title instead of a red letterhead. */
  form?: boolean;
  /** Written into the document's properties. */
  subject?: string;
}

/** 发文机关标志: red 小标宋, as large as fits the text block on one line (at most 小初). */
function letterhead(issuer: string, documentNo: string): Paragraph[] {
  const size = Math.min(36, Math.floor((TEXT_WIDTH / PT - 8) / issuer.length));
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: Math.round(size * 1.25 * PT), lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [run(issuer, 'title', size, { color: 'C00000' })] }),
    blankLine(),
    // The number sits centred under the mark, the red rule 4 mm below it (§7.2.4–7.2.6).
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exact(),
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'C00000', space: 8 } },
      children: [run(documentNo, 'body', BODY_PT)],
    }),
  ];
}

function titleLines(title: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: Math.round(TITLE_PT * 1.6 * PT), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [run(title, 'title', TITLE_PT)],
  });
}

/**
 * 发文机关署名 and 成文日期: the date four characters from the right edge, the unit name centred
 * over the date (§7.3.5.1), with room above for the seal.
 */
function signature(spec: OfficialDocumentSpec): Paragraph[] {
  const dateText = chineseDate(spec.date);
  const rightOfDate = 4;
  const rightOfUnit = Math.max(0, rightOfDate + (dateText.length - spec.issuer.length) / 2);
  // Everything from the closing formula to the date keeps together, so the seal never sits on a
  // page without text.
  const attachments = spec.attachments?.length
    ? [blankLine(true), ...spec.attachments.map((name, i) => plainLine(`${i === 0 ? '附件：' : '　　　'}${spec.attachments!.length > 1 ? `${i + 1}.` : ''}${name}`, { indentChars: 2, keepNext: true }))]
    : [];
  return [
    ...(spec.closing ? [bodyText(spec.closing, { keepNext: true })] : []),
    ...attachments,
    ...(spec.form ? [blankLine(true)] : [blankLine(true), blankLine(true)]),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: Math.round(rightOfUnit * CHAR) }, keepNext: true, spacing: exact(), children: [run(spec.issuer, 'body', BODY_PT)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: rightOfDate * CHAR }, keepNext: Boolean(spec.note), spacing: exact(), children: [run(dateText, 'body', BODY_PT)] }),
    ...(spec.note ? [plainLine(`（${spec.note}）`, { indentChars: 2 })] : []),
  ];
}

/** "— 1 —" in 四号 宋体, one character in from the outer edge. */
function pageNumberFooter(side: 'left' | 'right'): Footer {
  const style = { font: { ascii: fonts.song, hAnsi: fonts.song, eastAsia: fonts.song }, size: PAGE_NUMBER_PT * 2 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: PAGE_NUMBER_PT * PT } : { left: PAGE_NUMBER_PT * PT },
        children: [new TextRun({ ...style, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** Renders a document in the shared layout to .docx bytes. */
export async function renderOfficialDocument(spec: OfficialDocumentSpec): Promise<Buffer> {
  const head = spec.form
    ? [titleLines(spec.title), plainLine(`编号：${spec.documentNo}`, { align: 'right' }), plainLine(`填报单位：${spec.issuer}`)]
    : [...letterhead(spec.issuer, spec.documentNo), blankLine(), titleLines(spec.title), blankLine()];
  const addressee = spec.addressee ? [plainLine(`${spec.addressee}：`)] : [];
  const doc = new Document({
    creator: spec.issuer,
    title: spec.title,
    subject: spec.subject ?? spec.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: { ascii: fonts.latin, hAnsi: fonts.latin, eastAsia: fonts.body }, size: BODY_PT * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
              header: convertMillimetersToTwip(15),
              // The page number's top edge 7 mm under the text block (§7.5).
              footer: convertMillimetersToTwip(22),
            },
          },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children: [...head, ...addressee, ...spec.body, ...signature(spec)],
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE }]);
}
