import { objections, retestLabs } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerObjectionRoutes } from './routes.js';
import { seedRetestLabs } from './seed-retest-labs.js';

export const objectionsManifest: ModuleManifest = {
  name: 'objections',
  tables: [objections, retestLabs],
  routes: registerObjectionRoutes,
  seed: async (db) => ({ retestLabs: await seedRetestLabs(db) }),
  workItemKinds: ['objection_review', 'retest_review'],
};
