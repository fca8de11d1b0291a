import { orgUnits } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerOrgRoutes } from './routes.js';
import { seedOrganisation } from './seed-organisation.js';

export const orgManifest: ModuleManifest = { name: 'org', tables: [orgUnits], routes: registerOrgRoutes, seed: seedOrganisation };
