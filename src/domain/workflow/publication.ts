import type { WorkflowTable } from './workflow.js';

/** review (会审中) → approved (both divisions) → published; a return sends it back to its drafter. */
export type PublicationStatus = 'review' | 'returned' | 'approved' | 'published' | 'withdrawn';

/**
 * Sides: `drafter` — the drafting unit or a unit above it; `sampling` — 抽检监测处; `news` —
 * 新闻宣传处. Seed art. 11(6) and 14(1): the two divisions review together, each approving.
 */
export type PublicationSide = 'drafter' | 'sampling' | 'news';

export interface PublicationFacts {
  /** The reviewing sides of the user that have already approved in the current round. */
  userSidesApproved: boolean;
}

export const publicationWorkflow = {
  approve: {
    from: ['review'],
    permission: 'publication.review',
    sides: ['sampling', 'news'],
    sideRefusal: 'PUBLICATION_REVIEWER_ONLY',
    guards: [{ name: 'notYetApproved', holds: (f) => !f.userSidesApproved, error: 'PUBLICATION_ALREADY_APPROVED' }],
  },
  return: { from: ['review'], to: 'returned', permission: 'publication.review', sides: ['sampling', 'news'], sideRefusal: 'PUBLICATION_REVIEWER_ONLY' },
  resubmit: { from: ['returned'], to: 'review', permission: 'publication.draft', sides: ['drafter', 'sampling'], sideRefusal: 'PUBLICATION_DRAFTER_ONLY' },
  publish: {
    from: ['approved'],
    to: 'published',
    permission: 'publication.draft',
    sides: ['drafter', 'sampling'],
    sideRefusal: 'PUBLICATION_DRAFTER_ONLY',
    stateRefusal: (state) => (state === 'review' || state === 'returned' ? 'PUBLICATION_NOT_APPROVED' : 'INVALID_STATE'),
  },
  correct: { from: ['published'], permission: 'publication.draft', sides: ['drafter', 'sampling'], sideRefusal: 'PUBLICATION_DRAFTER_ONLY' },
  withdraw: { from: ['published'], permission: 'publication.draft', sides: ['drafter', 'sampling'], sideRefusal: 'PUBLICATION_DRAFTER_ONLY' },
} as const satisfies WorkflowTable<string, PublicationStatus, PublicationSide, PublicationFacts>;

export type PublicationAction = keyof typeof publicationWorkflow;
