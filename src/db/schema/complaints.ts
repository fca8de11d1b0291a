import { sql } from 'drizzle-orm';
import { pgTable, uuid, text, integer, jsonb, timestamptz, boolean, index, uniqueIndex } from './columns.js';
import { orgUnits } from './org.js';
import { users } from './auth.js';
import { enterprises } from './enterprises.js';

/**
 * 投诉举报 (issue 14 §1): one complaint or report from any channel. The complainant's name and
 * phone are personal information, stored only encrypted (AES-256-GCM with the key from
 * JJLD_COMPLAINT_KEY); `complainant_fingerprint` is a keyed hash of the phone (or name) that finds
 * duplicates without decrypting. `received_at` is the legal trigger of every period.
 */
export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey(),
    /** The tracking number the complainant gets (查询编号), also the Open311 service_request_id. */
    trackingNo: text('tracking_no').notNull(),
    /** portal | phone | letter | visit | hotline (12345) | other */
    channel: text('channel').notNull(),
    /** portal | manual | import | api */
    intake: text('intake').notNull(),
    /** complaint (投诉, consumer dispute) | report (举报, violation) */
    kind: text('kind').notNull(),
    anonymous: boolean('anonymous').notNull().default(false),
    complainantNameEnc: text('complainant_name_enc'),
    complainantPhoneEnc: text('complainant_phone_enc'),
    complainantFingerprint: text('complainant_fingerprint'),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    enterpriseName: text('enterprise_name'),
    enterpriseCreditCode: text('enterprise_credit_code'),
    /** The subject was matched by name + region only (or created): a person should check it. */
    enterpriseNeedsReview: boolean('enterprise_needs_review').notNull().default(false),
    foodName: text('food_name'),
    address: text('address'),
    regionCode: text('region_code'),
    routingNote: text('routing_note'),
    description: text('description').notNull(),
    hotlineNo: text('hotline_no'),
    hotlineDueAt: timestamptz('hotline_due_at'),
    /** An idempotency key of the sending system (X-Request-Id): a replay answers the first record. */
    requestKey: text('request_key'),
    intakeKeyId: uuid('intake_key_id'),
    handlerUnitId: uuid('handler_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    divisionUnitId: uuid('division_unit_id').references(() => orgUnits.id),
    status: text('status').notNull(),
    /** mediated | unfounded | inspection | suggestion | case (closed); the reason when rejected */
    outcome: text('outcome'),
    outcomeNote: text('outcome_note'),
    caseId: uuid('case_id'),
    suggestionId: uuid('suggestion_id'),
    replyText: text('reply_text'),
    repliedAt: timestamptz('replied_at'),
    mergedIntoId: uuid('merged_into_id'),
    duplicateCount: integer('duplicate_count').notNull().default(0),
    receivedAt: timestamptz('received_at').notNull(),
    acceptDueAt: timestamptz('accept_due_at'),
    acceptedAt: timestamptz('accepted_at'),
    dueAt: timestamptz('due_at'),
    closedAt: timestamptz('closed_at'),
    provisional: boolean('provisional').notNull().default(false),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('complaints_tracking_no_key').on(t.trackingNo),
    // One record per 12345 work order: a second transfer of the same number is merged, never stored twice.
    uniqueIndex('complaints_hotline_no_key').on(t.hotlineNo).where(sql`${t.hotlineNo} IS NOT NULL AND ${t.mergedIntoId} IS NULL`),
    uniqueIndex('complaints_request_key').on(t.intakeKeyId, t.requestKey).where(sql`${t.requestKey} IS NOT NULL`),
    index('complaints_handler_idx').on(t.handlerUnitId, t.status),
    index('complaints_duplicate_idx').on(t.complainantFingerprint, t.enterpriseId, t.receivedAt),
    index('complaints_received_idx').on(t.receivedAt),
  ],
);

/**
 * Keys of outside systems (the 12345 hotline) for the intake API: only a SHA-256 of the key is
 * stored; the key itself is shown once. A key may only file complaints and read their status.
 */
export const intakeKeys = pgTable(
  'intake_keys',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    keyHash: text('key_hash').notNull(),
    /** The first characters, so an administrator can tell keys apart. */
    prefix: text('prefix').notNull(),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    lastUsedAt: timestamptz('last_used_at'),
    revokedAt: timestamptz('revoked_at'),
  },
  (t) => [uniqueIndex('intake_keys_hash_key').on(t.keyHash)],
);

/** A 12345 import: run at once, kept job-shaped so the web polls it like the sample import. */
export const complaintImports = pgTable(
  'complaint_imports',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    fileName: text('file_name').notNull(),
    status: text('status').notNull(),
    summary: jsonb('summary'),
    error: text('error'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    finishedAt: timestamptz('finished_at'),
  },
  (t) => [index('complaint_imports_unit_idx').on(t.unitId, t.createdAt)],
);
