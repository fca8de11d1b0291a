import pg from 'pg';
import { openDatabase } from '../src/db/client.js';
import { listSamples } from '../src/modules/sampling/list-samples.js';
import { userOf } from './lib.js';
const database = await openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/jjld_bench_perf', poolSize: 1 });
const city = await userOf(database, '510100', ['bureau_officer', 'enforcement_officer']);
const proto = pg.Client.prototype as any;
const original = proto.query;
const captured: any[] = [];
proto.query = function (this: any, ...args: any[]) { const c = args[0]; if (c?.text) captured.push({ text: c.text, values: Array.isArray(args[1]) ? args[1] : c.values }); return original.apply(this, args); };
const filter = { conclusion: 'unqualified', dateFrom: process.env.FROM ?? '2026-01-01' } as any;
let t = performance.now();
const r = await listSamples(database.db, city, filter, { page: 1, pageSize: 20, offset: 0 } as any);
console.log('ms', (performance.now() - t).toFixed(1), 'total', r.total, r.totalCapped);
proto.query = original;
const pool = (database as any).pool as pg.Pool;
for (const q of captured) {
  const res = await pool.query({ text: 'EXPLAIN (ANALYZE, BUFFERS) ' + q.text, values: q.values });
  console.log(q.text.slice(0, 3000)); console.log(q.values);
  console.log(res.rows.map((x: any) => x['QUERY PLAN']).join('\n'));
}
await database.close();
