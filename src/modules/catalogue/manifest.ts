import { foodCategories, itemLimits, testItems } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerCatalogueRoutes } from './routes.js';
import { seedCatalogue } from './seed-catalogue.js';

export const catalogueManifest: ModuleManifest = {
  name: 'catalogue',
  tables: [foodCategories, testItems, itemLimits],
  routes: registerCatalogueRoutes,
  seed: seedCatalogue,
};
