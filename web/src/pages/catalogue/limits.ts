/** How limits read, which apply to a chosen category, and the 待核实 mark in a limit's note. */
import type { Category } from '../../api/catalogue';
import { formatPlan } from '../../../../src/domain/sampling/sampling-plan';
import type { ItemLimit } from './catalogue-api';

/** The mark the server looks for in a limit's note (src/modules/catalogue/test-item-data.ts). */
export const TO_VERIFY = '待核实';

/** "≤ 0.02 mg/kg", "≥ 3.0 g/100g", "不得检出", "n=5, c=2, m=10000, M=100000 CFU/g" (a sampling plan). */
export function formatLimit(limit: Pick<ItemLimit, 'limitType' | 'limitValue' | 'unit'> & Partial<Pick<ItemLimit, 'samplingPlan'>>, notDetected: string): string {
  if (limit.samplingPlan) return [formatPlan(limit.samplingPlan), limit.unit ?? ''].filter(Boolean).join(' ');
  if (limit.limitType === 'not_detected') return notDetected;
  const sign = limit.limitType === 'min' ? '≥' : '≤';
  return [`${sign} ${limit.limitValue ?? ''}`.trim(), limit.unit ?? ''].filter(Boolean).join(' ');
}

/** The category and its ancestors, and its descendants: every category whose limits matter to it. */
export function relatedCategoryIds(categories: readonly Category[], categoryId: string): Set<string> {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const ids = new Set<string>();
  for (let at = byId.get(categoryId); at && !ids.has(at.id); at = at.parentId ? byId.get(at.parentId) : undefined) ids.add(at.id);
  const children = new Map<string, string[]>();
  for (const c of categories) if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  const stack = [...(children.get(categoryId) ?? [])];
  while (stack.length) {
    const id = stack.pop()!;
    if (ids.has(id)) continue;
    ids.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return ids;
}

/** Limits for all foods (no category) and those in `related`; every limit when no category is chosen. */
export function limitsFor(limits: readonly ItemLimit[], related: Set<string> | null): ItemLimit[] {
  if (!related) return [...limits];
  return limits.filter((l) => l.categoryId === null || related.has(l.categoryId));
}

/**
 * The note with or without the 待核实 mark: removing it is how an administrator confirms a value
 * (the server reads the mark from the note).
 */
export function noteWithVerification(note: string | null | undefined, unverified: boolean): string | null {
  const text = (note ?? '').trim();
  if (unverified) return text.includes(TO_VERIFY) ? text : text ? `${TO_VERIFY}：${text}` : TO_VERIFY;
  const stripped = text
    .replace(new RegExp(`${TO_VERIFY}[：:，,；;、\\s]*`, 'g'), '')
    .replace(/^[：:，,；;、\s]+|[：:，,；;、\s]+$/g, '')
    .trim();
  return stripped || null;
}
