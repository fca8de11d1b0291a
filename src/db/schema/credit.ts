import { pgTable, uuid, text, integer, date, timestamptz, index, uniqueIndex } from './columns.js';
import { sql } from 'drizzle-orm';
import { orgUnits } from './org.js';
import { enterprises } from './enterprises.js';
import { cases } from './cases.js';

/**
 * One export to the national credit publicity system (国家企业信用信息公示系统). 抽检监测处
 * prepares the unqualified results (`prepared`), 信用处 approves and sends them (`sent`) or returns
 * them (`returned`, its records due again) — seed art. 11(6); 信用处's own kinds are sent at once.
 */
export const creditExportBatches = pgTable('credit_export_batches', {
  id: uuid('id').primaryKey(),
  periodFrom: date('period_from', { mode: 'string' }).notNull(),
  periodTo: date('period_to', { mode: 'string' }).notNull(),
  recordCount: integer('record_count').notNull(),
  /** prepared | sent | returned */
  status: text('status').notNull().default('sent'),
  /** The unit that prepared it (抽检监测处 or 信用处). */
  preparedByUnitId: uuid('prepared_by_unit_id').references(() => orgUnits.id),
  approvedByUserId: uuid('approved_by_user_id'),
  approvedAt: timestamptz('approved_at'),
  returnReason: text('return_reason'),
  version: integer('version').notNull().default(1),
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

/**
 * 严重违法失信名单: entries with reasons and dates. "Who penalises lists" (《市场监督管理严重违法
 * 失信名单管理办法》): the authority that decided the penalty; a city or county bureau's listing is
 * `proposed` until the level above approves it (`listed`) or refuses it (`refused`).
 */
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
    /** The day the listing period ends (listedOn + dishonest.listedMonths): removed then. */
    expiresOn: date('expires_on', { mode: 'string' }),
    /** proposed | listed | refused | removed */
    status: text('status').notNull().default('listed'),
    /** The level above that approved or refused a bureau's listing. */
    approvedByUnitId: uuid('approved_by_unit_id').references(() => orgUnits.id),
    approvedByUserId: uuid('approved_by_user_id'),
    approvedOn: date('approved_on', { mode: 'string' }),
    refusalReason: text('refusal_reason'),
    removedOn: date('removed_on', { mode: 'string' }),
    /** expired (期满) | early (提前移出, from the review date) | decisionRevoked (处罚决定撤销等) */
    removalKind: text('removal_kind'),
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
    // At most one active (proposed or listed) entry per enterprise, held by the database as well as by the use case's lock.
    uniqueIndex('dishonest_entries_active_key').on(t.enterpriseId).where(sql`${t.status} IN ('proposed', 'listed')`),
  ],
);
