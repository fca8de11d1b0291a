/**
 * After `npm run cli -- seed --demo --samples N` (which bulk-loads samples only): the demo's
 * disposals and escalations over those samples, by the same functions the demo start uses, so a
 * benchmark database has a disposal detail and an escalation board to measure.
 *
 *   DATABASE_URL=postgres://…/jjld_bench_1m npx tsx bench/seed-bench-extras.ts
 */
import { openDatabase } from '../src/db/client.js';
import { seedDemoDisposals } from '../src/modules/demo/seed-demo-disposals.js';
import { seedDemoEscalations } from '../src/modules/demo/seed-demo-escalations.js';
import { registerResultsHandlers } from '../src/server/results-changed-handlers.js';

registerResultsHandlers();
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL!, dataDir: '' });
const now = new Date();
let start = Date.now();
// BENCH_EXTRAS=escalations skips the disposals: working 2.6×10^4 of them to their states by the
// use cases takes over an hour at 10^6 samples (about five a second on this machine).
if (process.env.BENCH_EXTRAS !== 'escalations') {
  const disposals = await seedDemoDisposals(database.db, now);
  console.log(`disposals: ${JSON.stringify(disposals)} in ${((Date.now() - start) / 1000).toFixed(1)} s`);
}
start = Date.now();
const escalations = await seedDemoEscalations(database.db, now);
console.log(`escalations: ${JSON.stringify(escalations)} in ${((Date.now() - start) / 1000).toFixed(1)} s`);
await database.close();
