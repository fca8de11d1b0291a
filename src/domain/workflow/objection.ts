import type { ApplicationStatus } from '../objections/application.js';
import type { WorkflowTable } from './workflow.js';

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
  return (status: string, f: ApplicationFacts) => {
    if (status === 'concluded') return f.kind === 'retest' ? '复检结论为最终结论，已办结的复检不能再更改' : '异议已办结，审核结论不能再更改';
    if (status === 'rejected') return '该申请已不予受理，不能再办理';
    if (action === 'conclude') return '请先受理该申请，再登记结论';
    return '该申请已受理，不能再作受理决定';
  };
}

const stillFailed = {
  name: 'sampleStillFailed',
  holds: (f: ApplicationFacts) => f.sampleFailed,
  refusal: '样品检验结论已不再为不合格，该申请不能再受理或办结，请不予受理并说明理由',
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
  applyObjection: { from: ['unqualified', 'issue'], permission: 'objection.write', sides: ['reader'], stateRefusal: '该样品检验结论不是不合格，不能提出异议或复检', stateDetails: (conclusion) => ({ conclusion }) },
  applyRetest: { from: ['unqualified', 'issue'], permission: 'objection.write', sides: ['reader'], stateRefusal: '该样品检验结论不是不合格，不能提出异议或复检', stateDetails: (conclusion) => ({ conclusion }) },
} as const satisfies WorkflowTable<string, string, ApplicationSide, Record<string, never>>;
