import { assistRequests, disposalSteps, disposals } from '../../db/schema/index.js';
import type { ApiContext } from '../../http/api-route.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerAssistRoutes } from './assist-routes.js';
import { registerDisposalRoutes } from './routes.js';

function registerRoutes(api: ApiContext) {
  registerDisposalRoutes(api);
  registerAssistRoutes(api);
}

export const disposalsManifest: ModuleManifest = {
  name: 'disposals',
  tables: [disposals, disposalSteps, assistRequests],
  routes: registerRoutes,
  workItemKinds: ['disposal_notice', 'disposal_steps', 'disposal_approval', 'monitoring_notice', 'assist_request', 'assist_letter'],
};
