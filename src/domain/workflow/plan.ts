import type { PlanStatus, SuggestionStatus } from '../sampling/plan-rules.js';
import type { WorkflowTable } from './workflow.js';

/** 抽检计划 (sampling plan). Side: `organiser` — the organiser unit or a unit above it (`jurisdiction.plan.edit`). */
export type PlanSide = 'organiser';

/** The organiser edits and closes an active plan; a closed plan is only reopened. */
export const planWorkflow = {
  edit: { from: ['active'], permission: 'plan.write', sides: ['organiser'], sideRefusal: 'PLAN_ORGANISER_ONLY', stateRefusal: 'PLAN_CLOSED' },
  close: { from: ['active'], to: 'closed', permission: 'plan.write', sides: ['organiser'], sideRefusal: 'PLAN_ORGANISER_ONLY' },
  reopen: { from: ['closed'], to: 'active', permission: 'plan.write', sides: ['organiser'], sideRefusal: 'PLAN_ORGANISER_ONLY' },
} as const satisfies WorkflowTable<string, PlanStatus, PlanSide, Record<string, never>>;

export type PlanAction = keyof typeof planWorkflow;

/** 抽检建议 (sampling suggestion). Side: `decider` — a plan writer of another unit than the proposing one (the proposer does not judge its proposal). */
export type SuggestionSide = 'decider';

/** A suggestion is decided once: accepted into a plan, or declined with a reason. */
export const suggestionWorkflow = {
  accept: { from: ['pending'], to: 'accepted', permission: 'plan.write', sides: ['decider'], sideRefusal: 'SUGGESTION_OWN_UNIT', stateRefusal: 'SUGGESTION_DECIDED' },
  decline: { from: ['pending'], to: 'declined', permission: 'plan.write', sides: ['decider'], sideRefusal: 'SUGGESTION_OWN_UNIT', stateRefusal: 'SUGGESTION_DECIDED' },
} as const satisfies WorkflowTable<string, SuggestionStatus, SuggestionSide, Record<string, never>>;

export type SuggestionAction = keyof typeof suggestionWorkflow;
