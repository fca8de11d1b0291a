import { pgTable, uuid, text, integer, timestamptz, index, uniqueIndex, jsonb } from './columns.js';

/**
 * The organisation tree: province bureau → divisions / affiliated units / city bureaus → county bureaus.
 * `path` is the materialised ancestry ("/<rootId>/<childId>/…/<id>/") so that a data scope
 * (本级及下级) is one indexed prefix match in SQL.
 */
export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey(),
    parentId: uuid('parent_id'),
    path: text('path').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    /** 6-digit GB/T 2260 code; null for provincial divisions and affiliated units. */
    regionCode: text('region_code'),
    /** Stable handle for provincial units (e.g. "sampling"); used by routing rules and demo accounts. */
    slug: text('slug'),
    /** Businesses this unit oversees province-wide (e.g. a division's link). */
    businesses: jsonb('businesses').$type<string[]>().notNull().default([]),
    /** Duties from the source rule: [{ article, text }]. */
    duties: jsonb('duties').$type<{ article: string; text: string }[]>().notNull().default([]),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('org_units_slug_key').on(t.slug),
    index('org_units_parent_idx').on(t.parentId),
    index('org_units_path_idx').using('btree', t.path.op('text_pattern_ops')),
    index('org_units_region_idx').on(t.regionCode),
  ],
);
