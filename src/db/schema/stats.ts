import { sql } from 'drizzle-orm';
import { pgTable, uuid, text, integer, smallint, boolean, date, index, unique, primaryKey } from './columns.js';

/**
 * Counts of samples kept as results change (migration 0027, docs/dashboard.md): one row per
 * owner unit, county region, month of the sampling date, category root, link, sampling type and
 * plan. Written only by src/modules/stats.
 */
export const sampleStats = pgTable(
  'sample_stats',
  {
    ownerUnitId: uuid('owner_unit_id').notNull(),
    regionCode: text('region_code'),
    /** First day of the month of the sampling date. */
    month: date('month', { mode: 'string' }).notNull(),
    categoryRootId: uuid('category_root_id'),
    link: text('link'),
    samplingType: text('sampling_type').notNull(),
    planId: uuid('plan_id'),
    samples: integer('samples').notNull().default(0),
    unqualified: integer('unqualified').notNull().default(0),
    /** Risk-monitoring findings (问题). */
    issue: integer('issue').notNull().default(0),
  },
  (t) => [
    unique('sample_stats_key').on(t.ownerUnitId, t.regionCode, t.month, t.categoryRootId, t.link, t.samplingType, t.planId).nullsNotDistinct(),
    index('sample_stats_month_idx').on(t.month, t.regionCode),
    index('sample_stats_plan_idx').on(t.planId).where(sql`${t.planId} IS NOT NULL`),
  ],
);

/** sample_stats without category root, sampling type and plan: the province view's figures by area and month. */
export const sampleStatsArea = pgTable(
  'sample_stats_area',
  {
    ownerUnitId: uuid('owner_unit_id').notNull(),
    regionCode: text('region_code'),
    month: date('month', { mode: 'string' }).notNull(),
    link: text('link'),
    samples: integer('samples').notNull().default(0),
    unqualified: integer('unqualified').notNull().default(0),
    issue: integer('issue').notNull().default(0),
  },
  (t) => [
    unique('sample_stats_area_key').on(t.ownerUnitId, t.regionCode, t.month, t.link).nullsNotDistinct(),
    index('sample_stats_area_month_idx').on(t.month, t.regionCode),
  ],
);

/** What each sample contributes to sample_stats now, so a change subtracts the old and adds the new. */
export const sampleStatMembers = pgTable('sample_stat_members', {
  sampleId: uuid('sample_id').primaryKey(),
  ownerUnitId: uuid('owner_unit_id').notNull(),
  regionCode: text('region_code'),
  month: date('month', { mode: 'string' }).notNull(),
  categoryRootId: uuid('category_root_id'),
  link: text('link'),
  samplingType: text('sampling_type').notNull(),
  planId: uuid('plan_id'),
  conclusion: text('conclusion').notNull(),
  /** The sample's own category (any level), the sampled party's kind and the lab: the analytics cube's dimensions (migration 0036). */
  categoryId: uuid('category_id'),
  enterpriseKind: text('enterprise_kind'),
  labName: text('lab_name'),
});

/**
 * The analytics explorer's counts (migration 0036, docs/analytics.md): one row per owner unit,
 * county region, month, the sample's category (any level), category root, link, sampling type,
 * the sampled party's enterprise kind and the lab. Written only by src/modules/stats.
 */
export const analyticsCube = pgTable(
  'analytics_cube',
  {
    ownerUnitId: uuid('owner_unit_id').notNull(),
    regionCode: text('region_code'),
    month: date('month', { mode: 'string' }).notNull(),
    categoryId: uuid('category_id'),
    categoryRootId: uuid('category_root_id'),
    link: text('link'),
    samplingType: text('sampling_type').notNull(),
    enterpriseKind: text('enterprise_kind'),
    labName: text('lab_name'),
    samples: integer('samples').notNull().default(0),
    unqualified: integer('unqualified').notNull().default(0),
    issue: integer('issue').notNull().default(0),
  },
  (t) => [
    unique('analytics_cube_key')
      .on(t.ownerUnitId, t.regionCode, t.month, t.categoryId, t.categoryRootId, t.link, t.samplingType, t.enterpriseKind, t.labName)
      .nullsNotDistinct(),
    index('analytics_cube_month_idx').on(t.month, t.regionCode),
    index('analytics_cube_root_idx').on(t.categoryRootId, t.month),
  ],
);

/**
 * analytics_cube without the owner unit, at four grains side by side (`grain`: 1 city × month ×
 * 大类 × link × type; 2 the same by county; 3 grain 1 with enterprise kind and lab; 4 grain 1 with
 * the category): what provincial readers' pivots read (migration 0036, docs/analytics.md).
 */
export const analyticsRollup = pgTable(
  'analytics_rollup',
  {
    grain: smallint('grain').notNull(),
    regionCode: text('region_code'),
    month: date('month', { mode: 'string' }).notNull(),
    categoryId: uuid('category_id'),
    categoryRootId: uuid('category_root_id'),
    link: text('link'),
    samplingType: text('sampling_type').notNull(),
    enterpriseKind: text('enterprise_kind'),
    labName: text('lab_name'),
    samples: integer('samples').notNull().default(0),
    unqualified: integer('unqualified').notNull().default(0),
    issue: integer('issue').notNull().default(0),
  },
  (t) => [
    unique('analytics_rollup_key')
      .on(t.grain, t.regionCode, t.month, t.categoryId, t.categoryRootId, t.link, t.samplingType, t.enterpriseKind, t.labName)
      .nullsNotDistinct(),
    index('analytics_rollup_grain_month_idx').on(t.grain, t.month),
  ],
);

/** analytics_item_cube without the owner unit, by city: provincial readers' item pivots. */
export const analyticsItemRollup = pgTable(
  'analytics_item_rollup',
  {
    regionCode: text('region_code'),
    month: date('month', { mode: 'string' }).notNull(),
    categoryRootId: uuid('category_root_id'),
    link: text('link'),
    samplingType: text('sampling_type').notNull(),
    itemName: text('item_name').notNull(),
    samples: integer('samples').notNull().default(0),
    unqualified: integer('unqualified').notNull().default(0),
    issue: integer('issue').notNull().default(0),
  },
  (t) => [
    unique('analytics_item_rollup_key').on(t.regionCode, t.month, t.categoryRootId, t.link, t.samplingType, t.itemName).nullsNotDistinct(),
    index('analytics_item_rollup_month_idx').on(t.month),
  ],
);

/**
 * analytics_item_rollup by city, month and item only (migration 0040): the item pivots of readers
 * who see every sample (no link or category scope) with no 大类, link or sampling-type dimension
 * or filter — item × city, item × month, rates by item — read a seventh of the item rollup's rows.
 */
export const analyticsItemMonths = pgTable(
  'analytics_item_months',
  {
    regionCode: text('region_code'),
    month: date('month', { mode: 'string' }).notNull(),
    itemName: text('item_name').notNull(),
    samples: integer('samples').notNull().default(0),
    unqualified: integer('unqualified').notNull().default(0),
    issue: integer('issue').notNull().default(0),
  },
  (t) => [
    unique('analytics_item_months_key').on(t.regionCode, t.month, t.itemName).nullsNotDistinct(),
    index('analytics_item_months_month_idx').on(t.month),
  ],
);

/** Per test item: samples tested for it and samples that failed it, by the coarse dimensions. */
export const analyticsItemCube = pgTable(
  'analytics_item_cube',
  {
    ownerUnitId: uuid('owner_unit_id').notNull(),
    regionCode: text('region_code'),
    month: date('month', { mode: 'string' }).notNull(),
    categoryRootId: uuid('category_root_id'),
    link: text('link'),
    samplingType: text('sampling_type').notNull(),
    itemName: text('item_name').notNull(),
    samples: integer('samples').notNull().default(0),
    /** Samples that failed the item and whose conclusion is 不合格 (an overturned sample is not counted). */
    unqualified: integer('unqualified').notNull().default(0),
    /** Samples that failed the item and whose conclusion is 问题 (risk monitoring). */
    issue: integer('issue').notNull().default(0),
  },
  (t) => [
    unique('analytics_item_cube_key').on(t.ownerUnitId, t.regionCode, t.month, t.categoryRootId, t.link, t.samplingType, t.itemName).nullsNotDistinct(),
    index('analytics_item_cube_month_idx').on(t.month, t.regionCode),
    /** The rows with a failure only: the briefing pack's unqualified items (migration 0040). */
    index('analytics_item_cube_unqualified_idx').on(t.month, t.regionCode).where(sql`${t.unqualified} > 0`),
  ],
);

/** What each sample contributes to analytics_item_cube now: its effective items (catalogue name) and whether each failed. */
export const analyticsItemMembers = pgTable(
  'analytics_item_members',
  {
    sampleId: uuid('sample_id').notNull(),
    itemName: text('item_name').notNull(),
    failed: boolean('failed').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sampleId, t.itemName] })],
);
