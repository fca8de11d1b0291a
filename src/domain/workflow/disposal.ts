import type { DisposalStatus } from '../disposal.js';
import type { Guard, WorkflowTable } from './workflow.js';

/**
 * 核查处置 (disposal). Sides: `owner` — the owner bureau's line (本级及下级 from the user's side),
 * the only one that works on it; `reader` — anyone who may read it (the detail is read through
 * its scope, so every viewer is one).
 */
export type DisposalSide = 'owner' | 'reader';

export interface DisposalFacts {
  /** The one extension (办法 art. 45) already granted, or null. */
  extension: unknown;
  /** Names of the steps closing needs that are not done yet (all five in place, or the monitoring ones). */
  missingSteps: string[];
  /** Producers of its 协查 requests neither replied nor closed. */
  openAssists: string[];
  /** An enforcement case opened from it is still open (one open case per disposal). */
  openCase: boolean;
}

const working = ['open', 'in_progress'] as const;

/** Closing needs every step done (the result notice and all five in place). */
const stepsDone: Guard<DisposalFacts> = {
  name: 'stepsDone',
  holds: (f) => f.missingSteps.length === 0,
  error: 'VALIDATION_FAILED',
  details: (f) => ({ steps: `尚未完成：${f.missingSteps.join('、')}` }),
  whenTaken: true,
};

/**
 * A disposal closes only when each of its 协查 requests is replied or closed with a reason: a
 * closed disposal never leaves the asked bureau a 协查 in its inbox (issue 9 A4). Checked again at
 * approval: a closing requested before this rule must not close over open 协查.
 */
const assistsSettled: Guard<DisposalFacts> = {
  name: 'assistsSettled',
  holds: (f) => f.openAssists.length === 0,
  error: (f) => ({ code: 'DISPOSAL_HAS_OPEN_ASSISTS', params: { count: f.openAssists.length, names: f.openAssists.join('、') } }),
  details: (f) => ({ assistRequests: `尚有协查未回复：${f.openAssists.join('、')}` }),
  whenTaken: true,
};
const unclosed = ['open', 'in_progress', 'pending_approval'] as const;

/**
 * A step (and its evidence) may be recorded while open or in progress; closing is requested when
 * every step is done and approved by a leader of the owner unit; an extension is possible until
 * it is closed or voided, once; a penalty case may be filed from any disposal not voided that has
 * no open case. Voiding (an overturned result) is the system's, not a user's (sync-disposals.ts).
 */
export const disposalWorkflow = {
  recordStep: { from: working, to: 'in_progress', permission: 'disposal.work', sides: ['owner'] },
  attach: { from: working, permission: 'disposal.work', sides: ['owner'], stateRefusal: 'EVIDENCE_UPLOAD_CLOSED' },
  requestClosing: { from: ['in_progress'], to: 'pending_approval', permission: 'disposal.work', sides: ['owner'], guards: [stepsDone, assistsSettled] },
  // Record or correct the day the conclusion was received: the periods count again from it.
  setConclusionReceived: { from: unclosed, permission: 'disposal.work', sides: ['owner'] },
  approveClosing: { from: ['pending_approval'], to: 'closed', permission: 'disposal.approve', sides: ['owner'], guards: [assistsSettled] },
  rejectClosing: { from: ['pending_approval'], to: 'in_progress', permission: 'disposal.approve', sides: ['owner'] },
  extend: {
    from: unclosed,
    permission: 'disposal.approve',
    sides: ['owner'],
    guards: [{ name: 'notExtended', holds: (f) => !f.extension, error: 'DISPOSAL_ALREADY_EXTENDED', details: (f) => ({ extension: f.extension }) }],
  },
  openCase: {
    from: ['open', 'in_progress', 'pending_approval', 'closed'],
    permission: 'case.work',
    sides: ['reader'],
    stateRefusal: 'CASE_DISPOSAL_VOIDED',
    stateDetails: (status) => ({ state: { status } }),
    guards: [{ name: 'noOpenCase', holds: (f) => !f.openCase, error: 'CASE_ALREADY_OPEN_FOR_DISPOSAL', details: () => ({ state: { openCase: true } }) }],
  },
} as const satisfies WorkflowTable<string, DisposalStatus, DisposalSide, DisposalFacts>;

export type DisposalWorkflowAction = keyof typeof disposalWorkflow;
