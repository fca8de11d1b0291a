import type { ModuleManifest } from '../module-manifest.js';
import { registerOverviewRoutes } from './routes.js';

export const overviewManifest: ModuleManifest = { name: 'overview', tables: [], routes: registerOverviewRoutes };
