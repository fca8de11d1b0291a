import { userRoles, users } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerUserRoutes } from './routes.js';

export const usersManifest: ModuleManifest = { name: 'users', tables: [users, userRoles], routes: registerUserRoutes };
