/**
 * The per-result hook (issue 16 §2): `afterResultsChanged` for one new unqualified sample in its
 * transaction, as a manual entry runs it, on an existing database (a clone of jjld_bench_1m), with
 * its two handlers timed apart (disposals: syncDisposals; escalations: evaluateEscalations) and a
 * `SELECT 1` in the same transaction as the floor. Every transaction is rolled back.
 *
 *   BENCH_DB_URL=postgres://postgres@127.0.0.1:5432/jjld_bench_perf npx tsx bench/results-hook-bench.ts
 *   BENCH_HOOK_RUNS  new samples (default 150; a third join an escalation, a third fire one, a third are first failures)
 */
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.js';
import { systemActor } from '../src/modules/access/actor.js';
import { syncDisposals } from '../src/modules/disposals/sync-disposals.js';
import { evaluateEscalations } from '../src/modules/escalations/evaluate-escalations.js';
import { afterResultsChanged } from '../src/modules/sampling/results-changed.js';
import { inNewSample, pickCases, sampleColumns } from './escalation-bench.js';
import { log, stats } from './lib.js';

const database = await openDatabase({ databaseUrl: process.env.BENCH_DB_URL ?? 'postgres://postgres@127.0.0.1:5432/jjld_bench_perf', poolSize: 2 });
const n = Number(process.env.BENCH_HOOK_RUNS ?? 150);
const loadStart = loadavg();
const columns = await sampleColumns(database);
const cases = await pickCases(database, n);
log(`${cases.length} cases`);
const reason = '检验结论已不再为不合格';
const hook: number[] = [];
const disposalsMs: number[] = [];
const escalationsMs: number[] = [];
/** The definition of the hook: disposal and escalation rules, without the aggregates' refresh (issue 11's, added later). */
const rulesMs: number[] = [];
const select1: number[] = [];

let serial = 0;
const warmup = cases.slice(0, 10);
for (const [i, c] of [...warmup, ...cases].entries()) {
  const measured = i >= warmup.length;
  await inNewSample(database, columns, c.sampleId, 900_000 + serial++, async (tx, id) => {
    let t = performance.now();
    await tx.execute(sql`SELECT 1`);
    const floor = performance.now() - t;
    t = performance.now();
    await afterResultsChanged(tx, systemActor, [id], reason);
    const ms = performance.now() - t;
    if (measured) {
      select1.push(floor);
      hook.push(ms);

    }
  });
  // The handlers apart, on a fresh copy each.
  await inNewSample(database, columns, c.sampleId, 900_000 + serial++, async (tx, id) => {
    let t = performance.now();
    await syncDisposals(tx, systemActor, [id], reason, new Date());
    const d = performance.now() - t;
    t = performance.now();
    await evaluateEscalations(tx, systemActor, [id], new Date());
    const e = performance.now() - t;
    if (measured) {
      disposalsMs.push(d);
      escalationsMs.push(e);
      rulesMs.push(d + e);
    }
  });
}
const h = stats(hook);
console.log(`load average ${loadStart.map((l) => l.toFixed(2)).join(' ')} → ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log('| what | runs | p50 ms | p95 ms | max ms |');
console.log('|---|---|---|---|---|');
for (const [name, values] of [['afterResultsChanged (whole hook)', hook], ['  disposals + escalations (the rules, one transaction)', rulesMs], ['  disposals (syncDisposals)', disposalsMs], ['  escalations (evaluateEscalations)', escalationsMs], ['SELECT 1 in the same transaction', select1]] as const) {
  const s = stats([...values]);
  console.log(`| ${name} | ${s.runs} | ${s.p50} | ${s.p95} | ${s.max} |`);
}
await database.close();
