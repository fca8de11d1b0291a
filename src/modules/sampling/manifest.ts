import { resultItems, samples } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerSampleRoutes } from './routes.js';

export const samplingManifest: ModuleManifest = {
  name: 'sampling',
  tables: [samples, resultItems],
  routes: registerSampleRoutes,
  workItemKinds: ['accompaniment_record', 'link_record', 'sampling_date_record'],
};
