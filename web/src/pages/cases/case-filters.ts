/** The 稽查案件 list's filters, as URL search params (see lib/url-filters). */
import { optionsOf } from '../../lib/enums';
import { defineUrlFilters, type FilterValues, type Paging } from '../../lib/url-filters';
import { casesMessages } from './messages';

export const caseStageOptions = optionsOf(casesMessages.stageStatus);
export const caseSourceOptions = optionsOf(casesMessages.source);
const values = (options: { value: string }[]) => options.map((o) => o.value);

export const caseFilterSpec = {
  q: 'text',
  stage: values(caseStageOptions),
  source: values(caseSourceOptions),
  overdue: 'flag',
  ownerUnitId: 'uuid',
} as const;

export const caseFilters = defineUrlFilters(caseFilterSpec);

export type CaseFilters = FilterValues<typeof caseFilterSpec>;
export type CaseListState = CaseFilters & Paging;
