import { and, eq } from 'drizzle-orm';
import { orgUnits, samplingPlans, samplingSuggestions } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { reaches } from '../../domain/jurisdiction.js';
import { planWorkflow, suggestionWorkflow, type PlanAction, type PlanSide, type SuggestionAction, type SuggestionSide } from '../../domain/workflow/plan.js';
import { allowedActions } from '../../domain/workflow/workflow.js';
import type { SessionUser } from '../access/actor.js';
import type { RecordWorkflow } from '../workflow/load-for-action.js';
import { SUGGESTION_SUBJECT } from './create-suggestion.js';
import { planInScope, suggestionInScope } from './plan-scope.js';

type PlanRow = typeof samplingPlans.$inferSelect;
type SuggestionRow = typeof samplingSuggestions.$inferSelect;

/** A plan read for a change, with its organiser unit (whose line may change it). */
export interface PlanWithOrganiser {
  plan: PlanRow;
  organiserUnitName: string;
  organiserPath: string;
}

/** The organiser unit, or a unit above it (`jurisdiction.plan.edit`), changes a plan. */
export const planSides = (user: SessionUser, organiserPath: string): PlanSide[] =>
  reaches(user, 'plan', 'edit', { units: { organiser: { path: organiserPath } } }) ? ['organiser'] : [];

/** What the user may do with a plan: the web shows exactly these buttons. */
export function planActions(user: SessionUser, plan: Pick<PlanRow, 'status'>, organiserPath: string): PlanAction[] {
  return allowedActions(planWorkflow, { state: plan.status, sides: planSides(user, organiserPath), roles: user.roles, facts: {} });
}

/** The plan's workflow on the server: read through the plan reading scope (else 404), locked. */
export const planRecord: RecordWorkflow<PlanWithOrganiser, PlanAction, PlanSide, Record<string, never>, Partial<typeof samplingPlans.$inferInsert>, PlanRow> = {
  entity: 'samplingPlan',
  table: planWorkflow,
  loadForUpdate: async (tx, user, id) =>
    (
      await tx
        .select({ plan: samplingPlans, organiserUnitName: orgUnits.name, organiserPath: orgUnits.path })
        .from(samplingPlans)
        .innerJoin(orgUnits, eq(orgUnits.id, samplingPlans.organiserUnitId))
        .where(and(eq(samplingPlans.id, id), planInScope(user)))
        .limit(1)
        .for('update', { of: samplingPlans })
    )[0],
  standing: async (_db, user, row) => ({ state: row.plan.status, sides: planSides(user, row.organiserPath), facts: {} }),
  version: (row) => row.plan.version,
  update: async (tx, row, changes) => {
    const p = row.plan;
    const [after] = await tx
      .update(samplingPlans)
      .set({ ...changes, version: p.version + 1, updatedAt: new Date() })
      .where(and(eq(samplingPlans.id, p.id), eq(samplingPlans.version, p.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: p.version });
    return after;
  },
};

/** A plan writer of another unit decides a suggestion: the proposer does not judge its proposal. */
export const suggestionSides = (user: SessionUser, s: Pick<SuggestionRow, 'fromUnitId'>): SuggestionSide[] => (s.fromUnitId !== user.unit.id ? ['decider'] : []);

/** What the user may do with a suggestion: the web shows exactly these buttons. */
export function suggestionActions(user: SessionUser, s: Pick<SuggestionRow, 'status' | 'fromUnitId'>): SuggestionAction[] {
  return allowedActions(suggestionWorkflow, { state: s.status, sides: suggestionSides(user, s), roles: user.roles, facts: {} });
}

/** The suggestion's workflow on the server: read through the suggestion reading scope (else 404), locked. */
export const suggestionRecord: RecordWorkflow<SuggestionRow, SuggestionAction, SuggestionSide, Record<string, never>, Partial<typeof samplingSuggestions.$inferInsert>> = {
  entity: SUGGESTION_SUBJECT,
  table: suggestionWorkflow,
  loadForUpdate: async (tx, user, id) =>
    (await tx.select().from(samplingSuggestions).where(and(eq(samplingSuggestions.id, id), suggestionInScope(user))).limit(1).for('update', { of: samplingSuggestions }))[0],
  standing: async (_db, user, s) => ({ state: s.status, sides: suggestionSides(user, s), facts: {} }),
  version: (s) => s.version,
  update: async (tx, s, changes) => {
    const [after] = await tx
      .update(samplingSuggestions)
      .set({ ...changes, version: s.version + 1 })
      .where(and(eq(samplingSuggestions.id, s.id), eq(samplingSuggestions.version, s.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: s.version });
    return after;
  },
};
