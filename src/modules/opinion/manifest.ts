import { opinionEventComplaints, opinionEventEnterprises, opinionEventPublications, opinionEvents, opinionEventSamples, opinionResponses, opinionWatchEntries } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerOpinionRoutes } from './routes.js';

/**
 * 舆情事件 (issue 14 §2): the register, its response actions and rumour responses (published as
 * consumer warnings through the publication module), and the entries of the opinion watch that a
 * publication opens (the `opinion_watch` work item is the publication module's kind; this module
 * records its days and completes it).
 */
export const opinionManifest: ModuleManifest = {
  name: 'opinion',
  tables: [opinionEvents, opinionEventEnterprises, opinionEventSamples, opinionEventPublications, opinionEventComplaints, opinionResponses, opinionWatchEntries],
  routes: registerOpinionRoutes,
};
