import type { StateCode, WorkflowTable } from './workflow.js';

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

/**
 * Why a request no longer open is refused: a voided disposal ended it; otherwise its state says
 * (replied, or closed by the requester). `whenReplied`: the action's own wording for a replied one.
 */
const settled =
  (whenReplied: StateCode) =>
  (state: string, f: AssistFacts): StateCode =>
    f.disposalVoided ? 'ASSIST_DISPOSAL_VOIDED' : state === 'replied' ? whenReplied : 'ASSIST_CLOSED';
const settledDetails = (state: string, f: AssistFacts) => ({ status: f.disposalVoided ? 'voided' : state });

/** Only an open request is replied, recorded as sent or closed; each ends it (sent keeps it open). */
export const assistWorkflow = {
  reply: { from: ['requested'], to: 'replied', permission: 'disposal.work', sides: ['asked'], sideRefusal: 'ASSIST_ASKED_ONLY', guards: [disposalActive], stateRefusal: settled('ASSIST_REPLIED'), stateDetails: settledDetails },
  letterSent: {
    from: ['requested'],
    permission: 'disposal.work',
    sides: ['requester'],
    sideRefusal: 'ASSIST_REQUESTER_ONLY',
    guards: [disposalActive, { name: 'outsideProvince', holds: (f) => f.outsideProvince, error: 'ASSIST_IN_PROVINCE_NO_LETTER' }],
    // A request inside Sichuan never has a letter, whatever its state: that is the reason to give.
    stateRefusal: (state, f) => (!f.disposalVoided && !f.outsideProvince ? 'ASSIST_IN_PROVINCE_NO_LETTER' : settled('ASSIST_REPLIED')(state, f)),
    stateDetails: settledDetails,
  },
  close: {
    from: ['requested'],
    to: 'closed',
    permission: 'disposal.work',
    sides: ['requester'],
    sideRefusal: 'ASSIST_REQUESTER_ONLY',
    guards: [disposalActive],
    stateRefusal: settled('ASSIST_REPLIED_NO_CLOSING'),
    stateDetails: settledDetails,
  },
} as const satisfies WorkflowTable<string, AssistStatus, AssistSide, AssistFacts>;

export type AssistAction = keyof typeof assistWorkflow;
