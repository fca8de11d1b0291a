import { pgTable, uuid, text, integer, boolean, date, jsonb, timestamptz, index, primaryKey } from './columns.js';
import { orgUnits } from './org.js';

/** The "321" rhythm (seed art. 22) as data: per level, the unit kinds obliged and the period length. */
export const riskMeetingRules = pgTable('risk_meeting_rules', {
  level: text('level').primaryKey(),
  unitKinds: jsonb('unit_kinds').$type<string[]>().notNull(),
  periodMonths: integer('period_months').notNull(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  basis: text('basis').notNull(),
  /** Set once 协调处 edits the rule: start-up then never overwrites it with the default. */
  edited: boolean('edited').notNull().default(false),
  version: integer('version').notNull().default(1),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  updatedByUserId: uuid('updated_by_user_id'),
});

/**
 * One row per obliged unit and period the scheduler opened: the unique key makes opening a
 * period idempotent across restarts and processes (INSERT … ON CONFLICT DO NOTHING RETURNING).
 */
export const riskMeetingPeriods = pgTable(
  'risk_meeting_periods',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    level: text('level').notNull(),
    workItemId: uuid('work_item_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.periodStart] })],
);

export interface MeetingParticipants {
  units: { id: string; name: string }[];
  people: string[];
}
export interface MeetingRisk {
  description: string;
  categoryId?: string | null;
  categoryName?: string | null;
  regionCode?: string | null;
  link?: string | null;
  level: 'high' | 'medium' | 'low';
}

/** 研判活动: one risk-analysis meeting of a unit, counted for one period. */
export const riskMeetings = pgTable(
  'risk_meetings',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    level: text('level').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    /** Recorded for the previous period (逾期补开). */
    late: boolean('late').notNull().default(false),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    form: text('form').notNull(),
    /** A meeting of the leading group (领导小组, seed arts. 19–20), held by the province bureau. */
    leadingGroup: boolean('leading_group').notNull().default(false),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    participants: jsonb('participants').$type<MeetingParticipants>().notNull(),
    sources: jsonb('sources').$type<string[]>().notNull(),
    risks: jsonb('risks').$type<MeetingRisk[]>().notNull(),
    conclusions: text('conclusions'),
    minutes: text('minutes'),
    recordedByUserId: uuid('recorded_by_user_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('risk_meetings_unit_period_idx').on(t.unitId, t.periodStart), index('risk_meetings_period_idx').on(t.level, t.periodStart)],
);

/** A follow-up action decided at a meeting: an owner unit, a due date, its work item. */
export const riskMeetingActions = pgTable(
  'risk_meeting_actions',
  {
    id: uuid('id').primaryKey(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => riskMeetings.id, { onDelete: 'cascade' }),
    /** task | tracking_sampling | notice */
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    categoryId: uuid('category_id'),
    regionCode: text('region_code'),
    items: jsonb('items').$type<string[]>().notNull().default([]),
    workItemId: uuid('work_item_id'),
    suggestionId: uuid('suggestion_id'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('risk_meeting_actions_meeting_idx').on(t.meetingId)],
);

/** The leading group's composition (seed arts. 19–20): positions, each the head of a unit. */
export const leadingGroupMembers = pgTable('leading_group_members', {
  id: uuid('id').primaryKey(),
  /** leader (组长) | deputy (副组长) | member (成员) */
  role: text('role').notNull(),
  unitId: uuid('unit_id')
    .notNull()
    .references(() => orgUnits.id),
  position: text('position').notNull(),
  personName: text('person_name'),
  sortOrder: integer('sort_order').notNull().default(0),
  version: integer('version').notNull().default(1),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});
