import type { WorkflowTable } from './workflow.js';

export type AssistStatus = 'requested' | 'replied' | 'closed';

/**
 * 协查 (assist request) of a disposal. Sides: `asked` — the bureau asked (its line), or for a
 * producer outside Sichuan the requesting bureau, which records the reply letter it received;
 * `requester` — the bureau that asked (the disposal's owner, its line).
 */
export type AssistSide = 'asked' | 'requester';

export interface AssistFacts {
  /** No bureau on the platform: the letter goes out by post. */
  outsideProvince: boolean;
  /** The disposal was voided (an overturned result): its 协查 end with it. */
  disposalVoided: boolean;
}

const disposalActive = { name: 'disposalActive', holds: (f: AssistFacts) => !f.disposalVoided, error: 'ASSIST_DISPOSAL_VOIDED' as const, details: () => ({ status: 'voided' }) };

/** Only an open request is replied, recorded as sent or closed; each ends it (sent keeps it open). */
export const assistWorkflow = {
  reply: { from: ['requested'], to: 'replied', permission: 'disposal.work', sides: ['asked'], guards: [disposalActive] },
  letterSent: {
    from: ['requested'],
    permission: 'disposal.work',
    sides: ['requester'],
    guards: [disposalActive, { name: 'outsideProvince', holds: (f) => f.outsideProvince, error: 'ASSIST_IN_PROVINCE_NO_LETTER' }],
  },
  close: { from: ['requested'], to: 'closed', permission: 'disposal.work', sides: ['requester'], guards: [disposalActive] },
} as const satisfies WorkflowTable<string, AssistStatus, AssistSide, AssistFacts>;

export type AssistAction = keyof typeof assistWorkflow;
