import type { WorkflowTable } from './workflow.js';

export type EscalationStatus = 'open' | 'reported' | 'closed' | 'withdrawn';

export const escalationStatusNames: Record<EscalationStatus, string> = { open: '办理中', reported: '已报送待审核', closed: '已结案', withdrawn: '已撤销' };

/**
 * 督办 (escalation). Sides: `worker` — the assigned bureau's line or the enterprise's bureau,
 * which works it; `supervisor` — the owning division or a unit above it, which supervises it.
 */
export type EscalationSide = 'worker' | 'supervisor';

const supervisorOnly = '只有督办处室可以执行此操作';
const workerOnly = '只有承办单位可以执行此操作';

/**
 * The escalation's small state machine: the assigned bureau reports its handling; the owning
 * division closes it or returns it for more work; the division may withdraw it (with a reason)
 * while it is active — typically when an overturn took the count below the threshold.
 */
export const escalationWorkflow = {
  report: { from: ['open'], to: 'reported', permission: 'escalation.work', sides: ['worker'], sideRefusal: workerOnly },
  close: { from: ['reported'], to: 'closed', permission: 'escalation.supervise', sides: ['supervisor'], sideRefusal: supervisorOnly },
  return: { from: ['reported'], to: 'open', permission: 'escalation.supervise', sides: ['supervisor'], sideRefusal: supervisorOnly },
  withdraw: { from: ['open', 'reported'], to: 'withdrawn', permission: 'escalation.supervise', sides: ['supervisor'], sideRefusal: supervisorOnly },
  requestInspection: { from: ['open', 'reported'], permission: 'escalation.supervise', sides: ['supervisor'], sideRefusal: supervisorOnly },
  interview: { from: ['open', 'reported'], permission: 'escalation.work', sides: ['worker', 'supervisor'], sideRefusal: workerOnly },
  openCase: { from: ['open', 'reported', 'closed'], permission: 'case.work', sides: ['worker', 'supervisor'], sideRefusal: workerOnly },
} as const satisfies WorkflowTable<string, EscalationStatus, EscalationSide, Record<string, never>>;

export type EscalationAction = keyof typeof escalationWorkflow;
