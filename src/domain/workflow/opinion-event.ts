import type { WorkflowTable } from './workflow.js';

/** open (处置中) → closed (已办结), and back when the opinion flares up again. */
export type OpinionEventStatus = 'open' | 'closed';

/**
 * Sides: `keeper` — 宣传和档案中心 or 新闻宣传处, who keep the register (`jurisdiction.opinionEvent.work`);
 * `reader` — everyone else who reads the event (协调处, the leadership, the bureau of the area): they
 * only read it, except that those who work on complaints add the complaints they handle to it (a
 * 12345 surge's transfers); keepers link complaints through the event's form.
 */
export type OpinionEventSide = 'keeper' | 'reader';

export type OpinionEventFacts = Record<string, never>;

export const opinionEventWorkflow = {
  edit: { from: ['open'], permission: 'opinion.record', sides: ['keeper'], sideRefusal: 'OPINION_KEEPERS_ONLY', stateRefusal: 'OPINION_EVENT_CLOSED' },
  respond: { from: ['open'], permission: 'opinion.record', sides: ['keeper'], sideRefusal: 'OPINION_KEEPERS_ONLY', stateRefusal: 'OPINION_EVENT_CLOSED' },
  // An outcome often becomes known after the event is closed (a rumour that stopped spreading).
  recordOutcome: { from: ['open', 'closed'], permission: 'opinion.record', sides: ['keeper'], sideRefusal: 'OPINION_KEEPERS_ONLY' },
  publishRebuttal: { from: ['open'], permission: 'opinion.record', sides: ['keeper'], sideRefusal: 'OPINION_KEEPERS_ONLY', stateRefusal: 'OPINION_EVENT_CLOSED' },
  linkComplaints: { from: ['open'], permission: 'complaint.work', sides: ['reader'], stateRefusal: 'OPINION_EVENT_CLOSED' },
  close: { from: ['open'], to: 'closed', permission: 'opinion.record', sides: ['keeper'], sideRefusal: 'OPINION_KEEPERS_ONLY', stateRefusal: 'OPINION_EVENT_CLOSED' },
  reopen: { from: ['closed'], to: 'open', permission: 'opinion.record', sides: ['keeper'], sideRefusal: 'OPINION_KEEPERS_ONLY' },
} as const satisfies WorkflowTable<string, OpinionEventStatus, OpinionEventSide, OpinionEventFacts>;

export type OpinionEventAction = keyof typeof opinionEventWorkflow;
