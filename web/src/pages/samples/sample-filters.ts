/** The 抽检数据 list's filters, as URL search params (see lib/url-filters). */
import { defineUrlFilters, type FilterValues, type Paging } from '../../lib/url-filters';
import { conclusionOptions, enterpriseKindOptions, linkFilterOptions, samplingTypeOptions } from '../../lib/enums';

const values = (options: { value: string }[]) => options.map((o) => o.value);

export const sampleFilterSpec = {
  q: 'text',
  regionCode: 'region',
  link: values(linkFilterOptions),
  categoryRootId: 'uuid',
  dateFrom: 'date',
  dateTo: 'date',
  conclusion: values(conclusionOptions),
  samplingType: values(samplingTypeOptions),
  needsReview: 'flag',
  enterpriseId: 'uuid',
  planId: 'uuid',
  // The filters a 风险分析 cell links with (a category below 大类, the enterprise kind, the lab, a test item).
  categoryId: 'uuid',
  enterpriseKind: values(enterpriseKindOptions),
  labName: 'text',
  testItem: 'text',
  failedItem: 'text',
} as const;

export const sampleFilters = defineUrlFilters(sampleFilterSpec);

export type SampleFilters = FilterValues<typeof sampleFilterSpec>;
export type SampleListState = SampleFilters & Paging;
