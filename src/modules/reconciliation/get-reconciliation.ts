import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { disposals, orgUnits, reconciliationChecks } from '../../db/schema/index.js';
import { fiveInPlace } from '../../domain/disposal.js';
import { allowedActions } from '../../domain/workflow/workflow.js';
import { reconciliationWorkflow, type ReconciliationAction } from '../../domain/workflow/reconciliation.js';
import type { SessionUser } from '../access/actor.js';
import { disposalWorkable } from '../disposals/disposal-scope.js';
import { ledgerRowQuery, toLedgerItem, type LedgerItem } from '../ledger/ledger-rows.js';
import { findReconciliation } from './reconciliation-scope.js';
import { reconciliationSides, type ReconciliationRow } from './reconciliation-workflow.js';

type Check = typeof reconciliationChecks.$inferSelect;
export type CheckItems = Record<(typeof fiveInPlace)[number], boolean | null>;

/** The checker's judgement per item (null = not yet checked), the items found not in place. */
export function checkState(check: Pick<Check, 'items' | 'checkedAt'>) {
  const items = Object.fromEntries(fiveInPlace.map((k) => [k, check.items[k] ?? null])) as CheckItems;
  return { items, checked: check.checkedAt !== null, notInPlace: fiveInPlace.filter((k) => items[k] === false) };
}

/**
 * A check next to the platform's record of the same disposal: where the checker's finding
 * differs from what the ledger says (`differs`), the record and reality disagree.
 */
function checkView(check: Check, disposal: LedgerItem | undefined) {
  const state = checkState(check);
  const differs = disposal ? fiveInPlace.filter((k) => state.items[k] !== null && state.items[k] !== (disposal[k].status === 'done')) : [];
  return { id: check.id, disposalId: check.disposalId, ...state, differs, findings: check.findings, checkedAt: check.checkedAt, checkedByUserId: check.checkedByUserId, disposal: disposal ?? null };
}

/** What the user may do now, from the reconciliation's workflow table: the web shows exactly these buttons. */
export function reconciliationActions(user: SessionUser, r: ReconciliationRow): ReconciliationAction[] {
  return allowedActions(reconciliationWorkflow, { state: r.status, sides: reconciliationSides(user, r), roles: user.roles, facts: {} });
}

/**
 * A reconciliation with every check and, for each, the disposal as the platform has it now
 * (the ledger row: the five in place with their dates), in the order the disposals were opened.
 */
export async function getReconciliation(db: Executor, user: SessionUser, id: string, now = new Date()) {
  const { seesAllChecks, ...r } = await findReconciliation(db, user, id);
  // A unit below the checked one sees the checks of its own disposals only.
  const ownOnly = seesAllChecks ? undefined : disposalWorkable(user);
  const unitName = async (unitId: string) => (await db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, unitId)).limit(1))[0]?.name ?? null;
  const [name, createdByUnitName, checks, rows] = await Promise.all([
    unitName(r.unitId),
    unitName(r.createdByUnitId),
    db
      .select({ check: reconciliationChecks })
      .from(reconciliationChecks)
      .innerJoin(disposals, eq(disposals.id, reconciliationChecks.disposalId))
      .where(and(eq(reconciliationChecks.reconciliationId, id), ownOnly))
      .then((rows) => rows.map((row) => row.check)),
    ledgerRowQuery(db, and(sql`${disposals.id} IN (SELECT rc.disposal_id FROM reconciliation_checks rc WHERE rc.reconciliation_id = ${id})`, ownOnly)!).orderBy(
      asc(disposals.openedAt),
      asc(disposals.id),
    ),
  ]);
  const order = new Map(rows.map((row, i) => [row.disposal.id, i]));
  const ledger = new Map(rows.map((row) => [row.disposal.id, toLedgerItem(row, now)]));
  const views = checks.sort((a, b) => (order.get(a.disposalId) ?? 0) - (order.get(b.disposalId) ?? 0)).map((c) => checkView(c, ledger.get(c.disposalId)));
  return {
    ...r,
    unitName: name,
    createdByUnitName,
    /** false: the user's unit lies below the checked unit and sees only the checks of its own disposals. */
    seesAllChecks,
    progress: { checks: views.length, checked: views.filter((v) => v.checked).length, notInPlace: views.filter((v) => v.notInPlace.length > 0).length },
    checks: views,
    actions: reconciliationActions(user, r),
  };
}
