import { planQuotas, samplingPlans, samplingSuggestions } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerPlanRoutes } from './routes.js';

export const plansManifest: ModuleManifest = {
  name: 'plans',
  tables: [samplingPlans, planQuotas, samplingSuggestions],
  routes: registerPlanRoutes,
  workItemKinds: ['suggestion_review'],
};
