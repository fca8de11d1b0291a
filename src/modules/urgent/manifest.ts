import { urgentReportRecipients, urgentReports } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { escalateOverdueUrgentReports } from './escalate-overdue-urgent-reports.js';
import { registerUrgentReportRoutes } from './routes.js';

export const urgentManifest: ModuleManifest = {
  name: 'urgent',
  tables: [urgentReports, urgentReportRecipients],
  routes: registerUrgentReportRoutes,
  workItemKinds: ['urgent_ack', 'urgent_handle', 'urgent_supervise'],
  jobs: [{ name: 'escalateOverdueUrgentReports', everyMs: 60_000, run: escalateOverdueUrgentReports, done: 'overdue 24-hour reports escalated' }],
};
