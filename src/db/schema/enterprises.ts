import { pgTable, uuid, text, integer, boolean, jsonb, timestamptz, index, uniqueIndex } from './columns.js';
import { sql } from 'drizzle-orm';
import { orgUnits } from './org.js';

/**
 * 食品生产经营者. One row per credit code; rows without a code are matched on normalised name +
 * region and flagged for review. `owner_unit_id` is the bureau of the region (jurisdiction),
 * which is what data scope filters on.
 */
export const enterprises = pgTable(
  'enterprises',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    normalizedName: text('normalized_name').notNull(),
    creditCode: text('credit_code'),
    licenceNumbers: jsonb('licence_numbers').$type<string[]>().notNull().default([]),
    /** producer | distributor | caterer | special_food | online_platform */
    kind: text('kind').notNull(),
    regionCode: text('region_code'),
    address: text('address'),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    needsReview: boolean('needs_review').notNull().default(false),
    reviewReasons: jsonb('review_reasons').$type<string[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('enterprises_credit_code_key').on(t.creditCode),
    uniqueIndex('enterprises_name_region_nocode_key')
      .on(t.normalizedName, sql`coalesce(${t.regionCode}, '')`)
      .where(sql`${t.creditCode} IS NULL`),
    index('enterprises_owner_idx').on(t.ownerUnitId),
    index('enterprises_region_idx').on(t.regionCode),
    index('enterprises_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    // Name search: trigrams for three characters or more, bigrams for two (鑫源), which a trigram
    // index cannot serve; text_bigrams() is migration 0008.
    index('enterprises_name_bigram_idx').using('gin', sql`text_bigrams(${t.name})`),
  ],
);
