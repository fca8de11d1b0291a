import type { WorkflowTable } from './workflow.js';

export type UrgentStatus = 'open' | 'handled' | 'closed';

/**
 * 24小时限时报告 (seed art. 7–11). Sides: `recipient` — the user's unit is one of its recipient
 * units; `owner` — the owner bureau is the user's unit or below it; `supervisor` — the user's
 * unit is 抽检监测处, which supervises (督办) every report.
 */
export type UrgentSide = 'recipient' | 'owner' | 'supervisor';

export interface UrgentFacts {
  /** The user's unit, a recipient, has acknowledged it (and when). */
  acknowledgedAt: Date | null;
}

/**
 * 1. acknowledge (签收): each recipient unit, once, until the report is closed;
 * 2. fileHandling (报送处置情况): the owner bureau's line, while open;
 * 3. close (办结) / return (退回): 抽检监测处, once the handling report is in.
 */
export const urgentWorkflow = {
  acknowledge: {
    from: ['open', 'handled'],
    permission: 'urgent.handle',
    sides: ['recipient'],
    sideRefusal: 'URGENT_NOT_RECIPIENT',
    guards: [{ name: 'notAcknowledged', holds: (f) => f.acknowledgedAt === null, error: 'URGENT_ALREADY_ACKNOWLEDGED', details: (f) => ({ acknowledgedAt: f.acknowledgedAt }) }],
  },
  fileHandling: { from: ['open'], to: 'handled', permission: 'urgent.handle', sides: ['owner'], sideRefusal: 'URGENT_LOCAL_BUREAU_ONLY' },
  close: { from: ['handled'], to: 'closed', permission: 'urgent.handle', sides: ['supervisor'], sideRefusal: 'URGENT_SUPERVISOR_ONLY' },
  return: { from: ['handled'], to: 'open', permission: 'urgent.handle', sides: ['supervisor'], sideRefusal: 'URGENT_SUPERVISOR_ONLY' },
} as const satisfies WorkflowTable<string, UrgentStatus, UrgentSide, UrgentFacts>;

export type UrgentAction = keyof typeof urgentWorkflow;
