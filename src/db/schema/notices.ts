import { pgTable, uuid, text, integer, jsonb, timestamptz, date, boolean, index, primaryKey, uniqueIndex } from './columns.js';
import { orgUnits } from './org.js';
import { users } from './auth.js';

/** 信息通报 (seed art. 21): one sending unit's notice to chosen recipient units. */
export const notices = pgTable(
  'notices',
  {
    id: uuid('id').primaryKey(),
    /** circular | supervision_tip | risk_warning | work_update */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    senderUnitId: uuid('sender_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    /** pending_approval | sent | withdrawn */
    status: text('status').notNull(),
    replyDueOn: date('reply_due_on', { mode: 'string' }),
    relatedSampleIds: jsonb('related_sample_ids').$type<string[]>().notNull().default([]),
    relatedMeetingId: uuid('related_meeting_id'),
    relatedSignalId: uuid('related_signal_id'),
    approvedByUserId: uuid('approved_by_user_id').references(() => users.id),
    sentAt: timestamptz('sent_at'),
    withdrawnAt: timestamptz('withdrawn_at'),
    withdrawnByUserId: uuid('withdrawn_by_user_id').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('notices_sender_idx').on(t.senderUnitId, t.createdAt)],
);

/** One recipient unit of a notice: its read receipt (first user and time), acknowledgement and reply. */
export const noticeRecipients = pgTable(
  'notice_recipients',
  {
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    readAt: timestamptz('read_at'),
    readByUserId: uuid('read_by_user_id').references(() => users.id),
    acknowledgedAt: timestamptz('acknowledged_at'),
    acknowledgedByUserId: uuid('acknowledged_by_user_id').references(() => users.id),
    repliedAt: timestamptz('replied_at'),
    remindedAt: timestamptz('reminded_at'),
    overdueWarnedAt: timestamptz('overdue_warned_at'),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.unitId] }), index('notice_recipients_unit_idx').on(t.unitId, t.noticeId)],
);

/** 反馈: a recipient unit's reply to a notice. */
export const noticeReplies = pgTable(
  'notice_replies',
  {
    id: uuid('id').primaryKey(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('notice_replies_notice_idx').on(t.noticeId, t.createdAt)],
);

/** Whether a unit's head approves its notices of a kind before they are sent (no row: off). */
export const noticeApprovalSettings = pgTable(
  'notice_approval_settings',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    kind: text('kind').notNull(),
    required: boolean('required').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.kind] })],
);

/** The notification centre: addressed to a user or a whole unit; read state per user. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').references(() => orgUnits.id),
    /** notice | reminder | work_item | overdue | reply */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    href: text('href'),
    /** Set by sweeps: the same warning twice is a no-op. */
    dedupeKey: text('dedupe_key'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_key').on(t.dedupeKey),
    index('notifications_unit_idx').on(t.unitId, t.createdAt),
    index('notifications_user_idx').on(t.userId, t.createdAt),
  ],
);

export const notificationReads = pgTable(
  'notification_reads',
  {
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    readAt: timestamptz('read_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.notificationId, t.userId] })],
);

/** When each user was last sent the e-mail digest. */
export const notificationDigests = pgTable('notification_digests', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  lastSentAt: timestamptz('last_sent_at').notNull(),
});
