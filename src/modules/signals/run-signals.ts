/**
 * One signal run: gather the aggregates (gather.ts), evaluate every method with one
 * Benjamini–Hochberg step (src/domain/signals/evaluate.ts), and store the findings that are
 * signals — one row per stable key, a history row per run, routed units — in one transaction.
 * Signals not found again stay as they are (their decision kept) but are no longer `active`.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { foodCategories, signalHistory, signalRuns, signals, signalUnits } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { links as linkNames } from '../../domain/sampling/sample-rules.js';
import { evaluateRun, PROVINCE_CODE, timeChart, type Finding } from '../../domain/signals/evaluate.js';
import { signalExplanation, signalTitle, type Names } from '../../domain/signals/explain.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, systemActor, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { regionName } from '../plans/region-names.js';
import { gatherRunData, rowsOf } from './gather.js';
import { mainLink, routeUnits } from './route-signal.js';
import { loadSignalRules } from './signal-rules.js';

export type RunTrigger = 'manual' | 'cli' | 'import' | 'nightly' | 'demo' | 'bench';

export interface RunSummary {
  runId: string;
  tests: number;
  signals: number;
  newSignals: number;
  durationMs: number;
  phaseMs: Record<string, number>;
}

/** A run still going (started within the last 15 minutes and not finished) blocks another. */
const BUSY_MS = 15 * 60_000;
const MAX_SAMPLES = 200;

async function samplesBehind(tx: Tx, f: Finding): Promise<{ id: string; no: string; link: string | null }[]> {
  if (f.samples) {
    const ids = f.samples.map((s) => s.sampleId);
    if (ids.length === 0) return [];
    const rows = await rowsOf<{ id: string; no: string; link: string | null }>(
      tx,
      sql`SELECT id, sample_no AS no, link FROM samples WHERE id IN (${sql.join(ids.slice(0, MAX_SAMPLES).map((id) => sql`${id}::uuid`), sql`, `)}) ORDER BY sampling_date DESC, sample_no`,
    );
    return rows;
  }
  const s = f.sampleScope!;
  const where = [sql`conclusion IN ('unqualified', 'issue')`, sql`sampling_date >= ${s.from}`, sql`sampling_date <= ${s.to}`];
  if (s.categoryRootId) where.push(sql`category_root_id = ${s.categoryRootId}`);
  if (s.link) where.push(sql`link = ${s.link}`);
  if (s.regionCode) where.push(s.regionCode.endsWith('00') ? sql`left(region_code, 4) = ${s.regionCode.slice(0, 4)}` : sql`region_code = ${s.regionCode}`);
  if (s.regionCodes) where.push(s.regionCodes.length ? sql`region_code IN (${sql.join(s.regionCodes.map((c) => sql`${c}`), sql`, `)})` : sql`false`);
  return rowsOf(tx, sql`SELECT id, sample_no AS no, link FROM samples WHERE ${sql.join(where, sql` AND `)} ORDER BY sampling_date DESC, sample_no LIMIT ${MAX_SAMPLES}`);
}

function regionsOf(f: Finding): string[] {
  const s = f.statistic as Record<string, any>;
  if (f.method === 'time' || f.method === 'region') return f.regionCode ? [f.regionCode] : [];
  if (f.method === 'link') return s.significantCounties as string[];
  return (s.cities as string[]) ?? [];
}

async function names(tx: Tx): Promise<Names & { rootName(id: string | null): string | null }> {
  const roots = await tx.select({ id: foodCategories.id, name: foodCategories.name }).from(foodCategories).where(eq(foodCategories.level, 1));
  const byId = new Map(roots.map((r) => [r.id, r.name]));
  return {
    region: (code) => (code ? (regionName(code) ?? code) : '全省'),
    category: (id) => (id ? (byId.get(id) ?? '') : ''),
    link: (l) => (l ? (linkNames[l as keyof typeof linkNames] ?? l) : ''),
    rootName: (id) => (id ? (byId.get(id) ?? null) : null),
  };
}

async function storeSignals(tx: Tx, runId: string, found: Finding[], now: Date): Promise<number> {
  const n = await names(tx);
  const keys = found.map((f) => f.key);
  const existing = keys.length ? await tx.select({ id: signals.id, key: signals.key }).from(signals).where(inArray(signals.key, keys)) : [];
  const idOf = new Map(existing.map((e) => [e.key, e.id]));
  let created = 0;
  for (const f of found) {
    const behind = await samplesBehind(tx, f);
    const link = f.link ?? mainLink(behind.map((b) => b.link));
    const title = signalTitle(f, n).slice(0, 300);
    const explanation = signalExplanation(f, n);
    const values = {
      method: f.method,
      title,
      explanation,
      regionCode: f.regionCode,
      categoryId: f.categoryRootId,
      link,
      subject: f.subject,
      statistic: f.statistic,
      sampleIds: behind.map((b) => b.id),
      sampleNos: behind.map((b) => b.no),
      active: true,
      lastRunId: runId,
      lastSeenAt: now,
      updatedAt: now,
    };
    let id = idOf.get(f.key);
    if (id) {
      await tx.update(signals).set({ ...values, runs: sql`${signals.runs} + 1` }).where(eq(signals.id, id));
      await tx.delete(signalUnits).where(eq(signalUnits.signalId, id));
    } else {
      id = randomUUID();
      await tx.insert(signals).values({ id, key: f.key, ...values, status: 'new', firstRunId: runId, firstSeenAt: now, createdAt: now });
      created++;
    }
    const units = routeUnits({ link, categoryRootName: n.rootName(f.categoryRootId), regionCodes: regionsOf(f) });
    await tx.insert(signalUnits).values(units.map((unitId) => ({ signalId: id!, unitId }))).onConflictDoNothing();
    const s = f.statistic as Record<string, unknown>;
    await tx.insert(signalHistory).values({ signalId: id, runId, seenAt: now, observed: Number(s.observed ?? 0), expected: s.expected === undefined ? null : Number(s.expected), p: f.p, q: f.q });
  }
  await tx.update(signals).set({ active: false }).where(and(eq(signals.active, true), ne(signals.lastRunId, runId)));
  return created;
}

/**
 * Runs every method now. `user` is the official who started it (the API, permission-checked by
 * the caller's route and the sampling business here), or null for the scheduler, CLI and demo.
 */
export async function runSignals(db: Db, options: { trigger: RunTrigger; user?: SessionUser | null; ip?: string | null; now?: Date }): Promise<RunSummary> {
  const now = options.now ?? new Date();
  const started = performance.now();
  const runId = randomUUID();
  await db.transaction(async (tx) => {
    const [busy] = await tx
      .select({ id: signalRuns.id })
      .from(signalRuns)
      .where(and(eq(signalRuns.status, 'running'), gte(signalRuns.startedAt, new Date(now.getTime() - BUSY_MS))))
      .limit(1);
    if (busy) throw new DomainError('SIGNAL_RUN_BUSY');
    await tx.insert(signalRuns).values({ id: runId, trigger: options.trigger, startedAt: now, startedByUserId: options.user?.id ?? null });
  });
  const phaseMs: Record<string, number> = {};
  try {
    const rules = await loadSignalRules(db);
    const data = await gatherRunData(db, rules, toLocalDate(now), phaseMs);
    const t0 = performance.now();
    const outcome = evaluateRun(data, rules);
    // The chart of a time signal: its series with the threshold month by month.
    for (const f of outcome.signals) {
      if (f.method !== 'time') continue;
      const cell = data.series.find((c) => c.regionCode === (f.regionCode ?? PROVINCE_CODE) && c.categoryRootId === f.categoryRootId);
      if (cell) f.statistic.chart = timeChart(cell.counts, data.months, rules);
    }
    phaseMs.evaluate = Math.round(performance.now() - t0);
    const t1 = performance.now();
    const summary = await db.transaction(async (tx) => {
      const created = await storeSignals(tx, runId, outcome.signals, now);
      const durationMs = Math.round(performance.now() - started);
      phaseMs.store = Math.round(performance.now() - t1);
      await tx
        .update(signalRuns)
        .set({ status: 'done', finishedAt: new Date(), tests: outcome.tests, signals: outcome.signals.length, newSignals: created, phaseMs })
        .where(eq(signalRuns.id, runId));
      await recordAudit(tx, options.user ? actorOf(options.user, options.ip ?? null) : systemActor, {
        action: 'signal.run',
        entityType: 'signalRun',
        entityId: runId,
        after: { trigger: options.trigger, tests: outcome.tests, signals: outcome.signals.length, newSignals: created, fdr: rules.fdr },
      });
      return { runId, tests: outcome.tests, signals: outcome.signals.length, newSignals: created, durationMs, phaseMs };
    });
    return summary;
  } catch (error) {
    await db.update(signalRuns).set({ status: 'failed', finishedAt: new Date(), error: String((error as Error).message ?? error).slice(0, 2000) }).where(eq(signalRuns.id, runId));
    throw error;
  }
}

/** The latest runs, newest first (the page's run status). */
export async function latestRuns(db: Db, limit = 5) {
  return db.select().from(signalRuns).orderBy(desc(signalRuns.startedAt)).limit(limit);
}
