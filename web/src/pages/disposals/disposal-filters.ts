/** The 核查处置 list's filters, as URL search params (see lib/url-filters). */
import type { QueryParams } from '../../api/client';
import { linkFilterOptions, optionsOf } from '../../lib/enums';
import { defineUrlFilters, type FilterValues, type Paging } from '../../lib/url-filters';
import { messages } from '../../messages';
import { disposalsMessages } from './messages';

export const disposalStatusOptions = optionsOf(messages.disposalEnums.status);
export const disposalKindOptions = optionsOf(messages.disposalEnums.kind);
const values = (options: { value: string }[]) => options.map((o) => o.value);

/** The status filter's choices: 未结 (the default, no param), each state, or 全部 (`status=all`). */
export const ACTIVE = 'active';
export const ALL = 'all';
export const statusFilterOptions = [{ value: ACTIVE, label: disposalsMessages.statusActive }, ...disposalStatusOptions, { value: ALL, label: disposalsMessages.statusAll }];

export const disposalFilterSpec = {
  sampleNo: 'text',
  status: [...values(disposalStatusOptions), ALL],
  overdue: 'flag',
  link: values(linkFilterOptions),
  kind: values(disposalKindOptions),
  ownerUnitId: 'uuid',
  openedFrom: 'date',
  openedTo: 'date',
  importJobId: 'uuid',
} as const;

export const disposalFilters = defineUrlFilters(disposalFilterSpec);

export type DisposalFilters = FilterValues<typeof disposalFilterSpec>;
export type DisposalListState = DisposalFilters & Paging;

/**
 * The API query of a list state. By default the list holds the disposals still to be worked
 * (`active`), which the server orders by the nearest deadline: closed ones of past years never
 * bury new work. 全部 drops the status filter.
 */
export function disposalListQuery(state: DisposalListState): QueryParams {
  const { status, ...rest } = state;
  const query: QueryParams = { ...rest };
  if (!status) query.active = 'true';
  else if (status !== ALL) query.status = status;
  return query;
}
