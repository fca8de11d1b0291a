import type { Database } from '../db/client.js';
import { seedDemo } from '../modules/demo/seed-demo.js';
import { moduleManifests } from '../modules/manifests.js';
import { loadConfig, type Config } from './config.js';
import { registerResultsHandlers } from './results-changed-handlers.js';

/**
 * At every start: each module's seed in list order (the real organisation, the catalogue, rules,
 * repairs; all idempotent); in demo mode, the demo accounts and data. `demoSamples` (default:
 * the configuration's JJLD_DEMO_SAMPLES) synthetic samples are generated on the first demo seed only.
 */
export async function prepareDatabase(database: Database, config: Pick<Config, 'demo' | 'demoPassword'> & Partial<Pick<Config, 'demoSamples' | 'complaintKey'>>) {
  // The demo seed records samples and results through the use cases.
  registerResultsHandlers();
  const seeded = new Map<string, Record<string, number>>();
  for (const manifest of moduleManifests) {
    if (manifest.seed) seeded.set(manifest.name, await manifest.seed(database.db));
  }
  const demo = config.demo
    ? await seedDemo(database.db, { password: config.demoPassword, samples: config.demoSamples ?? loadConfig(process.env, { requireComplaintKey: false }).demoSamples, complaintKey: config.complaintKey })
    : null;
  return { orgUnitsInserted: seeded.get('org')?.inserted ?? 0, demoUsersCreated: demo?.users ?? 0, demoSamplesCreated: demo?.samples ?? 0 };
}
