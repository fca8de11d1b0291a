import { pgTable, uuid, text, integer, boolean, jsonb, numeric, timestamptz, index, uniqueIndex } from './columns.js';
import type { SamplingPlan } from '../../domain/sampling/sampling-plan.js';

/** 食品分类 大类 → 亚类 → 品种 → 细类 (levels 1–4); reissued yearly, so editable reference data. */
export const foodCategories = pgTable(
  'food_categories',
  {
    id: uuid('id').primaryKey(),
    parentId: uuid('parent_id'),
    level: integer('level').notNull(),
    name: text('name').notNull(),
    /** Level-1 ancestor (大类): most filters and statistics group by it. */
    rootId: uuid('root_id').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('food_categories_parent_name_key').on(t.parentId, t.name), index('food_categories_root_idx').on(t.rootId)],
);

/** 检验项目: one measurable item (毒死蜱, 菌落总数 …) with the names publishers use for it. */
export const testItems = pgTable(
  'test_items',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    aliases: jsonb('aliases').$type<string[]>().notNull().default([]),
    /** pesticide | veterinary_drug | contaminant | additive | microbe | quality | other */
    kind: text('kind').notNull(),
    /** Microbiological failures cannot be retested (domain rule retest.excluded). */
    microbiological: boolean('microbiological').notNull().default(false),
    unit: text('unit'),
    /** Bumped on every edit; the seed leaves an item an administrator edited (version > 1) alone. */
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('test_items_name_key').on(t.name)],
);

/** A limit of an item for a food category (and its descendants) under a standard. */
export const itemLimits = pgTable(
  'item_limits',
  {
    id: uuid('id').primaryKey(),
    testItemId: uuid('test_item_id')
      .notNull()
      .references(() => testItems.id),
    categoryId: uuid('category_id').references(() => foodCategories.id),
    /** Applies when the category name contains this (e.g. 韭菜) below categoryId. */
    foodKeyword: text('food_keyword'),
    standard: text('standard').notNull(),
    /** max: value ≤ limit; min: value ≥ limit; not_detected: 不得检出 */
    limitType: text('limit_type').notNull(),
    limitValue: numeric('limit_value'),
    unit: text('unit'),
    /**
     * A microbiological sampling plan {n, c, m, M} (GB 4789.1-2016 §3.2), judged over its n
     * results; limit_value then holds M (three-class), m (two-class) or nothing (m = 0, 不得检出).
     */
    samplingPlan: jsonb('sampling_plan').$type<SamplingPlan>(),
    note: text('note'),
    /** Bumped on every edit; the seed leaves a limit an administrator edited (version > 1) alone. */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('item_limits_item_idx').on(t.testItemId)],
);
