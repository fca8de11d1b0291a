import type { Db } from '../db/client.js';
import { escalateOverdueUrgentReports } from './escalate-overdue-urgent-reports.js';

export interface JobLogger {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

const MINUTE = 60_000;

/**
 * Background jobs of the server process. Each job is an idempotent sweep, safe to run in
 * several processes at once (PostgreSQL deployments); a run that is still going when the next
 * tick comes is not started twice. Timers are unref'd so they never keep the process alive.
 * Returns a stop function for shutdown.
 */
export function startJobs(db: Db, log: JobLogger): { stop(): void } {
  let running = false;
  const sweepUrgentReports = async () => {
    if (running) return;
    running = true;
    try {
      const escalated = await escalateOverdueUrgentReports(db);
      if (escalated > 0) log.info({ job: 'escalateOverdueUrgentReports', escalated }, 'overdue 24-hour reports escalated');
    } catch (error) {
      log.error({ err: error, job: 'escalateOverdueUrgentReports' }, 'job failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void sweepUrgentReports(), MINUTE);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
