import { reconciliationChecks, reconciliations } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerReconciliationRoutes } from './routes.js';

export const reconciliationManifest: ModuleManifest = {
  name: 'reconciliation',
  tables: [reconciliations, reconciliationChecks],
  routes: registerReconciliationRoutes,
  workItemKinds: ['rectification'],
};
