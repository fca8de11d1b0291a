/**
 * The scheduler's signal job (every 10 minutes, one process per tick): a run when an import
 * finished since the last run, or when no run finished in the last 24 hours (nightly). Results
 * entered or corrected by hand are picked up by the nightly run; `POST /api/signals/run` and
 * `npm run cli -- signals run` run at once.
 */
import { and, desc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { importJobs, signalRuns } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { runSignals } from './run-signals.js';

const DAY_MS = 24 * 3_600_000;

export async function runSignalsWhenDue(db: Db, now = new Date()): Promise<number> {
  const [last] = await db.select({ startedAt: signalRuns.startedAt }).from(signalRuns).where(eq(signalRuns.status, 'done')).orderBy(desc(signalRuns.startedAt)).limit(1);
  let trigger: 'import' | 'nightly' | null = null;
  if (!last || now.getTime() - last.startedAt.getTime() >= DAY_MS) trigger = 'nightly';
  else {
    const [imported] = await db.select({ id: importJobs.id }).from(importJobs).where(and(eq(importJobs.status, 'done'), gt(importJobs.finishedAt, last.startedAt))).limit(1);
    if (imported) trigger = 'import';
  }
  if (!trigger) return 0;
  try {
    const summary = await runSignals(db, { trigger, now });
    return summary.signals;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'SIGNAL_RUN_BUSY') return 0;
    throw error;
  }
}
