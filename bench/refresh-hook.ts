import type { Database } from '../src/db/client.js';
import { refreshSampleStats } from '../src/modules/stats/refresh-sample-stats.js';
import { rawQuery, stats } from './lib.js';

class Rollback extends Error {}

/**
 * The results hook's aggregate refresh, timed per batch of 1, 20 and 500 samples inside a
 * transaction that is rolled back (nothing changes), printed as a Markdown table under `title`.
 * Shared by the province view and analytics benches, which both keep aggregates in that hook.
 */
export async function printRefreshHookTable(database: Database, title: string, runs: number): Promise<void> {
  const ids = (await rawQuery<{ id: string }>(database, `SELECT id FROM samples ORDER BY id LIMIT 2000`)).map((r) => r.id);
  const refreshBatch = async (size: number, offset: number) => {
    let ms = 0;
    await database.db
      .transaction(async (tx) => {
        const started = performance.now();
        await refreshSampleStats(tx, ids.slice(offset, offset + size));
        ms = performance.now() - started;
        throw new Rollback();
      })
      .catch((e) => {
        if (!(e instanceof Rollback)) throw e;
      });
    return ms;
  };
  console.log(`\n| ${title} | p50 ms | p95 ms |\n|---|---|---|`);
  for (const size of [1, 20, 500]) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await refreshBatch(size, (i * size) % (ids.length - size)));
    const s = stats(times);
    console.log(`| batch of ${size} | ${s.p50} | ${s.p95} |`);
  }
}
