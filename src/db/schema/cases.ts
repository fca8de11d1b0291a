import { pgTable, uuid, text, integer, boolean, jsonb, numeric, date, timestamptz, index, uniqueIndex } from './columns.js';
import { orgUnits } from './org.js';
import { enterprises } from './enterprises.js';
import { disposals } from './disposals.js';
import { escalations } from './escalations.js';
import type { CaseTimeLimits } from '../../domain/case-time-limits.js';

export interface CaseDecision {
  decisionNo: string;
  decidedOn: string;
  /** Yuan. */
  fineAmount: number;
  confiscatedIllegalGains: number;
  confiscatedGoods: string | null;
  /** none | suspend | revoke */
  licenceAction: string;
  /** 警告 (absent on decisions recorded before it was asked). */
  warning?: boolean;
  content: string;
}

export interface LegalReview {
  /** pending | approved | returned */
  status: string;
  requestedAt: string;
  requestedByUserId: string | null;
  proposal: string;
  proposedFine: number;
  opinion: string | null;
  reviewedAt: string | null;
  reviewedByUserId: string | null;
}

export interface JudicialTransfer {
  transferredOn: string;
  organ: string;
  documentNo: string;
  reason: string;
  receiptOn: string | null;
  receiptNo: string | null;
}

/**
 * 稽查案件, from a disposal, an escalation, a complaint or opened by hand. The stage moves
 * 立案 → 调查取证 → 处罚告知 → (听证) → 决定 → 执行 → 结案; each done stage is a case_stages row.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    caseNo: text('case_no').notNull(),
    title: text('title').notNull(),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    partyName: text('party_name').notNull(),
    /** disposal | escalation | complaint | manual */
    source: text('source').notNull(),
    disposalId: uuid('disposal_id').references(() => disposals.id),
    escalationId: uuid('escalation_id').references(() => escalations.id),
    complaintRef: text('complaint_ref'),
    /** The unit handling the case (稽查局 for cross-region cases, provincial units' cases and cases it took over). */
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    filedByUnitId: uuid('filed_by_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** filing | investigation | notice | hearing | decision | execution | closed */
    stage: text('stage').notNull().default('investigation'),
    major: boolean('major').notNull().default(false),
    crossRegion: boolean('cross_region').notNull().default(false),
    /** 行政处罚法 art. 58 ¶1 (1): 涉及重大公共利益 — stated by the case officer. */
    publicInterest: boolean('public_interest').notNull().default(false),
    /** Art. 58 ¶1 (3): 案件情况疑难复杂、涉及多个法律关系. */
    complex: boolean('complex').notNull().default(false),
    /** Art. 58 ¶1 (4): the law or regulation that requires review, when one does. */
    reviewRequiredBy: text('review_required_by'),
    /** The provincial division of the case's link (生产处, 经营处, 餐饮处, 特殊食品处 …): it reads the case and cooperates (配合, seed arts. 8(3), 9(3), 10(3)). */
    linkUnitId: uuid('link_unit_id').references(() => orgUnits.id),
    /** 稽查局 took the case over from a bureau (seed art. 12): { fromUnitId, on, reason, byUserId }. */
    takeOver: jsonb('take_over').$type<{ fromUnitId: string; on: string; reason: string; byUserId: string } | null>(),
    /** 发现线索 (the start of case.file); null for cases filed before it was recorded. */
    discoveredOn: date('discovered_on', { mode: 'string' }),
    /** The last day for 立案 (case.file with its extension and excluded time). */
    filingDueOn: date('filing_due_on', { mode: 'string' }),
    /** Approvals, extensions and excluded periods (case-time-limits.ts). */
    timeLimits: jsonb('time_limits').$type<CaseTimeLimits>().notNull().default({}),
    /** An open pause stops the decision clock (kept for the overdue filter in SQL). */
    clockSuspended: boolean('clock_suspended').notNull().default(false),
    facts: text('facts').notNull(),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    /** Decision deadline from filing (case.decide, extended, excluded time not counted). */
    dueAt: timestamptz('due_at').notNull(),
    provisional: boolean('provisional').notNull().default(false),
    legalReview: jsonb('legal_review').$type<LegalReview | null>(),
    decision: jsonb('decision').$type<CaseDecision | null>(),
    fineAmount: numeric('fine_amount', { mode: 'number' }),
    judicialTransfer: jsonb('judicial_transfer').$type<JudicialTransfer | null>(),
    closedOn: date('closed_on', { mode: 'string' }),
    createdByUserId: uuid('created_by_user_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_case_no_key').on(t.caseNo),
    index('cases_owner_stage_idx').on(t.ownerUnitId, t.stage),
    index('cases_enterprise_idx').on(t.enterpriseId),
    index('cases_disposal_idx').on(t.disposalId),
    index('cases_escalation_idx').on(t.escalationId),
    index('cases_link_unit_idx').on(t.linkUnitId),
  ],
);

/** A dated stage of a case, with its text, document number and facts. */
export const caseStages = pgTable(
  'case_stages',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    stage: text('stage').notNull(),
    doneOn: date('done_on', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    documentNo: text('document_no'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    doneByUserId: uuid('done_by_user_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('case_stages_stage_key').on(t.caseId, t.stage)],
);

/** Numeric thresholds as data (e.g. the fine that makes a decision need legal review), edited with audit. */
export const ruleSettings = pgTable('rule_settings', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  value: numeric('value', { mode: 'number' }).notNull(),
  unit: text('unit').notNull(),
  legalBasis: text('legal_basis').notNull(),
  level: text('level').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  updatedByUserId: uuid('updated_by_user_id'),
});
