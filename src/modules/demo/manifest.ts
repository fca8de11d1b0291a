import type { ModuleManifest } from '../module-manifest.js';

/**
 * Demo mode: its seed depends on the configuration (password, synthetic samples), so
 * prepare-database.ts runs `seedDemo()` itself after every module's seed.
 */
export const demoManifest: ModuleManifest = { name: 'demo', tables: [] };
