/**
 * Decides which layout a header describes, from the declared layouts (layouts.ts), or checks the
 * one the user chose; and narrows the header to the fields that layout carries.
 */
import type { FieldKey, FormatOption, Layout } from './types.js';
import type { HeaderMatch } from './header.js';
import { LAYOUT_BY_ID, LAYOUTS } from './layouts.js';

export { hasCombinedFailedItems } from './layouts.js';

export const LAYOUT_LABELS = Object.fromEntries(LAYOUTS.map((l) => [l.id, l.label])) as Record<Layout, string>;

type Mapping = Partial<Record<FieldKey, string>>;

export function detectLayout(mapping: Mapping): Layout {
  return (LAYOUTS.find((l) => l.recognise(mapping)) ?? LAYOUT_BY_ID.provincial).id;
}

/**
 * Checks a layout the user chose against the header; returns the message for a fatal event,
 * or null when the header can be read that way.
 */
export function chooseLayout(format: FormatOption, mapping: Mapping): { layout: Layout } | { error: string } {
  const detected = detectLayout(mapping);
  if (format === 'auto' || format === detected) return { layout: detected };
  const missing = LAYOUT_BY_ID[format].accepts(mapping);
  if (missing === null) return { layout: format };
  return { error: `所选格式“${LAYOUT_LABELS[format]}”与文件表头不符：${missing}（表头更像“${LAYOUT_LABELS[detected]}”）` };
}

/**
 * Keeps only the columns the layout carries: any other recognised column is listed as unmapped
 * (a notice's 结果判定 means nothing to a provincial table), never read half-way.
 */
export function narrowToLayout(match: HeaderMatch, layout: Layout): void {
  const carried = new Set(LAYOUT_BY_ID[layout].fields);
  match.columns.forEach((field, i) => {
    if (!field || carried.has(field)) return;
    match.columns[i] = null;
    delete match.mapping[field];
    if (match.names[i]) match.unmapped.push(match.names[i]);
  });
}
