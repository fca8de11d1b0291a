import { explainers } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerExplainerRoutes } from './routes.js';
import { seedExplainers } from './seed-explainers.js';

export const explainersManifest: ModuleManifest = {
  name: 'explainers',
  tables: [explainers],
  routes: registerExplainerRoutes,
  seed: seedExplainers,
};
