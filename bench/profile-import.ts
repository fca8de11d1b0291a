/**
 * Runs one import in its own process so that `node --cpu-prof` sees nothing else, then prints
 * its timing as JSON. Used by bench/run.ts:
 *   node --cpu-prof --cpu-prof-dir=bench/out/prof --import tsx bench/profile-import.ts <database url | pglite dir> <csv>
 */
import { openDatabase } from '../src/db/client.js';
import { importCsv } from './import-bench.js';

const [target, csv] = process.argv.slice(2);
const database = await openDatabase(target.startsWith('postgres') ? { databaseUrl: target, poolSize: 4 } : { dataDir: target });
try {
  const run = await importCsv(database, csv);
  process.stdout.write(`${JSON.stringify({ ms: Math.round(run.ms), imported: run.value.imported, rejected: run.value.rejected })}\n`);
} finally {
  await database.close();
}
