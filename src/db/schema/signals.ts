import { sql } from 'drizzle-orm';
import { pgTable, uuid, text, integer, boolean, jsonb, doublePrecision, timestamptz, index, uniqueIndex, primaryKey } from './columns.js';
import { foodCategories } from './catalogue.js';
import { orgUnits } from './org.js';
import { riskMeetings } from './risk-meetings.js';

/** The thresholds of the signal run (src/domain/signals/rules.ts), edited by 抽检监测处 (migration 0037). */
export const signalRules = pgTable('signal_rules', {
  key: text('key').primaryKey(),
  value: doublePrecision('value').notNull(),
  /** Set once edited: start-up never overwrites it with the default. */
  edited: boolean('edited').notNull().default(false),
  version: integer('version').notNull().default(1),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  updatedByUserId: uuid('updated_by_user_id'),
});

/** One run of every method: after imports, nightly, on demand. */
export const signalRuns = pgTable(
  'signal_runs',
  {
    id: uuid('id').primaryKey(),
    /** import | nightly | manual | cli | demo */
    trigger: text('trigger').notNull(),
    /** running | done | failed */
    status: text('status').notNull().default('running'),
    startedAt: timestamptz('started_at').notNull().defaultNow(),
    finishedAt: timestamptz('finished_at'),
    tests: integer('tests').notNull().default(0),
    signals: integer('signals').notNull().default(0),
    newSignals: integer('new_signals').notNull().default(0),
    phaseMs: jsonb('phase_ms').$type<Record<string, number>>(),
    error: text('error'),
    startedByUserId: uuid('started_by_user_id'),
  },
  (t) => [index('signal_runs_started_idx').on(t.startedAt)],
);

/** A 风险信号: one row per stable key, found again by later runs (history in signal_history). */
export const signals = pgTable(
  'signals',
  {
    id: uuid('id').primaryKey(),
    /** method:region:category:subject — the same finding across runs. */
    key: text('key').notNull(),
    method: text('method').notNull(),
    title: text('title').notNull(),
    explanation: text('explanation').notNull(),
    regionCode: text('region_code'),
    /** The 大类 (category root) the signal is about, if any. */
    categoryId: uuid('category_id').references(() => foodCategories.id),
    link: text('link'),
    /** Test item or producer name. */
    subject: text('subject'),
    /** new | reviewing | accepted | dismissed (src/domain/signals/lifecycle.ts) */
    status: text('status').notNull().default('new'),
    /** The latest run's numbers (observed, expected, threshold, limits, p, q) and the chart's data. */
    statistic: jsonb('statistic').$type<Record<string, unknown>>().notNull(),
    sampleIds: jsonb('sample_ids').$type<string[]>().notNull().default([]),
    sampleNos: jsonb('sample_nos').$type<string[]>().notNull().default([]),
    /** Found by the latest run. */
    active: boolean('active').notNull().default(true),
    runs: integer('runs').notNull().default(1),
    firstRunId: uuid('first_run_id')
      .notNull()
      .references(() => signalRuns.id),
    lastRunId: uuid('last_run_id')
      .notNull()
      .references(() => signalRuns.id),
    firstSeenAt: timestamptz('first_seen_at').notNull(),
    lastSeenAt: timestamptz('last_seen_at').notNull(),
    decisionReason: text('decision_reason'),
    decidedByUserId: uuid('decided_by_user_id'),
    decidedAt: timestamptz('decided_at'),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('signals_key_key').on(t.key), index('signals_status_idx').on(t.status, t.lastSeenAt)],
);

/** The units a signal is routed to: the division of its link, the bureaus of its regions. */
export const signalUnits = pgTable(
  'signal_units',
  {
    signalId: uuid('signal_id')
      .notNull()
      .references(() => signals.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
  },
  (t) => [primaryKey({ name: 'signal_units_pk', columns: [t.signalId, t.unitId] }), index('signal_units_unit_idx').on(t.unitId)],
);

/** Each run that found the signal: its numbers then. */
export const signalHistory = pgTable(
  'signal_history',
  {
    signalId: uuid('signal_id')
      .notNull()
      .references(() => signals.id, { onDelete: 'cascade' }),
    runId: uuid('run_id')
      .notNull()
      .references(() => signalRuns.id),
    seenAt: timestamptz('seen_at').notNull(),
    observed: doublePrecision('observed'),
    expected: doublePrecision('expected'),
    p: doublePrecision('p').notNull(),
    q: doublePrecision('q').notNull(),
  },
  (t) => [primaryKey({ name: 'signal_history_pk', columns: [t.signalId, t.runId] })],
);

/** What was done from a signal: a tracking-sampling suggestion, a notice draft opened, the 321 agenda. */
export const signalFollowUps = pgTable(
  'signal_follow_ups',
  {
    id: uuid('id').primaryKey(),
    signalId: uuid('signal_id')
      .notNull()
      .references(() => signals.id, { onDelete: 'cascade' }),
    /** tracking | agenda */
    kind: text('kind').notNull(),
    /** The suggestion or agenda row. */
    refId: uuid('ref_id'),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('signal_follow_ups_signal_idx').on(t.signalId)],
);

/** A signal waiting on a unit's next 321 meeting (shown on its meeting form); meeting_id once discussed. */
export const riskMeetingAgenda = pgTable(
  'risk_meeting_agenda',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    signalId: uuid('signal_id')
      .notNull()
      .references(() => signals.id, { onDelete: 'cascade' }),
    addedByUserId: uuid('added_by_user_id'),
    addedAt: timestamptz('added_at').notNull().defaultNow(),
    meetingId: uuid('meeting_id').references(() => riskMeetings.id),
  },
  (t) => [uniqueIndex('risk_meeting_agenda_open_key').on(t.unitId, t.signalId).where(sql`${t.meetingId} IS NULL`)],
);
