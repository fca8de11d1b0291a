/**
 * The escalation (督办) rules engine on PostgreSQL at 10^6 samples (issue 5):
 *
 * 1. baseline — one hand-written SQL query computing the same firings (per enterprise × subject ×
 *    year: unqualified batches as producer, distributor, caterer, special food; ≥ threshold;
 *    consecutive years), median of several runs after a warm-up;
 * 2. full recomputation (`recomputeEscalations`, what `npm run cli -- rules recompute` runs): the
 *    first run, which creates every escalation, and steady-state runs (nothing to change);
 *    the baseline's set of (enterprise, rule, year) must EQUAL the escalations the engine holds;
 * 3. incremental evaluation — one new unqualified sample (and its failing result item) inserted
 *    in a transaction, as a manual entry does, then `evaluateEscalations(tx, actor, [id])` timed
 *    (and, in a second pass, the whole `afterResultsChanged`); every transaction is ROLLED BACK,
 *    so the database stays as the recomputation left it. Bare baselines in the same
 *    transactions: a `SELECT 1` round trip and one single-enterprise count query.
 *
 * Standalone (writes bench/out/escalations-<time>.json and .md):
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_REUSE=1 BENCH_KEEP=1 npx tsx bench/escalation-bench.ts
 * or as part of `npm run bench` with BENCH_PARTS=postgres,escalations (same database as run.ts).
 *
 *   BENCH_SAMPLES              samples in the database (default 1 000 000; generated when missing)
 *   BENCH_REUSE=1              reuse jjld_bench_main when it holds ≥ BENCH_SAMPLES samples
 *   BENCH_KEEP=1               keep the database afterwards
 *   BENCH_DB                   database name (default jjld_bench_main, run.ts's)
 *   BENCH_ESC_RUNS             steady-state recomputations and baseline runs (default 5)
 *   BENCH_ESC_FIRST_RUNS       first recomputations, each after a reset (default 3; the first of them with cold code, as the CLI runs it)
 *   BENCH_ESC_INCREMENTAL      new unqualified samples evaluated incrementally (default 300)
 *
 * A reused database that already has escalations is reset first (escalations, their samples and
 * work items deleted; their audit rows stay, the log is append-only) so the first recomputation
 * is measured from scratch every time.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../src/db/client.js';
import { systemActor } from '../src/modules/access/actor.js';
import { recordAudit } from '../src/modules/audit/record-audit.js';
import { seedSyntheticSamples } from '../src/modules/demo/synthetic/seed-samples.js';
import { evaluateEscalations } from '../src/modules/escalations/evaluate-escalations.js';
import { recomputeEscalations } from '../src/modules/escalations/recompute-escalations.js';
import { SPECIAL_FOOD_ROOTS } from '../src/domain/jurisdiction.js';
import { afterResultsChanged } from '../src/modules/sampling/results-changed.js';
import { log, postgresDatabase, rawQuery, stats, timed, type Stats } from './lib.js';

const load = () => loadavg().map((l) => Math.round(l * 10) / 10);
const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;

export interface QueryProfile {
  /** What the statements do, and their summed wall time (sent → rows parsed). */
  byKind: { kind: string; queries: number; ms: number }[];
  queriesMs: number;
  /** Total minus queries: Node (the plan, statement building, the audit chain's hashing …). */
  nodeMs: number;
}

export interface RecomputeRun {
  ms: number;
  enterprises: number;
  created: number;
  updated: number;
  profile: QueryProfile;
}

export interface IncrementalCase {
  kind: 'joins' | 'fires' | 'first';
  sampleId: string;
}

export interface EscalationFigures {
  loadStart: number[];
  loadEnd?: number[];
  setup: {
    samples: number;
    unqualified: number;
    enterprises: number;
    enterprisesWithUnqualified: number;
    reset?: { escalations: number; workItems: number };
  };
  baseline: { runs: number[]; medianMs: number; firings: number; byRule: Record<string, number>; plan?: string };
  /** The first of `firstRuns`, with what it wrote; `medianMs` over all of them (each after a reset). */
  firstRecompute: RecomputeRun & { escalations: number; escalationSamples: number; workItems: number; auditRows: number; runs: number[]; medianMs: number };
  steadyRecompute: { runs: RecomputeRun[]; medianMs: number };
  /** The engine's (enterprise, rule, year) set equals the baseline's (asserted). */
  sameFirings: true;
  ratios: { firstToBaseline: number; steadyToBaseline: number };
  incremental: {
    transactions: number;
    rolledBack: true;
    mix: Record<IncrementalCase['kind'], number>;
    outcomes: { created: number; updated: number; unchanged: number };
    evaluate: Stats & { p99: number };
    evaluateByKind: Record<IncrementalCase['kind'], Stats & { p99: number }>;
    afterResultsChanged: Stats & { p99: number };
    select1: Stats & { p99: number };
    countQuery: Stats & { p99: number };
    ratios: { evaluateToSelect1: number; evaluateToCount: number };
    /** A further pass over the first cases with every statement timed: mean ms per evaluation. */
    profile: { evaluations: number; meanMs: number; byKind: { kind: string; queriesPerEvaluation: number; meanMs: number }[]; nodeMeanMs: number };
  };
  aims: { recomputeUnder5s: boolean; steadyUnder5s: boolean; incrementalP95Under10ms: boolean };
}

function withP99(values: number[]): Stats & { p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { ...stats(values), p99: round(sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)], 2) };
}

/**
 * Per sample and enterprise, the rules' subjects the unqualified result counts for — the
 * engine's `loadResults` + `countsFor` written out in SQL. $1: the special-food 大类 names.
 */
const SUBJECT_ROLES = `
  special_roots AS (SELECT fc.id FROM food_categories fc WHERE fc.level = 1 AND fc.name = ANY($1::text[])),
  failed AS (
    SELECT s.id, s.link, s.sampled_party_id AS party, s.nominal_producer_id AS producer,
           extract(year FROM s.sampling_date)::int AS year,
           coalesce(s.category_root_id IN (SELECT id FROM special_roots), false) AS special
    FROM samples s WHERE s.conclusion = 'unqualified'),
  roles AS (
    SELECT id AS sample_id, party AS enterprise_id, year, link, special, true AS as_party,
           (link = 'production' OR producer = party) AS as_producer
    FROM failed WHERE party IS NOT NULL
    UNION ALL
    SELECT id, producer, year, link, special, false, true
    FROM failed WHERE producer IS NOT NULL AND producer IS DISTINCT FROM party),
  subject_roles AS (
    SELECT r.sample_id, r.enterprise_id, r.year, v.subject
    FROM roles r
    JOIN enterprises e ON e.id = r.enterprise_id
    CROSS JOIN LATERAL (VALUES
      ('producer', coalesce(e.region_code LIKE '51%', false) AND r.as_producer AND NOT r.special),
      ('special_food', coalesce(e.region_code LIKE '51%', false) AND r.as_producer AND r.special),
      -- An online seller is a distributor (the engine's DISTRIBUTOR_LINKS).
      ('distributor', r.as_party AND r.link IN ('distribution', 'online')),
      ('caterer', r.as_party AND r.link = 'catering')) AS v(subject, counts)
    WHERE v.counts),
  counts AS (
    SELECT enterprise_id, subject, year, count(*) AS n FROM subject_roles GROUP BY enterprise_id, subject, year)`;

/**
 * The baseline: every (enterprise, rule, year) whose condition holds, in one statement. A year
 * fires when each year of the rule's window (1 year, or `years` consecutive ones ending there)
 * has ≥ threshold counted batches; only years with a counted batch are candidates, as in the engine.
 */
export const BASELINE_SQL = `
WITH ${SUBJECT_ROLES},
  rules AS (
    SELECT id, subject, threshold, CASE WHEN kind = 'consecutiveYears' THEN greatest(1, years) ELSE 1 END AS span
    FROM escalation_rules WHERE enabled)
SELECT c.enterprise_id, r.id AS rule_id, c.year
FROM counts c
JOIN rules r ON r.subject = c.subject
JOIN counts w ON w.enterprise_id = c.enterprise_id AND w.subject = c.subject
  AND w.year BETWEEN c.year - r.span + 1 AND c.year AND w.n >= r.threshold
GROUP BY c.enterprise_id, r.id, c.year, r.span
HAVING count(*) = r.span`;

/** Classifies a statement for the recomputation's profile. */
function kindOf(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (t.startsWith('begin') || t.startsWith('commit') || t.startsWith('rollback')) return 'begin / commit';
  if (t.includes('pg_advisory_xact_lock') || t.includes('from "audit_log"') || t.includes('nextval(pg_get_serial_sequence(\'audit_log\'')) return 'audit chain (lock, head, sequence)';
  if (t.startsWith('insert into "audit_log"')) return 'insert audit rows';
  if (t.startsWith('insert into "escalations"')) return 'insert escalations';
  if (t.startsWith('insert into "escalation_samples"')) return 'insert escalation samples';
  if (t.startsWith('insert into "work_items"')) return 'insert work items';
  if (t.startsWith('update')) return 'updates';
  if (t.includes('cross join lateral (values (s.sampled_party_id)')) return 'find the enterprises concerned';
  if (t.includes('from samples s')) return 'load results (unqualified samples)';
  if (t.includes('from "escalation_samples"')) return 'load existing escalation samples';
  if (t.includes('from "escalations"') && t.includes('"id" in')) return 're-read inserted escalation ids';
  if (t.includes('from "escalations"')) return 'load existing escalations';
  if (t.includes('from "enterprises"')) return 'load enterprises';
  if (t.includes('from "escalation_rules"')) return 'load rules';
  return 'other (deadline rule, calendar …)';
}

/** The columns of `samples` an INSERT … SELECT copies (generated ones left out). */
export async function sampleColumns(database: Database): Promise<string[]> {
  const rows = await rawQuery<{ column_name: string }>(
    database,
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'samples' AND is_generated = 'NEVER' ORDER BY ordinal_position`,
  );
  return rows.map((r) => r.column_name);
}

/** Times every statement sent through node-postgres clients while `fn` runs, summed per `keyOf(text)`. */
export async function profiled<T>(fn: () => Promise<T>, keyOf: (text: string) => string = kindOf): Promise<{ ms: number; value: T; profile: QueryProfile }> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const byKind = new Map<string, { queries: number; ms: number }>();
  proto.query = function (this: unknown, ...args: unknown[]) {
    const config = args[0];
    const text = typeof config === 'string' ? config : ((config as { text?: string })?.text ?? '');
    const start = performance.now();
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      const k = keyOf(text);
      (result as Promise<unknown>).then(
        () => {
          const entry = byKind.get(k) ?? { queries: 0, ms: 0 };
          entry.queries++;
          entry.ms += performance.now() - start;
          byKind.set(k, entry);
        },
        () => undefined,
      );
    }
    return result;
  };
  try {
    const run = await timed(fn);
    const list = [...byKind.entries()].map(([kind, v]) => ({ kind, queries: v.queries, ms: round(v.ms) })).sort((a, b) => b.ms - a.ms);
    const queriesMs = list.reduce((a, b) => a + b.ms, 0);
    return { ...run, profile: { byKind: list, queriesMs: round(queriesMs), nodeMs: round(run.ms - queriesMs) } };
  } finally {
    proto.query = original;
  }
}

async function count(database: Database, text: string, params: unknown[] = []): Promise<number> {
  const [row] = await rawQuery<Record<string, string | number>>(database, text, params);
  return Number(Object.values(row)[0]);
}

async function baselineFirings(database: Database): Promise<{ enterprise_id: string; rule_id: string; year: number }[]> {
  return rawQuery(database, BASELINE_SQL, [SPECIAL_FOOD_ROOTS]);
}

const keyOf = (r: { enterprise_id: string; rule_id: string; year: number | string }) => `${r.enterprise_id}|${r.rule_id}|${Number(r.year)}`;

/** Deletes what an earlier recomputation created, so the first run starts from nothing. */
async function reset(database: Database): Promise<{ escalations: number; workItems: number } | undefined> {
  const existing = await count(database, 'SELECT count(*) FROM escalations');
  if (existing === 0) return undefined;
  log(`escalations: resetting ${existing} escalations left by an earlier run`);
  const [{ n: workItems }] = await rawQuery<{ n: number }>(
    database,
    `WITH d AS (DELETE FROM work_items WHERE subject_type = 'escalation' RETURNING 1) SELECT count(*)::int AS n FROM d`,
  );
  await rawQuery(database, 'DELETE FROM escalation_samples');
  await rawQuery(database, 'DELETE FROM escalations');
  await rawQuery(database, 'VACUUM ANALYZE escalations, escalation_samples, work_items');
  return { escalations: existing, workItems };
}

/** Templates of the new unqualified samples: a third of each kind, interleaved. */
export async function pickCases(database: Database, n: number): Promise<IncrementalCase[]> {
  const third = Math.ceil(n / 3);
  // An escalation's own sample, copied: the enterprise's escalation gains a batch (update path).
  const joins = await rawQuery<{ id: string }>(
    database,
    `SELECT es.sample_id AS id FROM escalations e JOIN LATERAL (
       SELECT sample_id FROM escalation_samples WHERE escalation_id = e.id ORDER BY random() LIMIT 1) es ON true
     ORDER BY random() LIMIT $1`,
    [third],
  );
  // One batch short of a one-year rule's threshold, no escalation yet: the copy fires it.
  const fires = await rawQuery<{ id: string }>(
    database,
    `WITH ${SUBJECT_ROLES},
       short AS (
         SELECT c.enterprise_id, c.subject, c.year, r.id AS rule_id FROM counts c
         JOIN escalation_rules r ON r.subject = c.subject AND r.enabled AND r.kind = 'batchesInYear' AND c.n = r.threshold - 1
         WHERE NOT EXISTS (SELECT 1 FROM escalations x WHERE x.enterprise_id = c.enterprise_id AND x.rule_id = r.id AND x.year = c.year)),
       one AS (
         SELECT DISTINCT ON (s.enterprise_id, s.subject, s.year) sr.sample_id FROM short s
         JOIN subject_roles sr ON sr.enterprise_id = s.enterprise_id AND sr.subject = s.subject AND sr.year = s.year
         ORDER BY s.enterprise_id, s.subject, s.year, random())
     SELECT sample_id AS id FROM one ORDER BY random() LIMIT $2`,
    [SPECIAL_FOOD_ROOTS, third],
  );
  // A qualified batch of a sampled party with no unqualified result at all: its first failure.
  const first = await rawQuery<{ id: string }>(
    database,
    `SELECT s.id FROM samples s TABLESAMPLE SYSTEM (2)
     WHERE s.conclusion = 'qualified' AND s.sampled_party_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM samples u WHERE u.conclusion = 'unqualified' AND u.sampled_party_id = s.sampled_party_id)
       AND NOT EXISTS (SELECT 1 FROM samples u WHERE u.conclusion = 'unqualified' AND u.nominal_producer_id = s.sampled_party_id)
     ORDER BY random() LIMIT $1`,
    [third],
  );
  const lists: IncrementalCase[][] = [
    joins.map((r) => ({ kind: 'joins' as const, sampleId: r.id })),
    fires.map((r) => ({ kind: 'fires' as const, sampleId: r.id })),
    first.map((r) => ({ kind: 'first' as const, sampleId: r.id })),
  ];
  const out: IncrementalCase[] = [];
  for (let i = 0; out.length < n && i < third; i++) for (const list of lists) if (list[i] && out.length < n) out.push(list[i]);
  return out;
}

class Rollback extends Error {}

/**
 * Inserts a copy of the template as a new unqualified sample with one failing result item (and
 * the sample.create audit row), as a manual entry does, then runs `measure` in the same
 * transaction and rolls everything back.
 */
export async function inNewSample(database: Database, columns: string[], template: string, serial: number, measure: (tx: Tx, sampleId: string) => Promise<void>) {
  try {
    await database.db.transaction(async (tx) => {
      const id = randomUUID();
      const sampleNo = `BENCHESC${String(serial).padStart(8, '0')}`;
      const override: Record<string, string> = {
        id: `'${id}'::uuid`,
        sample_no: `'${sampleNo}'`,
        conclusion: `'unqualified'`,
        source: `'manual'`,
        import_job_id: 'NULL',
        import_hash: 'NULL',
        version: '1',
        created_at: 'now()',
        updated_at: 'now()',
      };
      const list = columns.map((c) => `"${c}"`).join(', ');
      const values = columns.map((c) => override[c] ?? `s."${c}"`).join(', ');
      await tx.execute(sql.raw(`INSERT INTO samples (${list}) SELECT ${values} FROM samples s WHERE s.id = '${template}'`));
      await tx.execute(sql.raw(`
        INSERT INTO result_items (id, sample_id, test_item_id, item_name, result_text, result_value, unit, limit_text, limit_type, limit_value, standard, judgement, microbiological, sort_order)
        SELECT gen_random_uuid(), '${id}', test_item_id, item_name, result_text, result_value, unit, limit_text, limit_type, limit_value, standard, 'unqualified', microbiological, 0
        FROM result_items WHERE sample_id = '${template}' ORDER BY judgement = 'unqualified' DESC, sort_order LIMIT 1`));
      await recordAudit(tx, systemActor, { action: 'sample.create', entityType: 'sample', entityId: id, after: { sampleNo, bench: true } });
      await measure(tx, id);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
}

export async function escalationBench(database: Database, options: { runs?: number; firstRuns?: number; incremental?: number } = {}): Promise<EscalationFigures> {
  const runs = options.runs ?? 5;
  const firstRuns = Math.max(1, options.firstRuns ?? 3);
  const incrementalN = options.incremental ?? 300;
  const loadStart = load();
  const resetInfo = await reset(database);
  const setup = {
    samples: await count(database, 'SELECT count(*) FROM samples'),
    unqualified: await count(database, `SELECT count(*) FROM samples WHERE conclusion = 'unqualified'`),
    enterprises: await count(database, 'SELECT count(*) FROM enterprises'),
    enterprisesWithUnqualified: await count(
      database,
      `SELECT count(*) FROM (SELECT sampled_party_id FROM samples WHERE conclusion = 'unqualified' AND sampled_party_id IS NOT NULL
        UNION SELECT nominal_producer_id FROM samples WHERE conclusion = 'unqualified' AND nominal_producer_id IS NOT NULL) e`,
    ),
    ...(resetInfo ? { reset: resetInfo } : {}),
  };
  log(`escalations: ${setup.samples} samples, ${setup.unqualified} unqualified, ${setup.enterprises} enterprises (load ${loadStart.join(' / ')})`);

  // 1. The hand-written baseline.
  await baselineFirings(database); // warm-up (and the buffer cache)
  const baselineRuns: number[] = [];
  let firings: Awaited<ReturnType<typeof baselineFirings>> = [];
  for (let i = 0; i < runs; i++) {
    const run = await timed(() => baselineFirings(database));
    baselineRuns.push(round(run.ms));
    firings = run.value;
  }
  const byRule: Record<string, number> = {};
  for (const f of firings) byRule[f.rule_id] = (byRule[f.rule_id] ?? 0) + 1;
  const plan = (await rawQuery<{ 'QUERY PLAN': string }>(database, `EXPLAIN (ANALYZE, BUFFERS) ${BASELINE_SQL}`, [SPECIAL_FOOD_ROOTS]))
    .map((r) => r['QUERY PLAN'])
    .join('\n');
  log(`escalations: baseline ${round(median(baselineRuns))} ms (median of ${runs}), ${firings.length} firings`);

  // 2. Full recomputation: the first run creates everything, the next ones change nothing.
  const auditBefore = await count(database, 'SELECT count(*) FROM audit_log');
  const first = await profiled(() => recomputeEscalations(database.db, systemActor));
  const firstTimes = [round(first.ms)];
  log(`escalations: first recomputation ${round(first.ms)} ms, ${first.value.created} created over ${first.value.enterprises} enterprises`);
  const written = {
    escalations: await count(database, 'SELECT count(*) FROM escalations'),
    escalationSamples: await count(database, 'SELECT count(*) FROM escalation_samples'),
    workItems: await count(database, `SELECT count(*) FROM work_items WHERE subject_type = 'escalation'`),
    auditRows: (await count(database, 'SELECT count(*) FROM audit_log')) - auditBefore,
  };
  for (let i = 1; i < firstRuns; i++) {
    await reset(database);
    const again = await recomputeEscalations(database.db, systemActor);
    if (again.created !== first.value.created) throw new Error(`first recomputation created ${again.created}, not ${first.value.created}`);
    firstTimes.push(again.ms);
    log(`escalations: first recomputation again ${again.ms} ms`);
  }
  const firstRun: EscalationFigures['firstRecompute'] = {
    runs: firstTimes,
    medianMs: median(firstTimes),
    ms: round(first.ms),
    enterprises: first.value.enterprises,
    created: first.value.created,
    updated: first.value.updated,
    profile: first.profile,
    ...written,
  };

  // The engine's result must be the baseline's, exactly.
  const held = await rawQuery<{ enterprise_id: string; rule_id: string; year: number }>(
    database,
    'SELECT enterprise_id, rule_id, year FROM escalations WHERE NOT below_threshold',
  );
  const engineSet = new Set(held.map(keyOf));
  const baselineSet = new Set(firings.map(keyOf));
  const missing = [...baselineSet].filter((k) => !engineSet.has(k));
  const extra = [...engineSet].filter((k) => !baselineSet.has(k));
  if (missing.length || extra.length || engineSet.size !== firstRun.escalations || firstRun.escalations !== firstRun.created) {
    throw new Error(
      `engine and baseline disagree: ${missing.length} only in the baseline (${missing.slice(0, 3).join(', ')}), ` +
        `${extra.length} only in the engine (${extra.slice(0, 3).join(', ')}), ${firstRun.escalations - engineSet.size} below threshold`,
    );
  }
  log(`escalations: engine and baseline agree on ${engineSet.size} (enterprise, rule, year)`);

  const steady: RecomputeRun[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await profiled(() => recomputeEscalations(database.db, systemActor));
    if (run.value.created || run.value.updated) throw new Error(`steady-state recomputation changed ${run.value.created} + ${run.value.updated}`);
    steady.push({ ms: round(run.ms), enterprises: run.value.enterprises, created: 0, updated: 0, profile: run.profile });
    log(`escalations: steady-state recomputation ${round(run.ms)} ms`);
  }
  const steadyMedian = median(steady.map((s) => s.ms));
  const baselineMedian = median(baselineRuns);

  // 3. Incremental evaluation, one new unqualified sample per rolled-back transaction.
  const cases = await pickCases(database, incrementalN);
  const columns = await sampleColumns(database);
  const mix = { joins: 0, fires: 0, first: 0 };
  for (const c of cases) mix[c.kind]++;
  log(`escalations: incremental over ${cases.length} new samples (${mix.joins} join an escalation, ${mix.fires} fire one, ${mix.first} first failures)`);
  const warmup = cases.slice(0, 10);
  const evaluateMs: number[] = [];
  const evaluateByKindMs: Record<IncrementalCase['kind'], number[]> = { joins: [], fires: [], first: [] };
  const select1Ms: number[] = [];
  const countMs: number[] = [];
  const outcomes = { created: 0, updated: 0, unchanged: 0 };
  let serial = 0;
  for (const [i, c] of [...warmup, ...cases].entries()) {
    const measured = i >= warmup.length;
    await inNewSample(database, columns, c.sampleId, serial++, async (tx, id) => {
      const selected = (await tx.execute(sql`SELECT sampled_party_id AS id FROM samples WHERE id = ${id}`)) as unknown as { rows: { id: string }[] };
      const party = selected.rows[0];
      let t = performance.now();
      await tx.execute(sql`SELECT 1`);
      const select1 = performance.now() - t;
      t = performance.now();
      await tx.execute(sql`
        SELECT extract(year FROM sampling_date)::int AS year, count(*)::int AS n FROM samples
        WHERE conclusion = 'unqualified' AND (sampled_party_id = ${party.id} OR nominal_producer_id = ${party.id}) GROUP BY 1`);
      const countQuery = performance.now() - t;
      t = performance.now();
      const r = await evaluateEscalations(tx, systemActor, [id]);
      const evaluate = performance.now() - t;
      if (!measured) return;
      select1Ms.push(select1);
      countMs.push(countQuery);
      evaluateMs.push(evaluate);
      evaluateByKindMs[c.kind].push(evaluate);
      if (r.created) outcomes.created++;
      else if (r.updated) outcomes.updated++;
      else outcomes.unchanged++;
    });
  }
  log(`escalations: evaluateEscalations p50 ${withP99(evaluateMs).p50} ms, p95 ${withP99(evaluateMs).p95} ms`);
  const afterMs: number[] = [];
  for (const [i, c] of [...warmup, ...cases].entries()) {
    await inNewSample(database, columns, c.sampleId, serial++, async (tx, id) => {
      const t = performance.now();
      await afterResultsChanged(tx, systemActor, [id], '检验结论已不再为不合格');
      if (i >= warmup.length) afterMs.push(performance.now() - t);
    });
  }
  // Where an evaluation's time goes: the same work again on a subset, every statement timed.
  const profileCases = cases.slice(0, Math.min(60, cases.length));
  const kinds = new Map<string, { queries: number; ms: number }>();
  let profiledMs = 0;
  for (const c of profileCases) {
    await inNewSample(database, columns, c.sampleId, serial++, async (tx, id) => {
      const run = await profiled(() => evaluateEscalations(tx, systemActor, [id]));
      profiledMs += run.ms;
      for (const k of run.profile.byKind) {
        const e = kinds.get(k.kind) ?? { queries: 0, ms: 0 };
        e.queries += k.queries;
        e.ms += k.ms;
        kinds.set(k.kind, e);
      }
    });
  }
  const per = (v: number) => round(v / profileCases.length, 2);
  const byKind = [...kinds.entries()].map(([kind, v]) => ({ kind, queriesPerEvaluation: per(v.queries), meanMs: per(v.ms) })).sort((a, b) => b.meanMs - a.meanMs);
  const incrementalProfile = {
    evaluations: profileCases.length,
    meanMs: per(profiledMs),
    byKind,
    nodeMeanMs: round(per(profiledMs) - byKind.reduce((a, b) => a + b.meanMs, 0), 2),
  };
  const evaluate = withP99(evaluateMs);
  const select1 = withP99(select1Ms);
  const countQuery = withP99(countMs);
  const after = withP99(afterMs);
  log(`escalations: afterResultsChanged p50 ${after.p50} ms, p95 ${after.p95} ms`);

  return {
    loadStart,
    loadEnd: load(),
    setup,
    baseline: { runs: baselineRuns, medianMs: baselineMedian, firings: firings.length, byRule, plan },
    firstRecompute: firstRun,
    steadyRecompute: { runs: steady, medianMs: steadyMedian },
    sameFirings: true,
    ratios: { firstToBaseline: round(firstRun.medianMs / baselineMedian, 2), steadyToBaseline: round(steadyMedian / baselineMedian, 2) },
    incremental: {
      transactions: cases.length,
      rolledBack: true,
      mix,
      outcomes,
      evaluate,
      evaluateByKind: {
        joins: withP99(evaluateByKindMs.joins),
        fires: withP99(evaluateByKindMs.fires),
        first: withP99(evaluateByKindMs.first),
      },
      afterResultsChanged: after,
      select1,
      countQuery,
      ratios: { evaluateToSelect1: round(evaluate.p50 / select1.p50, 1), evaluateToCount: round(evaluate.p50 / countQuery.p50, 1) },
      profile: incrementalProfile,
    },
    aims: { recomputeUnder5s: firstRun.medianMs < 5000, steadyUnder5s: steadyMedian < 5000, incrementalP95Under10ms: evaluate.p95 < 10 },
  };
}

const n = (v: number) => v.toLocaleString('en-US');
const ms = (v: number) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${n(Math.round(v))} ms`);

/** The markdown docs/performance.md quotes (also part of run.ts's report). */
export function renderEscalations(f: EscalationFigures): string {
  const s = f.setup;
  const i = f.incremental;
  const row = (label: string, st: Stats & { p99: number }, ratio = '') => `| ${label} | ${st.p50} | ${st.p95} | ${st.p99} | ${st.max} | ${ratio} |`;
  const profile = (p: QueryProfile) => p.byKind.map((k) => `${k.kind} ${ms(k.ms)} (${k.queries})`).join('; ') + `; Node between statements ${ms(p.nodeMs)}`;
  return [
    '### Escalation rules (督办)',
    '',
    `${n(s.samples)} samples, ${n(s.unqualified)} unqualified, ${n(s.enterprises)} enterprises (${n(s.enterprisesWithUnqualified)} with an unqualified result); ` +
      `load average ${f.loadStart.join(' / ')} at the start, ${f.loadEnd?.join(' / ')} at the end.` +
      (s.reset ? ` Reset first: ${n(s.reset.escalations)} escalations and ${n(s.reset.workItems)} work items of an earlier run deleted.` : ''),
    '',
    '| what | time | ÷ baseline |',
    '|---|---|---|',
    `| hand-written SQL, same firings (median of ${f.baseline.runs.length}: ${f.baseline.runs.join(', ')} ms) | ${ms(f.baseline.medianMs)} | 1 |`,
    `| recomputeEscalations, first run (creates ${n(f.firstRecompute.created)} escalations, ${n(f.firstRecompute.escalationSamples)} escalation samples, ${n(f.firstRecompute.workItems)} work items, ${n(f.firstRecompute.auditRows)} audit rows; median of ${f.firstRecompute.runs.length}, each after a reset: ${f.firstRecompute.runs.map((r) => Math.round(r)).join(', ')} ms; the first is the process's first, with cold code) | ${ms(f.firstRecompute.medianMs)} | ${f.ratios.firstToBaseline} |`,
    `| recomputeEscalations, steady state (median of ${f.steadyRecompute.runs.length}: ${f.steadyRecompute.runs.map((r) => Math.round(r.ms)).join(', ')} ms) | ${ms(f.steadyRecompute.medianMs)} | ${f.ratios.steadyToBaseline} |`,
    '',
    `Firings by rule: ${Object.entries(f.baseline.byRule).map(([k, v]) => `${k} ${n(v)}`).join(', ')} — the engine's set equals the baseline's.`,
    '',
    `First run (the process's first): ${profile(f.firstRecompute.profile)}.`,
    '',
    `Steady state (last run): ${profile(f.steadyRecompute.runs[f.steadyRecompute.runs.length - 1].profile)}.`,
    '',
    `Incremental, ${n(i.transactions)} transactions (rolled back), each a new unqualified sample: ${i.mix.joins} joining an existing escalation, ${i.mix.fires} one batch short of a threshold, ${i.mix.first} a first failure; ` +
      `outcomes ${i.outcomes.created} created, ${i.outcomes.updated} updated, ${i.outcomes.unchanged} unchanged (ms):`,
    '',
    '| in the transaction | p50 | p95 | p99 | max | ÷ SELECT 1 (p50) |',
    '|---|---|---|---|---|---|',
    row('evaluateEscalations(tx, actor, [id])', i.evaluate, String(i.ratios.evaluateToSelect1)),
    row('… joining an existing escalation', i.evaluateByKind.joins, String(round(i.evaluateByKind.joins.p50 / i.select1.p50, 1))),
    row('… firing a new one', i.evaluateByKind.fires, String(round(i.evaluateByKind.fires.p50 / i.select1.p50, 1))),
    row('… a first failure', i.evaluateByKind.first, String(round(i.evaluateByKind.first.p50 / i.select1.p50, 1))),
    row('afterResultsChanged (disposal + escalations)', i.afterResultsChanged, String(round(i.afterResultsChanged.p50 / i.select1.p50, 1))),
    row('one single-enterprise count query', i.countQuery, String(round(i.countQuery.p50 / i.select1.p50, 1))),
    row('SELECT 1', i.select1, '1'),
    '',
    `Where an evaluation's time goes (${i.profile.evaluations} more, every statement timed; mean ${i.profile.meanMs} ms): ` +
      i.profile.byKind.map((k) => `${k.kind} ${k.meanMs} ms (${k.queriesPerEvaluation} statements)`).join('; ') +
      `; Node between statements ${i.profile.nodeMeanMs} ms.`,
    '',
    `Aims: full recomputation < 5 s — first run ${f.aims.recomputeUnder5s ? 'met' : 'not met'}, steady state ${f.aims.steadyUnder5s ? 'met' : 'not met'}; incremental p95 < 10 ms — ${f.aims.incrementalP95Under10ms ? 'met' : 'not met'}.`,
    '',
  ].join('\n');
}

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL (an administrative URL) is required');
  const samples = Number(process.env.BENCH_SAMPLES ?? 1_000_000);
  const reuse = process.env.BENCH_REUSE === '1';
  const startedAt = new Date().toISOString();
  const bench = await postgresDatabase(adminUrl, process.env.BENCH_DB ?? 'jjld_bench_main', reuse);
  try {
    const have = await count(bench.database, 'SELECT count(*) FROM samples');
    let generated: { samples: number; ms: number } | undefined;
    if (!reuse || have < samples) {
      log(`escalations: generating ${samples - have} samples (about 6 minutes per 10^6 on a quiet machine)`);
      const run = await timed(() => seedSyntheticSamples(bench.database.db, { samples }));
      await rawQuery(bench.database, 'VACUUM ANALYZE');
      generated = { samples: run.value.inserted.samples, ms: Math.round(run.ms) };
    } else log(`escalations: reusing ${bench.name} (${have} samples)`);
    const figures = await escalationBench(bench.database, {
      runs: Number(process.env.BENCH_ESC_RUNS ?? 5),
      firstRuns: Number(process.env.BENCH_ESC_FIRST_RUNS ?? 3),
      incremental: Number(process.env.BENCH_ESC_INCREMENTAL ?? 300),
    });
    const [{ v }] = await rawQuery<{ v: string }>(bench.database, 'SELECT version() AS v');
    const out = join(import.meta.dirname, 'out');
    mkdirSync(out, { recursive: true });
    const stamp = startedAt.replace(/[:.]/g, '-').slice(0, 19);
    writeFileSync(join(out, `escalations-${stamp}.json`), JSON.stringify({ startedAt, finishedAt: new Date().toISOString(), postgres: v.split(' on ')[0], generated, ...figures }, null, 2));
    const report = renderEscalations(figures);
    writeFileSync(join(out, `escalations-${stamp}.md`), report);
    console.log(report);
    log(`escalations: bench/out/escalations-${stamp}.json`);
  } finally {
    await bench.dispose(process.env.BENCH_KEEP === '1');
  }
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith('escalation-bench.ts')) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
