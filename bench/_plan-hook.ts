import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.js';
import { systemActor } from '../src/modules/access/actor.js';
import { afterResultsChanged } from '../src/modules/sampling/results-changed.js';
import { registerResultsHandlers } from '../src/server/results-changed-handlers.js';
import { inNewSample, pickCases, sampleColumns } from './escalation-bench.js';
registerResultsHandlers();
const database = await openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/jjld_bench_perf', poolSize: 2 });
const columns = await sampleColumns(database);
const cases = await pickCases(database, 12);
let serial = 0;
const proto = pg.Client.prototype as any;
const original = proto.query;
for (const [i, c] of cases.entries()) {
  await inNewSample(database, columns, c.sampleId, 980_000 + serial++, async (tx, id) => {
    const captured: { text: string; values: unknown[] }[] = [];
    if (i === cases.length - 1) proto.query = function (this: any, ...args: any[]) { const cfg = args[0]; if (cfg && typeof cfg === 'object' && cfg.text) captured.push({ text: cfg.text, values: Array.isArray(args[1]) ? args[1] : (cfg.values ?? []) }); return original.apply(this, args); };
    await afterResultsChanged(tx, systemActor, [id], 'x');
    proto.query = original;
    const client: any = (tx as any).session.client;
    let k = 0;
    for (const q of captured) {
      if (!/^\s*(select|with)/i.test(q.text)) continue;
      k++;
      const time = async (named: boolean) => {
        const ms: number[] = [];
        for (let r = 0; r < 30; r++) {
          await client.query('SAVEPOINT x');
          const t = performance.now();
          await client.query(named ? { name: 'p' + k, text: q.text, values: q.values } : { text: q.text, values: q.values });
          ms.push(performance.now() - t);
          await client.query('ROLLBACK TO SAVEPOINT x');
        }
        ms.sort((a, b) => a - b);
        return ms[15].toFixed(2);
      };
      const u1 = await time(false); const n1 = await time(true); const u2 = await time(false); const n2 = await time(true);
      console.log('unnamed', u1, u2, 'named', n1, n2, ' :: ', q.text.replace(/\s+/g, ' ').slice(0, 80));
    }
  });
}
await database.close();
