import { creditExportBatches, creditPublications, dishonestEntries } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerCreditRoutes } from './routes.js';

export const creditManifest: ModuleManifest = {
  name: 'credit',
  tables: [creditExportBatches, creditPublications, dishonestEntries],
  routes: registerCreditRoutes,
  workItemKinds: ['dishonest_approval', 'credit_export_approval'],
};
