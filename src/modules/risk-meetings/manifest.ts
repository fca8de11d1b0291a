import { leadingGroupMembers, riskMeetingActions, riskMeetingPeriods, riskMeetingRules, riskMeetings } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { seedLeadingGroup } from './leading-group.js';
import { seedMeetingRules } from './meeting-rules.js';
import { openMeetingPeriods } from './open-periods.js';
import { registerRiskMeetingRoutes } from './routes.js';

/** "321" risk analysis (seed art. 22) and the leading group (arts. 19–20): docs/risk-meetings.md. */
export const riskMeetingsManifest: ModuleManifest = {
  name: 'risk-meetings',
  tables: [riskMeetingRules, riskMeetingPeriods, riskMeetings, riskMeetingActions, leadingGroupMembers],
  routes: registerRiskMeetingRoutes,
  seed: async (db) => {
    const rules = await seedMeetingRules(db);
    const group = await seedLeadingGroup(db);
    return { riskMeetingRules: rules.inserted, leadingGroupMembers: group.inserted };
  },
  workItemKinds: ['risk_meeting', 'risk_action', 'risk_notice'],
  // Every ten minutes: a period opens at local midnight, so its items appear within minutes of it.
  jobs: [{ name: 'openRiskMeetingPeriods', everyMs: 10 * 60_000, atStart: true, run: (db) => openMeetingPeriods(db), done: 'risk-meeting periods opened for units' }],
};
