import type { Db } from '../db/client.js';
import { escalateOverdueUrgentReports } from './escalate-overdue-urgent-reports.js';
import { sweepOrphanUploads, type UploadDirs } from './sweep-orphan-uploads.js';

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
export function startJobs(db: Db, log: JobLogger, uploadDirs?: UploadDirs): { stop(): void } {
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
  const timers = [timer];
  if (uploadDirs) {
    // Hourly, and once at start: files a crash left behind go without waiting an hour.
    let sweeping = false;
    const sweepUploads = async () => {
      if (sweeping) return;
      sweeping = true;
      try {
        const removed = await sweepOrphanUploads(db, uploadDirs);
        if (removed > 0) log.info({ job: 'sweepOrphanUploads', removed }, 'orphan uploads removed');
      } catch (error) {
        log.error({ err: error, job: 'sweepOrphanUploads' }, 'job failed');
      } finally {
        sweeping = false;
      }
    };
    void sweepUploads();
    const uploadsTimer = setInterval(() => void sweepUploads(), 60 * MINUTE);
    uploadsTimer.unref();
    timers.push(uploadsTimer);
  }
  return { stop: () => timers.forEach(clearInterval) };
}
