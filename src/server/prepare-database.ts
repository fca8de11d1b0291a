import type { Database } from '../db/client.js';
import { seedOrganisation } from '../modules/org/seed-organisation.js';
import { seedDemo } from '../modules/demo/seed-demo.js';
import { seedCatalogue } from '../modules/catalogue/seed-catalogue.js';
import { seedDeadlineRules } from '../modules/deadlines/seed-deadline-rules.js';
import { seedEscalationRules } from '../modules/escalations/seed-escalation-rules.js';
import { seedRetestLabs } from '../modules/objections/seed-retest-labs.js';
import { failInterruptedJobs } from '../modules/imports/import-jobs.js';
import { loadConfig, type Config } from './config.js';
import { registerResultsHandlers } from './results-changed-handlers.js';

/**
 * At every start: the real organisation (idempotent); in demo mode, the demo accounts and data.
 * `demoSamples` (default: the configuration's JJLD_DEMO_SAMPLES) synthetic samples are generated
 * on the first demo seed only.
 */
export async function prepareDatabase(database: Database, config: Pick<Config, 'demo' | 'demoPassword'> & Partial<Pick<Config, 'demoSamples'>>) {
  // The demo seed records samples and results through the use cases.
  registerResultsHandlers();
  const org = await seedOrganisation(database.db);
  await seedCatalogue(database.db);
  await seedDeadlineRules(database.db);
  await seedRetestLabs(database.db);
  await seedEscalationRules(database.db);
  await failInterruptedJobs(database.db);
  const demo = config.demo
    ? await seedDemo(database.db, { password: config.demoPassword, samples: config.demoSamples ?? loadConfig().demoSamples })
    : null;
  return { orgUnitsInserted: org.inserted, demoUsersCreated: demo?.users ?? 0, demoSamplesCreated: demo?.samples ?? 0 };
}
