import type { DishonestStatus } from '../credit/credit-kinds.js';
import type { WorkflowTable } from './workflow.js';

/**
 * An entry of the 严重违法失信名单. Sides: `approver` — the level above the proposing bureau (信用处
 * for the province bureau), which decides a proposal; `listingAuthority` — the unit that listed it,
 * which removes it.
 */
export type DishonestSide = 'approver' | 'listingAuthority';

/** A bureau's proposal is decided (listed or refused) by the level above; a listing is removed by its authority. */
export const dishonestWorkflow = {
  approve: { from: ['proposed'], permission: 'dishonest.approve', sides: ['approver'], sideRefusal: 'DISHONEST_LISTING_APPROVED_ABOVE', stateRefusal: 'DISHONEST_ENTRY_NOT_PENDING' },
  remove: {
    from: ['listed'],
    to: 'removed',
    permission: 'dishonest.list',
    sides: ['listingAuthority'],
    sideRefusal: 'DISHONEST_REMOVAL_BY_LISTING_AUTHORITY',
    stateRefusal: (state) => (state === 'removed' ? 'DISHONEST_ENTRY_REMOVED' : 'DISHONEST_ENTRY_NOT_LISTED'),
  },
} as const satisfies WorkflowTable<string, DishonestStatus, DishonestSide, Record<string, never>>;

export type DishonestAction = keyof typeof dishonestWorkflow;
