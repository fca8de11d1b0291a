import { parseArgs } from 'node:util';
import { rebuildSampleStats } from '../../modules/stats/rebuild-sample-stats.js';
import { openCliDatabase } from '../context.js';

/** `stats rebuild`: recomputes the province view's sample aggregates from the samples table (docs/dashboard.md). */
export async function runStats(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals[0] !== 'rebuild') {
    console.error('usage: npm run cli -- stats rebuild [--json]');
    return 2;
  }
  const database = await openCliDatabase();
  try {
    const started = Date.now();
    const result = await rebuildSampleStats(database.db);
    const ms = Date.now() - started;
    if (values.json) console.log(JSON.stringify({ ...result, ms }));
    else console.log(`sample aggregates rebuilt: ${result.samples} samples in ${result.rows} rows (${ms} ms)`);
    return 0;
  } finally {
    await database.close();
  }
}
