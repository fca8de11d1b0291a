/**
 * The audit rows of an import batch (issue 16 §3): 2 000 `sample.import` entries written by
 * recordAudit (one array parameter per column, bulk-insert.ts) against the same rows through
 * Drizzle's insert().values() (13 parameters a row, as before), alternating, each in a
 * transaction that is rolled back. Same hashes and chain reservation in both.
 *
 *   BENCH_DB_URL=postgres://postgres@127.0.0.1:5432/jjld_bench_perf npx tsx bench/audit-insert-bench.ts
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.js';
import { auditLog } from '../src/db/schema/index.js';
import { chainHash, GENESIS_HASH } from '../src/domain/audit-chain.js';
import { systemActor } from '../src/modules/access/actor.js';
import { recordAudit, type AuditEntry } from '../src/modules/audit/record-audit.js';
import { stats } from './lib.js';

const database = await openDatabase({ databaseUrl: process.env.BENCH_DB_URL ?? 'postgres://postgres@127.0.0.1:5432/jjld_bench_perf', poolSize: 2 });
const ROWS = Number(process.env.BENCH_AUDIT_ROWS ?? 2000);
const RUNS = Number(process.env.BENCH_AUDIT_RUNS ?? 8);
const entries: AuditEntry[] = Array.from({ length: ROWS }, (_, i) => ({
  action: 'sample.import',
  entityType: 'sample',
  entityId: randomUUID(),
  after: { sampleNo: `DBJ26510000${String(i).padStart(8, '0')}`, conclusion: 'qualified', importJobId: randomUUID(), row: i + 2 },
}));

/** The previous recordAudit: the same chain, inserted with Drizzle's values(). */
async function drizzleValues(tx: Parameters<Parameters<typeof database.db.transaction>[0]>[0]) {
  const reserved = (await tx.execute(sql`SELECT head_hash, seqs FROM audit_chain_reserve(${7_263_002}, ${ROWS}::int)`)) as unknown as { rows: { head_hash: string | null; seqs: string[] }[] };
  let prevHash = reserved.rows[0].head_hash ?? GENESIS_HASH;
  const seqs = reserved.rows[0].seqs.map(Number).sort((a, b) => a - b);
  const at = new Date();
  const rows = entries.map((e, i) => {
    const record = { seq: seqs[i], at, actorUserId: null, actorUsername: 'system', actorUnitId: null, action: e.action, entityType: e.entityType, entityId: e.entityId ?? null, before: null, after: JSON.parse(JSON.stringify(e.after)), ip: null };
    const hash = chainHash(prevHash, record);
    const row = { ...record, prevHash, hash };
    prevHash = hash;
    return row;
  });
  for (let i = 0; i < rows.length; i += 2000) await tx.insert(auditLog).values(rows.slice(i, i + 2000));
}

class Rollback extends Error {}
async function timedRolledBack(fn: (tx: never) => Promise<void>): Promise<number> {
  let ms = 0;
  try {
    await database.db.transaction(async (tx) => {
      const t = performance.now();
      await fn(tx as never);
      ms = performance.now() - t;
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return ms;
}

const load = loadavg();
const unnest: number[] = [];
const values: number[] = [];
for (let i = 0; i < RUNS + 2; i++) {
  const a = await timedRolledBack((tx) => recordAudit(tx, systemActor, ...entries));
  const b = await timedRolledBack((tx) => drizzleValues(tx));
  if (i >= 2) {
    unnest.push(a);
    values.push(b);
  }
}
const u = stats(unnest);
const v = stats(values);
console.log(`load average ${load.map((l) => l.toFixed(2)).join(' ')} → ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${ROWS} audit rows per transaction, ${RUNS} runs each, alternating`);
console.log(`| recordAudit, unnest | p50 ${u.p50} ms | p95 ${u.p95} ms | ${Math.round((ROWS / u.p50) * 1000)} rows/s |`);
console.log(`| before: Drizzle values() | p50 ${v.p50} ms | p95 ${v.p95} ms | ${Math.round((ROWS / v.p50) * 1000)} rows/s |`);
console.log(`ratio (p50): ${(v.p50 / u.p50).toFixed(2)}× faster`);
await database.close();
