import type { ApplicationStatus } from '../objections/application.js';
import type { StateCode, WorkflowTable } from './workflow.js';

/**
 * 异议 and 复检 applications. Side: `reader` — the application's sample is in the user's scope
 * (scope follows the sample; out of scope is "not found").
 */
export type ApplicationSide = 'reader';

export interface ApplicationFacts {
  kind: string;
  /** The sample's result is still a failure: another application may have overturned it. */
  sampleFailed: boolean;
  sampleConclusion: string;
}

/** Why the state refuses the action, in words the officer can act on. */
function stateMessage(action: 'accept' | 'reject' | 'conclude') {
  return (status: string, f: ApplicationFacts): StateCode => {
    if (status === 'concluded') return f.kind === 'retest' ? 'RETEST_CONCLUDED' : 'OBJECTION_CONCLUDED';
    if (status === 'rejected') return 'APPLICATION_REJECTED';
    if (action === 'conclude') return 'APPLICATION_NOT_ACCEPTED';
    return 'APPLICATION_ALREADY_ACCEPTED';
  };
}

const stillFailed = {
  name: 'sampleStillFailed',
  holds: (f: ApplicationFacts) => f.sampleFailed,
  error: 'OBJECTION_SAMPLE_NO_LONGER_FAILED' as const,
  details: (f: ApplicationFacts) => ({ conclusion: f.sampleConclusion }),
};

/**
 * A pending application is accepted (a retest draws its lab) or rejected with a reason; an
 * accepted one is concluded once, and the conclusion is final (a retest's by law, 办法 art. 33).
 * Once the sample is no longer failed (another application overturned it), it can only be rejected.
 */
export const applicationWorkflow = {
  accept: { from: ['pending'], to: 'accepted', permission: 'objection.write', sides: ['reader'], stateRefusal: stateMessage('accept'), guards: [stillFailed] },
  reject: { from: ['pending'], to: 'rejected', permission: 'objection.write', sides: ['reader'], stateRefusal: stateMessage('reject') },
  conclude: { from: ['accepted'], to: 'concluded', permission: 'objection.write', sides: ['reader'], stateRefusal: stateMessage('conclude'), guards: [stillFailed] },
} as const satisfies WorkflowTable<string, ApplicationStatus, ApplicationSide, ApplicationFacts>;

export type ApplicationWorkflowAction = keyof typeof applicationWorkflow;

/**
 * Filing an application is an action on the sample (its state: the conclusion): only while its
 * result is a failure (办法 art. 33–35), by a user who sees the sample and holds objection.write.
 */
export const sampleApplicationWorkflow = {
  applyObjection: { from: ['unqualified', 'issue'], permission: 'objection.write', sides: ['reader'], stateRefusal: 'OBJECTION_SAMPLE_NOT_FAILED', stateDetails: (conclusion) => ({ conclusion }) },
  applyRetest: { from: ['unqualified', 'issue'], permission: 'objection.write', sides: ['reader'], stateRefusal: 'OBJECTION_SAMPLE_NOT_FAILED', stateDetails: (conclusion) => ({ conclusion }) },
} as const satisfies WorkflowTable<string, string, ApplicationSide, Record<string, never>>;
