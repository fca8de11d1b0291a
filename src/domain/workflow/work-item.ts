import { manuallyCompletedKinds, type WorkItemStatus } from '../work-item.js';
import type { WorkflowTable } from './workflow.js';

/**
 * 待办 (work item). Side: `completer` — its assignee, or, unassigned, someone of its owner unit.
 * A unit above reads its units' inbox (本单位及下级) but does not declare their meeting held.
 */
export type WorkItemSide = 'completer';

export interface WorkItemFacts {
  kind: string;
}

/**
 * Only the kinds with no record of their own (a risk meeting, a rectification) are completed by
 * hand; every other item ends with its business, so the inbox never says "done" before the record.
 */
export const workItemWorkflow = {
  complete: {
    from: ['open'],
    to: 'done',
    permission: 'workItem.complete',
    sides: ['completer'],
    sideRefusal: 'WORK_ITEM_OWNER_ONLY',
    stateDetails: (status) => ({ status }),
    guards: [{ name: 'manuallyCompleted', holds: (f) => manuallyCompletedKinds.includes(f.kind), error: 'WORK_ITEM_CLOSES_WITH_BUSINESS', details: (f) => ({ kind: f.kind }) }],
  },
} as const satisfies WorkflowTable<string, WorkItemStatus, WorkItemSide, WorkItemFacts>;

export type WorkItemAction = keyof typeof workItemWorkflow;
