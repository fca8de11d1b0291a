import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { foodCategories } from '../../db/schema/index.js';
import { isSichuanRegion } from '../org/jurisdiction.js';

export interface QuotaInput {
  categoryId?: string | null;
  regionCode?: string | null;
  quota: number;
}

/**
 * Checks what the request schema cannot: each quota's category exists and is in use, its region
 * is in Sichuan, and no two quotas cover the same category and region. Adds field messages
 * (`quotas.0.categoryId`) to `details`.
 */
export async function checkQuotas(db: Executor, quotas: QuotaInput[], details: Record<string, string>) {
  const categoryIds = [...new Set(quotas.map((q) => q.categoryId).filter((id): id is string => !!id))];
  const categories = categoryIds.length
    ? await db.select({ id: foodCategories.id, active: foodCategories.active }).from(foodCategories).where(inArray(foodCategories.id, categoryIds))
    : [];
  const active = new Map(categories.map((c) => [c.id, c.active]));
  const seen = new Map<string, number>();
  quotas.forEach((q, i) => {
    if (q.categoryId && !active.has(q.categoryId)) details[`quotas.${i}.categoryId`] = '食品分类不存在';
    else if (q.categoryId && !active.get(q.categoryId)) details[`quotas.${i}.categoryId`] = '该食品分类已停用';
    if (q.regionCode && !isSichuanRegion(q.regionCode)) details[`quotas.${i}.regionCode`] = '地区应为四川省内的行政区划代码';
    const key = `${q.categoryId ?? ''}|${q.regionCode ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) details[`quotas.${i}.categoryId`] ??= `与第${first + 1}条配额的分类和地区重复`;
    else seen.set(key, i);
  });
}

/** Rows of a plan's quotas, with fresh ids (quotas are replaced as a whole, never edited one by one). */
export function quotaRows(planId: string, quotas: QuotaInput[]) {
  return quotas.map((q) => ({ id: randomUUID(), planId, categoryId: q.categoryId ?? null, regionCode: q.regionCode ?? null, quota: q.quota }));
}
