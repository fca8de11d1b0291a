/**
 * Text normalisation for imported cells and headers. Publishers type numbers and Latin letters
 * in full width ("０．１２ｍｇ／ｋｇ") and pad names with ideographic spaces; we fold those to
 * ASCII. Chinese punctuation inside names (（）、，：；) is part of the published name and stays,
 * except in match keys, where （） and () must compare equal.
 */

/** Full-width forms that are Chinese punctuation in practice; values keep them as typed. */
const KEEP_IN_VALUES = new Set(['（', '）', '，', '：', '；', '！', '？', '［', '］', '｛', '｝', '～']);

function foldWidth(text: string, keep: Set<string> | null): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let repl: string | null = null;
    if (code >= 0xff01 && code <= 0xff5e) {
      if (keep === null || !keep.has(text[i])) repl = String.fromCharCode(code - 0xfee0);
    } else if (code === 0x3000) {
      repl = ' ';
    }
    if (repl !== null) {
      out += text.slice(start, i) + repl;
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

// Cheap pre-check: most cells are plain and need no rewriting at all.
const NEEDS_WORK = /[\uff01-\uff5e\u3000\s\u00a0]/;

/** A single-line cell value: half-width ASCII, whitespace collapsed, trimmed. */
export function normaliseText(raw: string): string {
  if (!NEEDS_WORK.test(raw)) return raw;
  return foldWidth(raw, KEEP_IN_VALUES).replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Like normaliseText but keeps line breaks (failed-item cells hold one item per line). */
export function normaliseLines(raw: string): string {
  return foldWidth(raw, KEEP_IN_VALUES)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Separators publishers put between 项目, 结果 and 标准值 (a double bar is one separator). */
export const ITEM_SEPARATOR = /\s*(?:\|\||[║‖∥|│︱])\s*/;

/**
 * A comparison key for header names: every full-width form folded, all whitespace removed,
 * required-field stars dropped, and the bar separators unified to ║.
 */
export function normaliseKey(raw: string): string {
  return foldWidth(raw, null)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[*★]/g, '')
    .replace(/(?:\|\||[║‖∥|│︱])+/g, '║');
}

/** Key with a trailing parenthesised note removed: "检验值(mg/kg)" → "检验值". */
export function stripTrailingNote(key: string): string {
  return key.replace(/\([^()]*\)$/, '');
}

/** A header as shown to users: like normaliseText, minus the line breaks typed between Chinese words. */
export function normaliseHeaderText(raw: string): string {
  return normaliseText(raw).replace(/(?<=[\u4e00-\u9fff（）])\s+(?=[\u4e00-\u9fff（）])/g, '');
}
