import type { WorkflowTable } from './workflow.js';

export type ReconciliationStatus = 'open' | 'finished';

/** 对账检查 (reconciliation). Side: `runner` — the unit that runs it (its own unit only, not the line above). */
export type ReconciliationSide = 'runner';

/** Only the running unit records checks and finishes, and only while the reconciliation is open. */
export const reconciliationWorkflow = {
  check: { from: ['open'], permission: 'reconciliation.write', sides: ['runner'], sideRefusal: 'RECONCILIATION_OWNER_ONLY', stateRefusal: 'RECONCILIATION_FINISHED', stateDetails: (status) => ({ status }) },
  finish: {
    from: ['open'],
    to: 'finished',
    permission: 'reconciliation.write',
    sides: ['runner'],
    sideRefusal: 'RECONCILIATION_OWNER_ONLY',
    stateRefusal: 'RECONCILIATION_FINISHED',
    stateDetails: (status) => ({ status }),
  },
} as const satisfies WorkflowTable<string, ReconciliationStatus, ReconciliationSide, Record<string, never>>;

export type ReconciliationAction = keyof typeof reconciliationWorkflow;
