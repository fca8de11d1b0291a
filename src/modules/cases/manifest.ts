import { caseStages, cases } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerCaseRoutes } from './routes.js';

export const casesManifest: ModuleManifest = {
  name: 'cases',
  tables: [cases, caseStages],
  routes: registerCaseRoutes,
  workItemKinds: ['legal_review', 'judicial_receipt'],
};
