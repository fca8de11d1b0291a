import { enterprises } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerEnterpriseRoutes } from './routes.js';

export const enterprisesManifest: ModuleManifest = { name: 'enterprises', tables: [enterprises], routes: registerEnterpriseRoutes };
