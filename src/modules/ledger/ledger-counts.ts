import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { disposalSteps, disposals } from '../../db/schema/index.js';
import { at } from '../../db/sql-values.js';
import { fiveInPlace } from '../../domain/disposal.js';

const doneKind = (kind: string) => sql`coalesce(bool_or(${disposalSteps.kind} = ${kind} AND ${disposalSteps.status} = 'done'), false)`;

/** Per disposal (a LATERAL join): which of the five in place are done, and how many. */
export function fiveInPlaceFlags(db: Executor) {
  return db
    .select({
      done: sql<number>`count(*) FILTER (WHERE ${disposalSteps.kind} IN (${sql.raw(fiveInPlace.map((k) => `'${k}'`).join(', '))}) AND ${disposalSteps.status} = 'done')`.as('five_done'),
      riskControl: doneKind('riskControl').as('risk_control'),
      causeInvestigation: doneKind('causeInvestigation').as('cause_investigation'),
      rectification: doneKind('rectification').as('rectification'),
      penalty: doneKind('penalty').as('penalty'),
      disclosure: doneKind('disclosure').as('disclosure'),
    })
    .from(disposalSteps)
    .where(eq(disposalSteps.disposalId, disposals.id))
    .as('five');
}

type Flags = ReturnType<typeof fiveInPlaceFlags>;

const counted = (name: string, condition: ReturnType<typeof sql>) => sql<number>`(count(*) FILTER (WHERE ${condition}))::int`.as(name);

/** The counts of a set of ledger rows: the summary of the ledger and each bar of the by-unit chart. */
export function ledgerCountColumns(five: Flags, now: Date) {
  return {
    total: sql<number>`count(*)::int`.as('total'),
    closed: counted('closed', sql`${disposals.status} = 'closed'`),
    overdue: counted('overdue', sql`${disposals.status} NOT IN ('closed', 'voided') AND ${disposals.dueAt} < ${at(now)}`),
    fiveInPlaceComplete: counted('five_in_place_complete', sql`${five.done} = ${fiveInPlace.length}`),
    riskControl: counted('risk_control_done', sql`${five.riskControl}`),
    causeInvestigation: counted('cause_investigation_done', sql`${five.causeInvestigation}`),
    rectification: counted('rectification_done', sql`${five.rectification}`),
    penalty: counted('penalty_done', sql`${five.penalty}`),
    disclosure: counted('disclosure_done', sql`${five.disclosure}`),
  };
}

export interface LedgerCounts {
  total: number;
  closed: number;
  overdue: number;
  fiveInPlaceComplete: number;
  riskControl: number;
  causeInvestigation: number;
  rectification: number;
  penalty: number;
  disclosure: number;
}

/** { disposals, closed, overdue, fiveInPlaceComplete, byStep: { riskControl: n done, … } } */
export function toSummary(c: LedgerCounts) {
  return {
    disposals: c.total,
    closed: c.closed,
    overdue: c.overdue,
    fiveInPlaceComplete: c.fiveInPlaceComplete,
    byStep: { riskControl: c.riskControl, causeInvestigation: c.causeInvestigation, rectification: c.rectification, penalty: c.penalty, disclosure: c.disclosure },
  };
}
