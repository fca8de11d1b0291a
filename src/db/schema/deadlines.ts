import { pgTable, text, integer, boolean, date, timestamptz, uuid } from './columns.js';

/** Deadline rules as data (domain-rules.md): seeded with defaults, edited by administrators with audit. */
export const deadlineRules = pgTable('deadline_rules', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  trigger: text('trigger').notNull(),
  amount: integer('amount').notNull(),
  /** hour | calendarDay | workingDay */
  unit: text('unit').notNull(),
  actor: text('actor').notNull(),
  legalBasis: text('legal_basis').notNull(),
  /** V | S | U — U ships as 待核实 */
  level: text('level').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  updatedByUserId: uuid('updated_by_user_id'),
});

/** Statutory holidays and make-up working days beyond (or correcting) the chinese-days package. */
export const calendarDays = pgTable('calendar_days', {
  date: date('date', { mode: 'string' }).primaryKey(),
  /** holiday | workday */
  kind: text('kind').notNull(),
  name: text('name'),
  createdByUserId: uuid('created_by_user_id'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

/** A year whose official calendar an administrator has entered and confirmed. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  confirmed: boolean('confirmed').notNull().default(true),
  note: text('note'),
  confirmedByUserId: uuid('confirmed_by_user_id'),
  confirmedAt: timestamptz('confirmed_at').notNull().defaultNow(),
});
