import type { ModuleManifest } from '../module-manifest.js';
import { registerOpenData } from './open-data.js';
import { registerPortalPages } from './pages.js';

/**
 * The public side: server-rendered portal pages under /public and the open data API under
 * /open/v1. Owns no table: it reads only the public snapshot (published_results), published
 * publications and the explainer library.
 */
export const portalManifest: ModuleManifest = {
  name: 'portal',
  tables: [],
  routes: (api) => {
    registerPortalPages(api.app, api.database.db);
    registerOpenData(api);
  },
};
