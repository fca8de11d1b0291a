/** The 督办 list's filters, as URL search params (see lib/url-filters). The status defaults to 进行中. */
import { optionsOf } from '../../lib/enums';
import { defineUrlFilters, type FilterValues, type Paging } from '../../lib/url-filters';
import { escalationsMessages } from './messages';

/** 进行中 (办理中 + 待审核) first: the list opens on it; 全部状态 is the explicit "no status filter". */
export const escalationStatusOptions = optionsOf(escalationsMessages.statusFilter);

export const escalationFilterSpec = {
  status: escalationStatusOptions.map((o) => o.value),
  ruleId: 'text',
  year: 'text',
  ownerUnitId: 'uuid',
  assignedUnitId: 'uuid',
  overdue: 'flag',
  belowThreshold: 'flag',
  q: 'text',
  creditCode: 'text',
} as const;

export const escalationFilters = defineUrlFilters(escalationFilterSpec);

export type EscalationFilters = FilterValues<typeof escalationFilterSpec>;
export type EscalationListState = EscalationFilters & Paging;
