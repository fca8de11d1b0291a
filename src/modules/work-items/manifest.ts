import { workItems } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { cancelOrphanWorkItems } from './cancel-orphan-work-items.js';
import { registerWorkItemRoutes } from './routes.js';

export const workItemsManifest: ModuleManifest = {
  name: 'work-items',
  tables: [workItems],
  routes: registerWorkItemRoutes,
  jobs: [
    // Hourly, and at start so that a database kept from before every action closed its items is repaired at once.
    { name: 'cancelOrphanWorkItems', everyMs: 60 * 60_000, atStart: true, run: cancelOrphanWorkItems, done: 'work items of ended subjects cancelled' },
  ],
};
