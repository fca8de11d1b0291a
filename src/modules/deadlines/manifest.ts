import { calendarDays, calendarYears, deadlineRules } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerDeadlineRoutes } from './routes.js';
import { seedDeadlineRules } from './seed-deadline-rules.js';

export const deadlinesManifest: ModuleManifest = {
  name: 'deadlines',
  tables: [deadlineRules, calendarDays, calendarYears],
  routes: registerDeadlineRoutes,
  seed: async (db) => ({ rules: await seedDeadlineRules(db) }),
};
