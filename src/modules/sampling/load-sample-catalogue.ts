import type { Executor } from '../../db/client.js';
import type { LimitType } from '../../domain/sampling/judge.js';
import { findCategory, findLimit, findTestItem, loadCatalogue, type Catalogue } from '../catalogue/match.js';
import type { SampleCatalogue } from './sample-catalogue.js';

/** The catalogue tables as the lookup sampling needs; load once per import or request. */
export async function loadSampleCatalogue(db: Executor): Promise<SampleCatalogue> {
  return sampleCatalogueOf(await loadCatalogue(db));
}

export function sampleCatalogueOf(catalogue: Catalogue): SampleCatalogue {
  const withRoot = (id: string) => {
    const entry = catalogue.categoriesById.get(id);
    if (!entry) return null;
    const root = catalogue.categoriesById.get(entry.rootId);
    return { id: entry.id, name: entry.name, rootId: entry.rootId, rootName: root?.name ?? entry.name };
  };
  return {
    category: withRoot,
    findCategory(text) {
      const found = findCategory(catalogue, text);
      return found ? withRoot(found.id) : null;
    },
    findTestItem(name) {
      const item = findTestItem(catalogue, name);
      return item ? { id: item.id, name: item.name, microbiological: item.microbiological } : null;
    },
    findLimit(testItemId, categoryId, foodName) {
      const limit = findLimit(catalogue, testItemId, categoryId, foodName);
      if (!limit) return null;
      return {
        limitType: limit.limitType as LimitType,
        limitValue: limit.limitValue === null ? null : Number(limit.limitValue),
        standard: limit.standard,
        unit: limit.unit,
        samplingPlan: limit.samplingPlan,
        unverified: (limit.note ?? '').includes('待核实'),
      };
    },
  };
}
