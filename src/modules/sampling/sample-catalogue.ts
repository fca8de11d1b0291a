import type { LimitType, SamplingPlan } from '../../domain/sampling/judge.js';

/**
 * What sampling needs from the reference catalogue (categories, test items, limits), as an
 * in-memory lookup loaded once per import or request batch. Implemented over the catalogue
 * tables in src/modules/catalogue.
 */
export interface SampleCatalogue {
  category(id: string): { id: string; name: string; rootId: string; rootName: string } | null;
  findCategory(text: string): { id: string; rootId: string; rootName: string } | null;
  findTestItem(name: string): { id: string; name: string; microbiological: boolean } | null;
  findLimit(
    testItemId: string,
    categoryId: string | null,
    foodName: string,
  ): {
    limitType: LimitType;
    limitValue: number | null;
    standard: string;
    unit: string | null;
    samplingPlan: SamplingPlan | null;
    unverified: boolean;
  } | null;
}
