import { pgTable, uuid, text, integer, boolean, jsonb, date, timestamptz, index } from './columns.js';
import { samples } from './sampling.js';

/** Labs that may retest (复检机构名录); the retest lab is drawn at random from the active ones. */
export const retestLabs = pgTable('retest_labs', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  scope: text('scope'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

/** 异议 and 复检 applications of an enterprise against a sample's result. */
export const objections = pgTable(
  'objections',
  {
    id: uuid('id').primaryKey(),
    sampleId: uuid('sample_id')
      .notNull()
      .references(() => samples.id),
    /** objection (异议) | retest (复检) */
    kind: text('kind').notNull(),
    /** For objections: sampling_process | sample_identity | method_or_standard */
    ground: text('ground'),
    applicant: text('applicant').notNull(),
    /** The date the enterprise received the result (or, for process objections, sampling ended). */
    windowStartOn: date('window_start_on', { mode: 'string' }).notNull(),
    appliedOn: date('applied_on', { mode: 'string' }).notNull(),
    content: text('content').notNull(),
    /** pending | accepted | rejected | concluded */
    status: text('status').notNull().default('pending'),
    decisionReason: text('decision_reason'),
    /** Late only by a provisional calendar: why a person must decide admissibility (not refused automatically). */
    windowReviewReason: text('window_review_reason'),
    decidedAt: timestamptz('decided_at'),
    /** The random draw of the retest lab: candidates, the draw's random value, the lab picked. */
    labDraw: jsonb('lab_draw').$type<{ candidates: { id: string; name: string }[]; excluded: string; random: string; pickedId: string; pickedName: string; drawnAt: string; drawnBy: string } | null>(),
    /** upheld (result stands) | overturned (result reversed) */
    outcome: text('outcome'),
    outcomeText: text('outcome_text'),
    concludedAt: timestamptz('concluded_at'),
    dueAt: timestamptz('due_at'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('objections_sample_idx').on(t.sampleId)],
);
