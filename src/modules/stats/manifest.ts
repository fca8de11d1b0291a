import { analyticsCube, analyticsItemCube, analyticsItemMembers, analyticsItemMonths, analyticsItemRollup, analyticsRollup, sampleStatMembers, sampleStats, sampleStatsArea } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerStatsRoutes } from './routes.js';

/**
 * The province view and the briefing pack, read from counts of samples kept as results change
 * (refresh-sample-stats.ts, registered in src/server/results-changed-handlers.ts; docs/dashboard.md).
 */
export const statsManifest: ModuleManifest = { name: 'stats', tables: [sampleStats, sampleStatsArea, sampleStatMembers, analyticsCube, analyticsItemCube, analyticsItemMembers, analyticsRollup, analyticsItemRollup, analyticsItemMonths], routes: registerStatsRoutes };
