/** Shared helpers of the benchmarks: timing, percentiles, databases, users, query capture. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { eq, or } from 'drizzle-orm';
import type { PGlite } from '@electric-sql/pglite';
import { openDatabase, type Database } from '../src/db/client.js';
import { orgUnits } from '../src/db/schema/index.js';
import { scopeOf } from '../src/domain/scope.js';
import type { SessionUser } from '../src/modules/access/actor.js';
import { rawClient } from '../src/modules/demo/synthetic/bulk-writer.js';
import { prepareDatabase } from '../src/server/prepare-database.js';
import { registerResultsHandlers } from '../src/server/results-changed-handlers.js';

// Every benchmark imports this file (profile-import.ts through import-bench.ts): results written
// by a benchmark open disposals and re-evaluate escalations as in the server.
registerResultsHandlers();

export const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export interface Stats {
  runs: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    runs: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted[sorted.length - 1]),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}

/** Runs fn `warmup` times unmeasured, then `runs` times measured (ms each). */
export async function repeat(fn: () => Promise<unknown>, runs: number, warmup = 10): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return stats(times);
}

export interface BenchDatabase {
  database: Database;
  name: string;
  /** Drops (PostgreSQL) or deletes (PGlite directory) it. */
  dispose(keep?: boolean): Promise<void>;
}

/** A fresh PostgreSQL database on the server of `adminUrl` (or an existing one, reused), migrated and seeded. */
export async function postgresDatabase(adminUrl: string, name: string, reuse = false): Promise<BenchDatabase> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount! > 0;
  if (exists && !reuse) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
  if (!exists || !reuse) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  await prepareDatabase(database, { demo: false, demoPassword: 'Bench#2026x', demoSamples: 0 });
  return {
    database,
    name,
    async dispose(keep = false) {
      await database.close();
      if (keep) return;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A fresh on-disk PGlite database (as `npm start` uses), migrated and seeded. */
export async function pgliteDatabase(label: string): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), `jjld-bench-${label}-`));
  const database = await openDatabase({ dataDir: dir });
  await prepareDatabase(database, { demo: false, demoPassword: 'Bench#2026x', demoSamples: 0 });
  return {
    database,
    name: dir,
    async dispose(keep = false) {
      await database.close();
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A signed-in user of a unit (by slug or region code), shaped like resolveSession's. */
export async function userOf(database: Database, handle: string, roles: string[]): Promise<SessionUser> {
  const [row] = await database.db
    .select()
    .from(orgUnits)
    .where(or(eq(orgUnits.slug, handle), eq(orgUnits.regionCode, handle)))
    .limit(1);
  if (!row) throw new Error(`no unit ${handle}`);
  const unit = { id: row.id, name: row.name, kind: row.kind, regionCode: row.regionCode, path: row.path, businesses: row.businesses };
  return {
    id: '00000000-0000-0000-0000-000000000000',
    username: `bench:${handle}`,
    displayName: `基准测试（${row.name}）`,
    unit,
    roles,
    mustChangePassword: false,
    scope: scopeOf(unit),
    sessionId: 'bench',
    csrfToken: 'bench',
  };
}

export interface CapturedQuery {
  text: string;
  params: unknown[];
}

/** Records the SQL a function sends through the database's driver (what Drizzle generated). */
export async function captureQueries(database: Database, fn: () => Promise<unknown>): Promise<CapturedQuery[]> {
  const raw = rawClient(database.db);
  const captured: CapturedQuery[] = [];
  const target = (raw.kind === 'postgres' ? raw.pool : raw.pglite) as unknown as { query: (...args: unknown[]) => unknown };
  const original = target.query;
  target.query = function (this: unknown, ...args: unknown[]) {
    const [config, params] = args;
    const text = typeof config === 'string' ? config : (config as { text: string }).text;
    captured.push({ text, params: (params as unknown[]) ?? [] });
    return original.apply(this, args);
  };
  try {
    await fn();
  } finally {
    target.query = original;
  }
  return captured;
}

/** Runs SQL directly on the driver (no Drizzle): rows. */
export async function rawQuery<R = Record<string, unknown>>(database: Database, text: string, params: unknown[] = []): Promise<R[]> {
  const raw = rawClient(database.db);
  if (raw.kind === 'postgres') return (await raw.pool.query(text, params)).rows as R[];
  return (await (raw.pglite as PGlite).query<R>(text, params)).rows;
}

export async function explain(database: Database, query: CapturedQuery): Promise<string> {
  const rows = await rawQuery<{ 'QUERY PLAN': string }>(database, `EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.params);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

/** Inlines parameters for display in the report (the plans above them were run with real parameters). */
export function displaySql(query: CapturedQuery): string {
  return query.text.replace(/\$(\d+)/g, (_, n) => {
    const v = query.params[Number(n) - 1];
    return typeof v === 'number' ? String(v) : `'${String(v).replaceAll("'", "''")}'`;
  });
}
