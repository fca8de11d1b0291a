import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { jobRuns } from '../../db/schema/index.js';

/** The window a moment belongs to for a job run every `everyMs`: ticks are the same in every process. */
export function tickOf(epochMs: number, everyMs: number): number {
  return Math.floor(epochMs / everyMs);
}

/**
 * Claims one tick of a job for this process: true when its insert won, false when another
 * process (or this one, earlier) already holds the tick. The primary key (job, tick) decides,
 * so N processes racing at the same boundary run the tick once, on PostgreSQL as on PGlite.
 */
export async function claimTick(db: Db, job: string, tick: number, worker: string): Promise<boolean> {
  const won = await db.insert(jobRuns).values({ job, tick, worker }).onConflictDoNothing().returning({ tick: jobRuns.tick });
  return won.length > 0;
}

/** Records how a claimed tick ended: what it did, or why it failed (operations can read job_runs). */
export async function finishTick(db: Db, job: string, tick: number, outcome: { count?: number; error?: string }): Promise<void> {
  await db
    .update(jobRuns)
    .set({ finishedAt: sql`now()`, count: outcome.count ?? null, error: outcome.error?.slice(0, 2000) ?? null })
    .where(and(eq(jobRuns.job, job), eq(jobRuns.tick, tick)));
}

/** Runs older than this are only history: a week is enough to see what ran when. */
export const KEEP_RUNS_MS = 7 * 24 * 3600_000;

/** Deletes the record of runs older than a week (the minute jobs add ~3,000 rows a day). */
export async function pruneJobRuns(db: Db, now = new Date()): Promise<number> {
  const gone = await db
    .delete(jobRuns)
    .where(lt(jobRuns.startedAt, new Date(now.getTime() - KEEP_RUNS_MS)))
    .returning({ job: jobRuns.job });
  return gone.length;
}
