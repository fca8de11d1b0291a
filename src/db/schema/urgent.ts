import { pgTable, uuid, text, integer, timestamptz, index, primaryKey } from './columns.js';
import { orgUnits } from './org.js';
import { samples } from './sampling.js';

/** 24小时限时报告: a result that may seriously harm health, on a 24-hour clock from raising. */
export const urgentReports = pgTable(
  'urgent_reports',
  {
    id: uuid('id').primaryKey(),
    sampleId: uuid('sample_id').references(() => samples.id),
    sampleNo: text('sample_no'),
    title: text('title').notNull(),
    hazard: text('hazard').notNull(),
    foodName: text('food_name').notNull(),
    enterpriseName: text('enterprise_name').notNull(),
    /** The sample's link; null while it is unknown (待确定). */
    link: text('link'),
    regionCode: text('region_code'),
    /** The bureau of the region: owns the handling. */
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    raisedByUserId: uuid('raised_by_user_id'),
    raisedByUnitId: uuid('raised_by_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    raisedAt: timestamptz('raised_at').notNull(),
    /** When the lab found the result: the 24-hour clock runs from it (seed art. 7–11). */
    foundAt: timestamptz('found_at').notNull(),
    dueAt: timestamptz('due_at').notNull(),
    /** open | handled (handling report filed) | closed */
    status: text('status').notNull().default('open'),
    handlingReport: text('handling_report'),
    handledAt: timestamptz('handled_at'),
    closedAt: timestamptz('closed_at'),
    closedByUserId: uuid('closed_by_user_id'),
    escalatedAt: timestamptz('escalated_at'),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('urgent_reports_owner_status_idx').on(t.ownerUnitId, t.status), index('urgent_reports_due_idx').on(t.status, t.dueAt)],
);

/** Each recipient unit of an urgent report acknowledges it. */
export const urgentReportRecipients = pgTable(
  'urgent_report_recipients',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => urgentReports.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** sampling | division | bureau */
    role: text('role').notNull(),
    acknowledgedAt: timestamptz('acknowledged_at'),
    acknowledgedByUserId: uuid('acknowledged_by_user_id'),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.unitId] })],
);
