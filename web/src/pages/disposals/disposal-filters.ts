/** The 核查处置 list's filters, as URL search params (see lib/url-filters). */
import { linkOptions, optionsOf } from '../../lib/enums';
import { defineUrlFilters, type FilterValues, type Paging } from '../../lib/url-filters';
import { messages } from '../../messages';

export const disposalStatusOptions = optionsOf(messages.disposalEnums.status);
export const disposalKindOptions = optionsOf(messages.disposalEnums.kind);
const values = (options: { value: string }[]) => options.map((o) => o.value);

export const disposalFilterSpec = {
  sampleNo: 'text',
  status: values(disposalStatusOptions),
  overdue: 'flag',
  link: values(linkOptions),
  kind: values(disposalKindOptions),
  ownerUnitId: 'uuid',
  openedFrom: 'date',
  openedTo: 'date',
} as const;

export const disposalFilters = defineUrlFilters(disposalFilterSpec);

export type DisposalFilters = FilterValues<typeof disposalFilterSpec>;
export type DisposalListState = DisposalFilters & Paging;
