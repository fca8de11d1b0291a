/** The 投诉举报 list's filters, as URL search params (see lib/url-filters). */
import { defineUrlFilters, type FilterValues, type Paging } from '../../lib/url-filters';
import { complaintsMessages } from './messages';

const keys = (o: Record<string, string>) => Object.keys(o);

export const complaintFilterSpec = {
  q: 'text',
  status: keys(complaintsMessages.statuses),
  kind: keys(complaintsMessages.kinds),
  channel: keys(complaintsMessages.channels),
  overdue: 'flag',
  regionCode: 'region',
  // Set by the 风险分析 page's complaint counts; shown as tags on the list.
  from: 'date',
  to: 'date',
  enterpriseName: 'text',
  categoryRootId: 'uuid',
} as const;

export const complaintFilters = defineUrlFilters(complaintFilterSpec);
export type ComplaintFilters = FilterValues<typeof complaintFilterSpec>;
export type ComplaintListState = ComplaintFilters & Paging;
