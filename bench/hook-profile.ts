/**
 * Where the per-result hook's time goes (issue 16 §2): every statement `afterResultsChanged` sends
 * for one new unqualified sample, timed at the driver (escalation-bench.ts `profiled`: wall time
 * of each round trip), summed per statement shape over many cases. Rolled back like
 * results-hook-bench.ts.
 *
 *   BENCH_DB_URL=postgres://postgres@127.0.0.1:5432/jjld_bench_perf npx tsx bench/hook-profile.ts
 */
import { openDatabase } from '../src/db/client.js';
import { systemActor } from '../src/modules/access/actor.js';
import { afterResultsChanged } from '../src/modules/sampling/results-changed.js';
import { inNewSample, pickCases, profiled, sampleColumns } from './escalation-bench.js';

const database = await openDatabase({ databaseUrl: process.env.BENCH_DB_URL ?? 'postgres://postgres@127.0.0.1:5432/jjld_bench_perf', poolSize: 2 });
const columns = await sampleColumns(database);
const cases = await pickCases(database, Number(process.env.BENCH_HOOK_RUNS ?? 60));
/** A statement's shape: its text without layout, cut where the parameters start to differ. */
const shapeOf = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 140);
const shapes = new Map<string, { queries: number; ms: number }>();
let hookMs = 0;

let serial = 0;
for (const c of cases) {
  await inNewSample(database, columns, c.sampleId, 950_000 + serial++, async (tx, id) => {
    const run = await profiled(() => afterResultsChanged(tx, systemActor, [id], '检验结论已不再为不合格'), shapeOf);
    hookMs += run.ms;
    for (const { kind, queries, ms } of run.profile.byKind) {
      const entry = shapes.get(kind) ?? { queries: 0, ms: 0 };
      entry.queries += queries;
      entry.ms += ms;
      shapes.set(kind, entry);
    }
  });
}
const n = cases.length;
console.log(`${n} cases, hook mean ${(hookMs / n).toFixed(2)} ms`);
const rows = [...shapes.entries()].map(([text, e]) => ({ text, perCase: e.queries / n, meanMs: e.ms / e.queries, shareMs: e.ms / n })).sort((a, b) => b.shareMs - a.shareMs);
console.log('| ms per hook | statements per hook | mean ms | statement |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.shareMs.toFixed(2)} | ${r.perCase.toFixed(2)} | ${r.meanMs.toFixed(2)} | ${r.text.replaceAll('|', '\\|')} |`);
console.log(`statements per hook: ${rows.reduce((a, r) => a + r.perCase, 0).toFixed(1)}; their time per hook ${rows.reduce((a, r) => a + r.shareMs, 0).toFixed(2)} ms`);
await database.close();
