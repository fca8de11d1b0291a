import type { WorkItemStatus } from '../work-item.js';
import type { WorkflowTable } from './workflow.js';

/**
 * The opinion watch (信息发布后舆情监测, seed art. 14(2)): the `opinion_watch` work item a publication
 * opens for 宣传和档案中心. Its state is the work item's. Side: `watcher` — the item's assignee, or
 * someone of its owner unit when unassigned (as for every work item).
 */
export type OpinionWatchSide = 'watcher';

export interface OpinionWatchFacts {
  /** Days recorded so far (未发现舆情, observations or an event). */
  entries: number;
}

export const opinionWatchWorkflow = {
  recordEntry: { from: ['open'], permission: 'opinion.record', sides: ['watcher'], sideRefusal: 'WORK_ITEM_OWNER_ONLY', stateRefusal: 'OPINION_WATCH_DONE' },
  openEvent: { from: ['open'], permission: 'opinion.record', sides: ['watcher'], sideRefusal: 'WORK_ITEM_OWNER_ONLY', stateRefusal: 'OPINION_WATCH_DONE' },
  // Offered while nothing is recorded, so the refusal can say what is missing.
  complete: {
    from: ['open'],
    to: 'done',
    permission: 'opinion.record',
    sides: ['watcher'],
    sideRefusal: 'WORK_ITEM_OWNER_ONLY',
    stateRefusal: 'OPINION_WATCH_DONE',
    guards: [{ name: 'hasEntry', holds: (f) => f.entries > 0, error: 'OPINION_WATCH_NO_ENTRY', whenTaken: true }],
  },
} as const satisfies WorkflowTable<string, WorkItemStatus, OpinionWatchSide, OpinionWatchFacts>;

export type OpinionWatchAction = keyof typeof opinionWatchWorkflow;
