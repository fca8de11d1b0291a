/** The ledger's filters in the URL; without a period in it, the ledger shows this year. */
import { linkFilterOptions } from '../../lib/enums';
import { defineUrlFilters, type FilterValues, type Paging } from '../../lib/url-filters';
import { disposalStatusOptions } from '../disposals/disposal-filters';

const values = (options: { value: string }[]) => options.map((o) => o.value);

export const ledgerFilterSpec = {
  periodFrom: 'date',
  periodTo: 'date',
  ownerUnitId: 'uuid',
  status: values(disposalStatusOptions),
  link: values(linkFilterOptions),
  overdue: 'flag',
  fiveInPlace: ['complete', 'incomplete'],
} as const;

export const ledgerFilters = defineUrlFilters(ledgerFilterSpec);
export type LedgerFilters = FilterValues<typeof ledgerFilterSpec>;
export type LedgerState = LedgerFilters & Paging;
