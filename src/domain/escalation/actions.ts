import type { Permission } from '../permissions.js';

export type EscalationStatus = 'open' | 'reported' | 'closed' | 'withdrawn';
export type EscalationAction = 'report' | 'close' | 'return' | 'withdraw' | 'requestInspection' | 'interview' | 'openCase';

export const escalationStatusNames: Record<EscalationStatus, string> = { open: '办理中', reported: '已报送待审核', closed: '已结案', withdrawn: '已撤销' };

/**
 * The escalation's small state machine: the assigned bureau reports its handling; the owning
 * division closes it or returns it for more work; the division may withdraw it (with a reason)
 * while it is active — typically when an overturn took the count below the threshold.
 * `role` says whose action it is: the bureau that works it, or the division that supervises it.
 */
export const escalationActions: Record<EscalationAction, { from: EscalationStatus[]; role: 'work' | 'supervise' | 'either'; permission: Permission }> = {
  report: { from: ['open'], role: 'work', permission: 'escalation.work' },
  close: { from: ['reported'], role: 'supervise', permission: 'escalation.supervise' },
  return: { from: ['reported'], role: 'supervise', permission: 'escalation.supervise' },
  withdraw: { from: ['open', 'reported'], role: 'supervise', permission: 'escalation.supervise' },
  requestInspection: { from: ['open', 'reported'], role: 'supervise', permission: 'escalation.supervise' },
  interview: { from: ['open', 'reported'], role: 'either', permission: 'escalation.work' },
  openCase: { from: ['open', 'reported', 'closed'], role: 'either', permission: 'case.work' },
};

export function allowsEscalation(action: EscalationAction, status: string): boolean {
  return (escalationActions[action].from as string[]).includes(status);
}
