import { publicationReviews, publicationSamples, publications, publishedResults } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerPublicationRoutes } from './routes.js';

export const publicationManifest: ModuleManifest = {
  name: 'publication',
  tables: [publications, publicationSamples, publicationReviews, publishedResults],
  routes: registerPublicationRoutes,
  workItemKinds: ['publication_review', 'opinion_watch'],
};
