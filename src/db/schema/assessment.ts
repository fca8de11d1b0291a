import { pgTable, uuid, text, integer, jsonb, numeric, date, timestamptz, index, uniqueIndex, primaryKey } from './columns.js';
import { orgUnits } from './org.js';

/**
 * 考核指标: one indicator of a year's assessment set, as data (issue 15). `computation` names one
 * file of src/modules/assessment/computations/ (the registry), `params` its parameters.
 */
export const assessmentIndicators = pgTable(
  'assessment_indicators',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    definition: text('definition').notNull(),
    computation: text('computation').notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
    /** What the value measures in: ratio (a share 0–1, shown as %), points (a deduction). */
    measure: text('measure').notNull().default('ratio'),
    /** higher | lower (better), or deduction (points taken off the score). */
    direction: text('direction').notNull(),
    target: numeric('target', { mode: 'number' }).notNull(),
    weight: numeric('weight', { mode: 'number' }).notNull(),
    /** division | city | county */
    unitKinds: jsonb('unit_kinds').$type<string[]>().notNull(),
    /** year | quarter: a quarter indicator is also assessed in the quarterly assessments. */
    period: text('period').notNull().default('year'),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    updatedByUserId: uuid('updated_by_user_id'),
  },
  (t) => [uniqueIndex('assessment_indicators_year_code_key').on(t.year, t.code)],
);

/** A published assessment (annual `year` or `Q1`…`Q4`): the scores as published, and the freeze of the year's set. */
export const assessmentResults = pgTable(
  'assessment_results',
  {
    year: integer('year').notNull(),
    period: text('period').notNull(),
    publishedAt: timestamptz('published_at').notNull(),
    publishedByUserId: uuid('published_by_user_id'),
    /** { level: items[] } exactly as GET /api/assessment/scores answered at publication. */
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.period] })],
);

/** 明查暗访 / 交叉检查 / 四不两直: a check plan of the checking unit. */
export const assessmentChecks = pgTable(
  'assessment_checks',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    /** open (明查) | covert (暗访) | cross (交叉检查) | unannounced (四不两直) */
    method: text('method').notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    /** The team: people, each of a unit (交叉检查 draws them from other units). */
    team: jsonb('team').$type<{ unitId: string; personName: string }[]>().notNull().default([]),
    notes: text('notes'),
    createdByUnitId: uuid('created_by_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    createdByUserId: uuid('created_by_user_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('assessment_checks_year_idx').on(t.year)],
);

export const assessmentCheckUnits = pgTable(
  'assessment_check_units',
  {
    checkId: uuid('check_id')
      .notNull()
      .references(() => assessmentChecks.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.unitId] }), index('assessment_check_units_unit_idx').on(t.unitId)],
);

/** A finding of a check at one unit, its rectification requirement (整改意见) and the rectification's life. */
export const assessmentFindings = pgTable(
  'assessment_findings',
  {
    id: uuid('id').primaryKey(),
    checkId: uuid('check_id')
      .notNull()
      .references(() => assessmentChecks.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    description: text('description').notNull(),
    requirement: text('requirement').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    foundOn: date('found_on', { mode: 'string' }).notNull(),
    /** The deduction indicator of the year's set it counts against, and the points. */
    indicatorCode: text('indicator_code'),
    deduction: numeric('deduction', { mode: 'number' }).notNull().default(0),
    /** open | reported | accepted (returned goes back to open) */
    status: text('status').notNull().default('open'),
    report: text('report'),
    reportedAt: timestamptz('reported_at'),
    acceptedAt: timestamptz('accepted_at'),
    reviewNote: text('review_note'),
    createdByUserId: uuid('created_by_user_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('assessment_findings_unit_idx').on(t.unitId, t.foundOn), index('assessment_findings_check_idx').on(t.checkId)],
);

export type AssessmentIndicatorRow = typeof assessmentIndicators.$inferSelect;
