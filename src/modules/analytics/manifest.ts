import type { ModuleManifest } from '../module-manifest.js';
import { registerAnalyticsRoutes } from './routes.js';

/**
 * The analytics explorer (风险分析, issue 12 §1): rates and pivots over the counts the stats module
 * keeps as results change (analytics_cube, analytics_item_cube; docs/analytics.md). It owns no
 * table: it reads the cubes through the samples' own scope.
 */
export const analyticsManifest: ModuleManifest = { name: 'analytics', tables: [], routes: registerAnalyticsRoutes };
