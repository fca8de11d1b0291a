import type { ModuleManifest } from '../module-manifest.js';

/** The session actor and the scope SQL: no tables, no routes; every module reads through it. */
export const accessManifest: ModuleManifest = { name: 'access', tables: [] };
