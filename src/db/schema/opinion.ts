import { pgTable, uuid, text, integer, jsonb, date, timestamptz, index, uniqueIndex, primaryKey } from './columns.js';
import { orgUnits } from './org.js';
import { workItems } from './work-items.js';
import { enterprises } from './enterprises.js';
import { samples } from './sampling.js';
import { explainers, publications } from './publication.js';
import { complaints } from './complaints.js';

/**
 * An opinion event (舆情事件, migration 0035): the register kept by 宣传和档案中心 and 新闻宣传处
 * (seed arts. 14(2), 21, 24). States and actions: src/domain/workflow/opinion-event.ts.
 */
export const opinionEvents = pgTable(
  'opinion_events',
  {
    id: uuid('id').primaryKey(),
    title: text('title').notNull(),
    /** media | social | monitoring | hotline (12345 集中反映) | other (src/domain/opinion/opinion-rules.ts) */
    source: text('source').notNull(),
    /** The outlet, platform or report named (e.g. 某某日报, 微博). */
    sourceNote: text('source_note'),
    firstSeenAt: timestamptz('first_seen_at').notNull(),
    summary: text('summary').notNull(),
    /** Web addresses (http/https only, checked on input). */
    links: jsonb('links').$type<string[]>().notNull().default([]),
    /** general (一般) | significant (较大) | major (重大) */
    level: text('level').notNull(),
    /** open (处置中) | closed (已办结) */
    status: text('status').notNull().default('open'),
    /** 宣传和档案中心 or 新闻宣传处. */
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** The city or county bureau whose area the event concerns, if any: that bureau's line reads it. */
    regionUnitId: uuid('region_unit_id').references(() => orgUnits.id),
    /** The opinion-watch work item it was opened from. */
    fromWatchItemId: uuid('from_watch_item_id').references(() => workItems.id),
    closingSummary: text('closing_summary'),
    closedAt: timestamptz('closed_at'),
    recordedByUnitId: uuid('recorded_by_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    recordedByUserId: uuid('recorded_by_user_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('opinion_events_list_idx').on(t.status, t.level, t.firstSeenAt), index('opinion_events_owner_idx').on(t.ownerUnitId), index('opinion_events_region_idx').on(t.regionUnitId)],
);

export const opinionEventEnterprises = pgTable(
  'opinion_event_enterprises',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => opinionEvents.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.enterpriseId] })],
);

export const opinionEventSamples = pgTable(
  'opinion_event_samples',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => opinionEvents.id, { onDelete: 'cascade' }),
    sampleId: uuid('sample_id')
      .notNull()
      .references(() => samples.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.sampleId] })],
);

/**
 * Complaints an event concerns (migration 0039), e.g. the 12345 transfers of a 12345 surge. Named by
 * tracking number; shown on the event without the complainant (src/modules/opinion/event-links.ts).
 */
export const opinionEventComplaints = pgTable(
  'opinion_event_complaints',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => opinionEvents.id, { onDelete: 'cascade' }),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.complaintId] }), index('opinion_event_complaints_complaint_idx').on(t.complaintId)],
);

export const opinionEventPublications = pgTable(
  'opinion_event_publications',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => opinionEvents.id, { onDelete: 'cascade' }),
    publicationId: uuid('publication_id')
      .notNull()
      .references(() => publications.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.publicationId] }), index('opinion_event_publications_publication_idx').on(t.publicationId)],
);

/** A response action (回应处置, seed art. 24) with its date and, later, its outcome. */
export const opinionResponses = pgTable(
  'opinion_responses',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => opinionEvents.id, { onDelete: 'cascade' }),
    /** statement | expert | explainer | online_class | rebuttal (辟谣) | other */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** What was done; for a rumour response, the text the public reads. */
    detail: text('detail'),
    actedOn: date('acted_on', { mode: 'string' }).notNull(),
    outcome: text('outcome'),
    outcomeAt: timestamptz('outcome_at'),
    /** The standard explainer (标准解读) the response points to. */
    explainerId: uuid('explainer_id').references(() => explainers.id),
    /** A rumour response sent to co-review and publication as a consumer warning (消费提示). */
    publicationId: uuid('publication_id').references(() => publications.id),
    recordedByUserId: uuid('recorded_by_user_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('opinion_responses_event_idx').on(t.eventId)],
);

/** One day of an opinion watch (舆情监测) after a publication: 未发现舆情, observations, or an event. */
export const opinionWatchEntries = pgTable(
  'opinion_watch_entries',
  {
    id: uuid('id').primaryKey(),
    workItemId: uuid('work_item_id')
      .notNull()
      .references(() => workItems.id),
    publicationId: uuid('publication_id')
      .notNull()
      .references(() => publications.id),
    day: date('day', { mode: 'string' }).notNull(),
    /** none (未发现舆情) | observed (有关注、未构成舆情事件) | event (已登记舆情事件) */
    finding: text('finding').notNull(),
    note: text('note'),
    eventId: uuid('event_id').references(() => opinionEvents.id),
    recordedByUnitId: uuid('recorded_by_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    recordedByUserId: uuid('recorded_by_user_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('opinion_watch_entries_day_key').on(t.workItemId, t.day)],
);
