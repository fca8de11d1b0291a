import type { ModuleManifest } from '../module-manifest.js';

/** The one guard over the records' workflow tables (load-for-action.ts): no tables, no routes; the record modules call it. */
export const workflowManifest: ModuleManifest = { name: 'workflow', tables: [] };
