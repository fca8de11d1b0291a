import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { foodCategories, itemLimits, testItems } from '../../db/schema/index.js';
import { canonicalJson } from '../../domain/audit-chain.js';
import type { SamplingPlan } from '../../domain/sampling/sampling-plan.js';
import { stableId } from '../../domain/stable-id.js';
import { systemActor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { CATEGORY_PATH_SEPARATOR, foodCategoryTree, type CategoryNode } from './category-data.js';
import { testItemData, type LimitType, type TestItemKind } from './test-item-data.js';

export interface CategoryRow {
  id: string;
  parentId: string | null;
  level: number;
  name: string;
  rootId: string;
  sortOrder: number;
  /** Full path of names, "食用农产品/蔬菜/叶菜类蔬菜/芹菜" (not stored: the id is derived from it). */
  path: string;
}
export interface TestItemRow {
  id: string;
  name: string;
  aliases: string[];
  kind: TestItemKind;
  microbiological: boolean;
  unit: string | null;
}
export interface LimitRow {
  id: string;
  testItemId: string;
  categoryId: string | null;
  foodKeyword: string | null;
  standard: string;
  limitType: LimitType;
  limitValue: string | null;
  unit: string | null;
  samplingPlan: SamplingPlan | null;
  note: string | null;
}

export const categoryIdForPath = (path: string) => stableId(`category:${path}`);
export const testItemIdForName = (name: string) => stableId(`testItem:${name}`);
export const limitIdFor = (item: string, categoryPath: string, keyword: string, standard: string) =>
  stableId(`limit:${item}|${categoryPath}|${keyword}|${standard}`);

/** The category tree as rows, parents before children. */
export function categoryRows(tree: CategoryNode[] = foodCategoryTree): CategoryRow[] {
  const rows: CategoryRow[] = [];
  const walk = (nodes: CategoryNode[], parent: CategoryRow | null) =>
    nodes.forEach((node, i) => {
      const path = parent ? `${parent.path}${CATEGORY_PATH_SEPARATOR}${node.name}` : node.name;
      const id = categoryIdForPath(path);
      const row: CategoryRow = { id, parentId: parent?.id ?? null, level: (parent?.level ?? 0) + 1, name: node.name, rootId: parent?.rootId ?? id, sortOrder: i, path };
      rows.push(row);
      walk(node.children ?? [], row);
    });
  walk(tree, null);
  return rows;
}

/** Resolves a limit's category reference: a unique name, or a unique path suffix ("畜禽肉及副产品/畜肉"). */
export function resolveCategoryRef(rows: CategoryRow[], ref: string): CategoryRow {
  const sep = CATEGORY_PATH_SEPARATOR;
  const hits = ref.includes(sep)
    ? rows.filter((r) => r.path === ref || r.path.endsWith(`${sep}${ref}`))
    : rows.filter((r) => r.name === ref);
  if (hits.length !== 1) throw new Error(`limit category "${ref}" matches ${hits.length} categories`);
  return hits[0];
}

/** Everything the seed writes, as rows with stable ids. Pure: tests and the matcher use it too. */
export function catalogueRows(): { categories: CategoryRow[]; testItems: TestItemRow[]; limits: LimitRow[] } {
  const categories = categoryRows();
  const items: TestItemRow[] = [];
  const limits: LimitRow[] = [];
  for (const spec of testItemData) {
    const testItemId = testItemIdForName(spec.name);
    items.push({ id: testItemId, name: spec.name, aliases: spec.aliases, kind: spec.kind, microbiological: spec.microbiological, unit: spec.unit });
    for (const limit of spec.limits) {
      const category = limit.category === null ? null : resolveCategoryRef(categories, limit.category);
      const keyword = limit.foodKeyword ?? null;
      limits.push({
        id: limitIdFor(spec.name, category?.path ?? '', keyword ?? '', limit.standard),
        testItemId,
        categoryId: category?.id ?? null,
        foodKeyword: keyword,
        standard: limit.standard,
        limitType: limit.limitType,
        limitValue: limit.limitValue,
        unit: limit.unit ?? spec.unit,
        samplingPlan: limit.samplingPlan ?? null,
        note: limit.note ?? null,
      });
    }
  }
  return { categories, testItems: items, limits };
}

const sameValue = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const sameNumber = (a: string | null, b: string | null) => (a === null || b === null ? a === b : Number(a) === Number(b));

/**
 * Inserts or refreshes the food categories, test items and limits; idempotent, safe at every
 * start. A category, test item or limit an administrator has edited (version > 1) is left as it
 * is; a seed row whose name is already taken under the same parent (or an item name already
 * taken) by a row of another id adopts that row's id. Writes one audit row, and only when
 * something changed.
 */
export async function seedCatalogue(db: Db): Promise<{ categories: number; testItems: number; limits: number }> {
  const data = catalogueRows();
  return db.transaction(async (tx) => {
    // Categories: adopt ids of same-named rows under the same parent; skip edited rows.
    const existingCats = await tx.select().from(foodCategories);
    const catById = new Map(existingCats.map((c) => [c.id, c]));
    const catByParentName = new Map(existingCats.map((c) => [`${c.parentId ?? ''}|${c.name}`, c.id]));
    const idMap = new Map<string, string>();
    const mapId = (id: string) => idMap.get(id) ?? id;
    const cats = data.categories.map(({ path: _path, ...row }) => {
      const parentId = row.parentId === null ? null : mapId(row.parentId);
      const id = catByParentName.get(`${parentId ?? ''}|${row.name}`) ?? row.id;
      idMap.set(row.id, id);
      return { ...row, id, parentId, rootId: mapId(row.rootId) };
    });
    const changedCats = cats.filter((row) => {
      const current = catById.get(row.id);
      if (!current) return true;
      if (current.version > 1) return false;
      return (['parentId', 'level', 'name', 'rootId', 'sortOrder'] as const).some((k) => current[k] !== row[k]);
    });
    for (let i = 0; i < changedCats.length; i += 200) {
      await tx
        .insert(foodCategories)
        .values(changedCats.slice(i, i + 200))
        .onConflictDoUpdate({
          target: foodCategories.id,
          set: {
            parentId: sql`excluded.parent_id`,
            level: sql`excluded.level`,
            name: sql`excluded.name`,
            rootId: sql`excluded.root_id`,
            sortOrder: sql`excluded.sort_order`,
            updatedAt: sql`now()`,
          },
        });
    }

    // Test items: adopt the id of an existing item of the same name.
    const existingItems = await tx.select().from(testItems);
    const itemById = new Map(existingItems.map((t) => [t.id, t]));
    const itemIdByName = new Map(existingItems.map((t) => [t.name, t.id]));
    const items = data.testItems.map((row) => {
      const id = itemIdByName.get(row.name) ?? row.id;
      idMap.set(row.id, id);
      return { ...row, id };
    });
    const changedItems = items.filter((row) => {
      const current = itemById.get(row.id);
      if (!current) return true;
      if (current.version > 1) return false;
      return (['aliases', 'kind', 'microbiological', 'unit'] as const).some((k) => !sameValue(current[k], row[k]));
    });
    if (changedItems.length > 0) {
      await tx
        .insert(testItems)
        .values(changedItems)
        .onConflictDoUpdate({
          target: testItems.id,
          set: { aliases: sql`excluded.aliases`, kind: sql`excluded.kind`, microbiological: sql`excluded.microbiological`, unit: sql`excluded.unit` },
        });
    }

    // Limits.
    const existingLimits = await tx.select().from(itemLimits);
    const limitById = new Map(existingLimits.map((l) => [l.id, l]));
    const limits = data.limits.map((row) => ({ ...row, testItemId: mapId(row.testItemId), categoryId: row.categoryId && mapId(row.categoryId) }));
    const changedLimits = limits.filter((row) => {
      const current = limitById.get(row.id);
      if (!current) return true;
      if (current.version > 1) return false;
      const fields = ['testItemId', 'categoryId', 'foodKeyword', 'standard', 'limitType', 'unit', 'note'] as const;
      return fields.some((k) => current[k] !== row[k]) || !sameNumber(current.limitValue, row.limitValue) || !sameValue(current.samplingPlan, row.samplingPlan);
    });
    for (let i = 0; i < changedLimits.length; i += 200) {
      await tx
        .insert(itemLimits)
        .values(changedLimits.slice(i, i + 200))
        .onConflictDoUpdate({
          target: itemLimits.id,
          set: {
            testItemId: sql`excluded.test_item_id`,
            categoryId: sql`excluded.category_id`,
            foodKeyword: sql`excluded.food_keyword`,
            standard: sql`excluded.standard`,
            limitType: sql`excluded.limit_type`,
            limitValue: sql`excluded.limit_value`,
            unit: sql`excluded.unit`,
            samplingPlan: sql`excluded.sampling_plan`,
            note: sql`excluded.note`,
          },
        });
    }

    const result = { categories: changedCats.length, testItems: changedItems.length, limits: changedLimits.length };
    if (result.categories + result.testItems + result.limits === 0) return result;
    const split = (changed: { id: string }[], existing: Map<string, unknown>) => {
      const inserted = changed.filter((r) => !existing.has(r.id)).length;
      return { inserted, updated: changed.length - inserted };
    };
    await recordAudit(tx, systemActor, {
      action: 'catalogue.seed',
      entityType: 'catalogue',
      after: {
        categories: split(changedCats, catById),
        testItems: split(changedItems, itemById),
        limits: split(changedLimits, limitById),
      },
    });
    return result;
  });
}
