import type { WorkflowTable } from './workflow.js';

export type EscalationStatus = 'open' | 'reported' | 'closed' | 'withdrawn';

export const escalationStatusNames: Record<EscalationStatus, string> = { open: '办理中', reported: '已报送待审核', closed: '已结案', withdrawn: '已撤销' };

/**
 * 督办 (escalation). Sides: `worker` — the assigned bureau's line or the enterprise's bureau,
 * which works it; `supervisor` — the owning division or a unit above it, which supervises it.
 */
export type EscalationSide = 'worker' | 'supervisor';

/**
 * The escalation's small state machine: the assigned bureau reports its handling; the owning
 * division closes it or returns it for more work; the division may withdraw it (with a reason)
 * while it is active — typically when an overturn took the count below the threshold.
 */
export const escalationWorkflow = {
  report: { from: ['open'], to: 'reported', permission: 'escalation.work', sides: ['worker'], sideRefusal: 'ESCALATION_ASSIGNEE_ONLY' },
  close: { from: ['reported'], to: 'closed', permission: 'escalation.supervise', sides: ['supervisor'], sideRefusal: 'ESCALATION_SUPERVISOR_ONLY' },
  return: { from: ['reported'], to: 'open', permission: 'escalation.supervise', sides: ['supervisor'], sideRefusal: 'ESCALATION_SUPERVISOR_ONLY' },
  withdraw: { from: ['open', 'reported'], to: 'withdrawn', permission: 'escalation.supervise', sides: ['supervisor'], sideRefusal: 'ESCALATION_SUPERVISOR_ONLY' },
  requestInspection: { from: ['open', 'reported'], permission: 'escalation.supervise', sides: ['supervisor'], sideRefusal: 'ESCALATION_SUPERVISOR_ONLY' },
  interview: { from: ['open', 'reported'], permission: 'escalation.work', sides: ['worker', 'supervisor'], sideRefusal: 'ESCALATION_ASSIGNEE_ONLY' },
  openCase: { from: ['open', 'reported', 'closed'], permission: 'case.work', sides: ['worker', 'supervisor'], sideRefusal: 'ESCALATION_ASSIGNEE_ONLY' },
} as const satisfies WorkflowTable<string, EscalationStatus, EscalationSide, Record<string, never>>;

export type EscalationAction = keyof typeof escalationWorkflow;
