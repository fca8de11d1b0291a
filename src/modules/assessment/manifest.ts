import { assessmentCheckUnits, assessmentChecks, assessmentFindings, assessmentIndicators, assessmentResults } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { seedIndicators } from './indicators.js';
import { registerAssessmentRoutes } from './routes.js';

/** 考核评价 (seed arts. 6(2), 25; issue 15): docs/assessment.md. */
export const assessmentManifest: ModuleManifest = {
  name: 'assessment',
  tables: [assessmentIndicators, assessmentResults, assessmentChecks, assessmentCheckUnits, assessmentFindings],
  routes: registerAssessmentRoutes,
  seed: (db) => seedIndicators(db),
  workItemKinds: ['assessment_rectification', 'assessment_acceptance'],
};
