import { pgTable, uuid, text, integer, date, timestamptz, index, uniqueIndex } from './columns.js';
import { sql } from 'drizzle-orm';
import { orgUnits } from './org.js';
import { enterprises } from './enterprises.js';
import { cases } from './cases.js';

/** One export to the national credit publicity system (国家企业信用信息公示系统). */
export const creditExportBatches = pgTable('credit_export_batches', {
  id: uuid('id').primaryKey(),
  periodFrom: date('period_from', { mode: 'string' }).notNull(),
  periodTo: date('period_to', { mode: 'string' }).notNull(),
  recordCount: integer('record_count').notNull(),
  createdByUserId: uuid('created_by_user_id'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

/** A record already sent: the unique key makes sending anything twice impossible. */
export const creditPublications = pgTable(
  'credit_publications',
  {
    id: uuid('id').primaryKey(),
    /** unqualified | penalty | interview | dishonest */
    recordKind: text('record_kind').notNull(),
    recordId: uuid('record_id').notNull(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => creditExportBatches.id),
    sentAt: timestamptz('sent_at').notNull(),
  },
  (t) => [uniqueIndex('credit_publications_record_key').on(t.recordKind, t.recordId), index('credit_publications_batch_idx').on(t.batchId)],
);

/** 严重违法失信名单: entries with reasons and dates, kept by the Credit Division. */
export const dishonestEntries = pgTable(
  'dishonest_entries',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    caseId: uuid('case_id').references(() => cases.id),
    reason: text('reason').notNull(),
    legalBasis: text('legal_basis').notNull(),
    decisionNo: text('decision_no').notNull(),
    listedOn: date('listed_on', { mode: 'string' }).notNull(),
    /** The earliest date the enterprise may apply for removal. */
    reviewableOn: date('reviewable_on', { mode: 'string' }),
    /** listed | removed */
    status: text('status').notNull().default('listed'),
    removedOn: date('removed_on', { mode: 'string' }),
    removalReason: text('removal_reason'),
    listedByUnitId: uuid('listed_by_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    createdByUserId: uuid('created_by_user_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('dishonest_entries_enterprise_idx').on(t.enterpriseId),
    index('dishonest_entries_status_idx').on(t.status, t.listedOn),
    // At most one active entry per enterprise, held by the database as well as by the use case's lock.
    uniqueIndex('dishonest_entries_listed_key').on(t.enterpriseId).where(sql`${t.status} = 'listed'`),
  ],
);
