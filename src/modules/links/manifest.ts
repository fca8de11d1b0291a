import type { ModuleManifest } from '../module-manifest.js';

/** Which web links a user may open: reads other modules' records, owns nothing. */
export const linksManifest: ModuleManifest = { name: 'links', tables: [] };
