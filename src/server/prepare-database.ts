import type { Database } from '../db/client.js';
import { seedOrganisation } from '../modules/org/seed-organisation.js';
import { seedDemo } from '../modules/demo/seed-demo.js';
import { seedCatalogue } from '../modules/catalogue/seed-catalogue.js';
import { seedDeadlineRules } from '../modules/deadlines/seed-deadline-rules.js';
import { failInterruptedJobs } from '../modules/imports/import-jobs.js';
import type { Config } from './config.js';

/** At every start: the real organisation (idempotent); in demo mode, the demo accounts and data. */
export async function prepareDatabase(database: Database, config: Pick<Config, 'demo' | 'demoPassword'>) {
  const org = await seedOrganisation(database.db);
  await seedCatalogue(database.db);
  await seedDeadlineRules(database.db);
  await failInterruptedJobs(database.db);
  const demo = config.demo ? await seedDemo(database.db, { password: config.demoPassword }) : null;
  return { orgUnitsInserted: org.inserted, demoUsersCreated: demo?.users ?? 0 };
}
