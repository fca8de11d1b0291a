import { auditLog } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerAuditRoutes } from './routes.js';

/** Every module appends through `recordAudit()`, which is this module's function. */
export const auditManifest: ModuleManifest = { name: 'audit', tables: [auditLog], routes: registerAuditRoutes };
