import { pgTable, uuid, text, integer, boolean, jsonb, date, timestamptz, index, uniqueIndex } from './columns.js';
import { orgUnits } from './org.js';
import { samples } from './sampling.js';

/**
 * 核查处置: one per unqualified (or 问题) sample, owned by the bureau of the sampled party's
 * region, guided by the provincial division of the sample's link.
 */
export const disposals = pgTable(
  'disposals',
  {
    id: uuid('id').primaryKey(),
    sampleId: uuid('sample_id')
      .notNull()
      .references(() => samples.id),
    sampleNo: text('sample_no').notNull(),
    /** disposal (supervisory: 核查处置) | monitoring (risk monitoring 问题: 实施条例 art. 7 notification path) */
    kind: text('kind').notNull().default('disposal'),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** The provincial division that sees and guides it (生产处 / 经营处 / 餐饮处 / 特殊食品处 / 网络交易处). */
    guidingUnitId: uuid('guiding_unit_id').references(() => orgUnits.id),
    /** The sample's link; null while it is unknown (待确定). */
    link: text('link'),
    /** open | in_progress | pending_approval | closed | voided */
    status: text('status').notNull().default('open'),
    /** The legal anchor of the deadline: when the unqualified result reached the owner unit. */
    openedAt: timestamptz('opened_at').notNull(),
    ruleId: text('rule_id').notNull(),
    dueAt: timestamptz('due_at').notNull(),
    provisional: boolean('provisional').notNull().default(false),
    /** The legal deadline before any extension. */
    originalDueAt: timestamptz('original_due_at').notNull(),
    extension: jsonb('extension').$type<{ days: number; reason: string; approvedBy: string; approvedAt: string; documentNo: string } | null>(),
    closingRequestedAt: timestamptz('closing_requested_at'),
    closedAt: timestamptz('closed_at'),
    closedByUserId: uuid('closed_by_user_id'),
    voidedAt: timestamptz('voided_at'),
    voidReason: text('void_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('disposals_sample_key').on(t.sampleId),
    index('disposals_owner_status_idx').on(t.ownerUnitId, t.status, t.dueAt),
    index('disposals_guiding_idx').on(t.guidingUnitId, t.status),
    index('disposals_sample_no_idx').on(t.sampleNo),
    index('disposals_opened_idx').on(t.openedAt),
  ],
);

/** A step of a disposal: result notice delivered, then the five in place. */
export const disposalSteps = pgTable(
  'disposal_steps',
  {
    id: uuid('id').primaryKey(),
    disposalId: uuid('disposal_id')
      .notNull()
      .references(() => disposals.id, { onDelete: 'cascade' }),
    /** notice | riskControl | causeInvestigation | rectification | penalty | disclosure */
    kind: text('kind').notNull(),
    /** pending | done */
    status: text('status').notNull().default('pending'),
    doneOn: date('done_on', { mode: 'string' }),
    text: text('text'),
    /** Step-specific facts: quantities, recall level, case number or reason for no case, … */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    doneByUserId: uuid('done_by_user_id'),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('disposal_steps_kind_key').on(t.disposalId, t.kind)],
);

/** 协查: a request to the bureau of the nominal producer's jurisdiction (or, out of province, a letter). */
export const assistRequests = pgTable(
  'assist_requests',
  {
    id: uuid('id').primaryKey(),
    disposalId: uuid('disposal_id')
      .notNull()
      .references(() => disposals.id, { onDelete: 'cascade' }),
    fromUnitId: uuid('from_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** The Sichuan bureau asked; null when the producer is outside Sichuan. */
    toUnitId: uuid('to_unit_id').references(() => orgUnits.id),
    /** Out of province: the province named in the producer's address. */
    outsideProvince: text('outside_province'),
    producerName: text('producer_name').notNull(),
    producerAddress: text('producer_address'),
    /** requested | replied | closed (no reply will come; closed by the requesting bureau with a reason) */
    status: text('status').notNull().default('requested'),
    reply: text('reply'),
    repliedAt: timestamptz('replied_at'),
    closedReason: text('closed_reason'),
    closedAt: timestamptz('closed_at'),
    closedByUserId: uuid('closed_by_user_id'),
    documentNo: text('document_no'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('assist_requests_to_idx').on(t.toUnitId, t.status), index('assist_requests_disposal_idx').on(t.disposalId)],
);

/** Evidence files (photos, PDFs, Word) of any record; content on disk, hash recorded. */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    storagePath: text('storage_path').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('attachments_entity_idx').on(t.entityType, t.entityId)],
);

/** Numbering of outgoing documents per unit, year and kind (e.g. 川市监协〔2026〕12号). */
export const documentSequences = pgTable(
  'document_sequences',
  {
    unitId: uuid('unit_id').notNull(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    last: integer('last').notNull().default(0),
  },
  (t) => [uniqueIndex('document_sequences_key').on(t.unitId, t.year, t.kind)],
);
