import { escalationRules, escalationSamples, escalations, inspections, interviews, ruleSettings } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerEscalationRoutes } from './routes.js';
import { seedEscalationRules } from './seed-escalation-rules.js';

export const escalationsManifest: ModuleManifest = {
  name: 'escalations',
  // rule_settings (the numeric thresholds) are edited beside the escalation rules, on the same page.
  tables: [escalationRules, ruleSettings, escalations, escalationSamples, inspections, interviews],
  routes: registerEscalationRoutes,
  seed: async (db) => ({ rules: await seedEscalationRules(db) }),
  workItemKinds: ['escalation_handle', 'escalation_review', 'inspection'],
};
