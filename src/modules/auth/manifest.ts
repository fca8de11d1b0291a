import { sessions } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerAuthRoutes } from './routes.js';

export const authManifest: ModuleManifest = { name: 'auth', tables: [sessions], routes: registerAuthRoutes };
