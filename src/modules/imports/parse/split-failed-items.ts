/**
 * Splits a provincial failed-item cell. One cell may hold several items, one per line (or
 * separated by ；), each "项目║结果║标准值"; publishers also use ‖, ||, | and full-width bars, and
 * sometimes drop the limit or the result. Units attached to the numbers move to `unit`.
 */
import type { ParsedResultItem } from './types.js';
import { ITEM_SEPARATOR, normaliseLines } from './normalise.js';
import { isValueText, splitValueUnit } from './values.js';

export interface SplitResult {
  items: ParsedResultItem[];
  /** Lines that could not be read, as messages for a RowError. */
  errors: string[];
}

/** "1." "2、" "(3)" "④" in front of an item: list numbering, not part of the name. */
const NUMBERING = /^(?:\d{1,2}\s*[.、)）](?!\d)|[(（]\d{1,2}[)）]|[\u2460-\u2473])\s*/;
/** ；between items, but not inside a microbiological plan such as "n=5;c=2". */
const ITEM_BREAK = /[;；](?!\s*[a-zA-Z]\s*=)/;
/** Signs that a line holds a measured value, so it cannot be just an item name. */
const HAS_VALUE = /[≤≥<>]|\d\s*(?:mg|μg|µg|ug|ng|g|kg|CFU|MPN|%)/i;

export function makeItem(itemName: string, result: string, limit: string, unitText: string | null): ParsedResultItem {
  const r = splitValueUnit(result);
  const l = splitValueUnit(limit);
  // Move the limit's unit out only when it is the result's unit (or the result has none).
  const limitText = l.unit !== null && r.unit !== null && l.unit !== r.unit ? limit.trim() : l.value;
  return {
    itemName,
    resultText: r.value,
    limitText: limitText === '' ? null : limitText,
    unit: unitText || r.unit || l.unit || null,
    standard: null,
    judgementText: null,
  };
}

function splitLine(line: string): string[] | null {
  const parts = line.split(ITEM_SEPARATOR);
  if (parts.length > 1) return parts.length <= 4 ? parts : null;
  // No bars: "毒死蜱 0.12mg/kg ≤0.02mg/kg" typed with spaces still reads unambiguously.
  const tokens = line.split(' ');
  if (tokens.length >= 2 && tokens.length <= 3 && isValueText(splitValueUnit(tokens[1]).value)) return tokens;
  return HAS_VALUE.test(line) ? null : [line];
}

export function splitFailedItems(cell: string): SplitResult {
  const items: ParsedResultItem[] = [];
  const errors: string[] = [];
  const lines = normaliseLines(cell).split('\n').flatMap((l) => l.split(ITEM_BREAK));
  for (const raw of lines) {
    const line = raw.trim().replace(NUMBERING, '');
    if (line === '') continue;
    const parts = splitLine(line);
    const name = parts?.[0]?.trim() ?? '';
    if (parts === null || name === '') {
      errors.push(`无法拆分不合格项目：${raw.trim()}（应为“项目║检验结果║标准值”）`);
      continue;
    }
    items.push(makeItem(name, parts[1] ?? '', parts[2] ?? '', parts[3]?.trim() || null));
  }
  return { items, errors };
}
