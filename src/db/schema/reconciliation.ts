import { pgTable, uuid, text, integer, jsonb, date, timestamptz, index } from './columns.js';
import { orgUnits } from './org.js';
import { disposals } from './disposals.js';

/** 对账检查: the Enforcement Bureau checks a unit's disposal ledger for a period. */
export const reconciliations = pgTable(
  'reconciliations',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** all | random */
    mode: text('mode').notNull(),
    sampleSize: integer('sample_size'),
    /** The random draw recorded, so the selection can be shown to be fair. */
    draw: jsonb('draw').$type<{ random: string; population: number } | null>(),
    /** open | finished */
    status: text('status').notNull().default('open'),
    createdByUserId: uuid('created_by_user_id'),
    createdByUnitId: uuid('created_by_unit_id').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    finishedAt: timestamptz('finished_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('reconciliations_unit_idx').on(t.unitId)],
);

/** One disposal checked in a reconciliation: per five-in-place item, in place or not, with findings. */
export const reconciliationChecks = pgTable(
  'reconciliation_checks',
  {
    id: uuid('id').primaryKey(),
    reconciliationId: uuid('reconciliation_id')
      .notNull()
      .references(() => reconciliations.id, { onDelete: 'cascade' }),
    disposalId: uuid('disposal_id')
      .notNull()
      .references(() => disposals.id),
    /** { riskControl: true|false|null, … } null = not yet checked */
    items: jsonb('items').$type<Record<string, boolean | null>>().notNull().default({}),
    findings: text('findings'),
    checkedAt: timestamptz('checked_at'),
    checkedByUserId: uuid('checked_by_user_id'),
  },
  (t) => [index('reconciliation_checks_rec_idx').on(t.reconciliationId)],
);
