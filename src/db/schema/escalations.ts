import { pgTable, uuid, text, integer, boolean, date, timestamptz, index, uniqueIndex, primaryKey } from './columns.js';
import { orgUnits } from './org.js';
import { enterprises } from './enterprises.js';
import { samples } from './sampling.js';
import { disposals } from './disposals.js';

/**
 * Escalation rules as data (domain-rules.md, "Escalation rules from the seed"): seeded with the
 * seed's thresholds, edited by administrators with audit. The engine (src/domain/escalation)
 * reads these rows, never constants.
 */
export const escalationRules = pgTable('escalation_rules', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** producer | distributor | caterer | special_food — whose results count */
  subject: text('subject').notNull(),
  /** batchesInYear (≥ threshold in one calendar year) | consecutiveYears (≥ threshold in each of `years` consecutive years) */
  kind: text('kind').notNull(),
  threshold: integer('threshold').notNull(),
  years: integer('years').notNull().default(1),
  /** calendarYear | rolling12Months — how "一年内" is read by a batchesInYear rule (rule-defaults.ts). */
  window: text('window').notNull().default('calendarYear'),
  /** Business of the provincial division that owns the escalation (production, distribution, …). */
  ownerBusiness: text('owner_business').notNull(),
  legalBasis: text('legal_basis').notNull(),
  /** V | S | U — U ships as 待核实 */
  level: text('level').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  version: integer('version').notNull().default(1),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  updatedByUserId: uuid('updated_by_user_id'),
});

/**
 * 督办: one per enterprise, rule and year, owned by the rule's division and assigned to the
 * enterprise's city bureau. Created and kept current by the engine; people report, close or
 * withdraw it.
 */
export const escalations = pgTable(
  'escalations',
  {
    id: uuid('id').primaryKey(),
    ruleId: text('rule_id')
      .notNull()
      .references(() => escalationRules.id),
    year: integer('year').notNull(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    /** The provincial division that supervises it. */
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** The city bureau of the enterprise's region: does the investigation and inspection. */
    assignedUnitId: uuid('assigned_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** open | reported (handling reported by the bureau) | closed | withdrawn */
    status: text('status').notNull().default('open'),
    /** Counted results when the rule fired, and now (overturned results drop out). */
    countAtFiring: integer('count_at_firing').notNull(),
    currentCount: integer('current_count').notNull(),
    threshold: integer('threshold').notNull(),
    /** A later overturn took the count below the rule's threshold. */
    belowThreshold: boolean('below_threshold').notNull().default(false),
    /** The enterprise has no credit code: matched by normalised name + region, to verify. */
    matchedByName: boolean('matched_by_name').notNull().default(false),
    firedAt: timestamptz('fired_at').notNull(),
    dueAt: timestamptz('due_at').notNull(),
    provisional: boolean('provisional').notNull().default(false),
    report: text('report'),
    reportedAt: timestamptz('reported_at'),
    reportedByUserId: uuid('reported_by_user_id'),
    closingNote: text('closing_note'),
    closedAt: timestamptz('closed_at'),
    closedByUserId: uuid('closed_by_user_id'),
    withdrawReason: text('withdraw_reason'),
    withdrawnAt: timestamptz('withdrawn_at'),
    withdrawnByUserId: uuid('withdrawn_by_user_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('escalations_enterprise_rule_year_key').on(t.enterpriseId, t.ruleId, t.year),
    index('escalations_owner_status_idx').on(t.ownerUnitId, t.status, t.dueAt),
    index('escalations_assigned_status_idx').on(t.assignedUnitId, t.status),
  ],
);

/** The samples behind an escalation ("why"); `counted` turns false when a result is overturned. */
export const escalationSamples = pgTable(
  'escalation_samples',
  {
    escalationId: uuid('escalation_id')
      .notNull()
      .references(() => escalations.id, { onDelete: 'cascade' }),
    sampleId: uuid('sample_id')
      .notNull()
      .references(() => samples.id),
    sampleNo: text('sample_no').notNull(),
    samplingDate: date('sampling_date', { mode: 'string' }).notNull(),
    counted: boolean('counted').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.escalationId, t.sampleId] }), index('escalation_samples_sample_idx').on(t.sampleId)],
);

/** 飞行检查 / 体系检查 / 专项检查 requested of 检查技术中心 (seed art. 15), with the findings it records. */
export const inspections = pgTable(
  'inspections',
  {
    id: uuid('id').primaryKey(),
    escalationId: uuid('escalation_id').references(() => escalations.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    /** flight | system | special */
    kind: text('kind').notNull(),
    requestedByUnitId: uuid('requested_by_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    inspectionUnitId: uuid('inspection_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    reason: text('reason').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    /** requested | done */
    status: text('status').notNull().default('requested'),
    inspectedOn: date('inspected_on', { mode: 'string' }),
    inspectors: text('inspectors'),
    findings: text('findings'),
    /** compliant | defects (rectification ordered) | violations (evidence of an offence) */
    conclusion: text('conclusion'),
    doneAt: timestamptz('done_at'),
    doneByUserId: uuid('done_by_user_id'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('inspections_escalation_idx').on(t.escalationId), index('inspections_unit_status_idx').on(t.inspectionUnitId, t.status)],
);

/** 约谈: a responsibility interview (食品安全法 art. 114); it enters the enterprise's credit record. */
export const interviews = pgTable(
  'interviews',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    escalationId: uuid('escalation_id').references(() => escalations.id),
    disposalId: uuid('disposal_id').references(() => disposals.id),
    /** The unit that held it. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    place: text('place'),
    /** Regulators present. */
    officials: text('officials').notNull(),
    /** Enterprise people present (legal representative, person in charge of food safety, …). */
    attendees: text('attendees').notNull(),
    reason: text('reason').notNull(),
    commitments: text('commitments').notNull(),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('interviews_enterprise_idx').on(t.enterpriseId, t.heldOn), index('interviews_escalation_idx').on(t.escalationId)],
);
