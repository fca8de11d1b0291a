import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { foodCategories, itemLimits, testItems } from '../../db/schema/index.js';
import { isToVerify } from './test-item-data.js';

export interface TestItemFilter {
  /** Fragment of the name or of an alias. */
  q?: string;
  kind?: string;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Test items with their limits by category and standard. Fewer than 200 items: no paging. A
 * limit whose note carries 待核实 is `unverified` (the same rule judging uses).
 */
export async function listTestItems(db: Executor, filter: TestItemFilter) {
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(
      sql`(${testItems.name} ILIKE ${pattern} OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(${testItems.aliases}) alias WHERE alias ILIKE ${pattern}))`,
    );
  }
  if (filter.kind) conditions.push(eq(testItems.kind, filter.kind));
  const items = await db
    .select()
    .from(testItems)
    .where(and(...conditions))
    .orderBy(asc(testItems.kind), asc(testItems.name));
  if (items.length === 0) return { items: [] };
  const limits = await db
    .select({ limit: itemLimits, categoryName: foodCategories.name })
    .from(itemLimits)
    .leftJoin(foodCategories, eq(foodCategories.id, itemLimits.categoryId))
    .where(inArray(itemLimits.testItemId, items.map((i) => i.id)))
    .orderBy(asc(foodCategories.rootId), asc(foodCategories.level), asc(foodCategories.sortOrder), asc(itemLimits.foodKeyword), asc(itemLimits.standard));
  const byItem = new Map<string, ReturnType<typeof presentLimit>[]>();
  for (const row of limits) {
    const list = byItem.get(row.limit.testItemId) ?? [];
    list.push(presentLimit(row.limit, row.categoryName));
    byItem.set(row.limit.testItemId, list);
  }
  return { items: items.map((item) => ({ ...item, limits: byItem.get(item.id) ?? [] })) };
}

export function presentLimit(limit: typeof itemLimits.$inferSelect, categoryName: string | null) {
  return { ...limit, categoryName, unverified: isToVerify(limit.note) };
}
