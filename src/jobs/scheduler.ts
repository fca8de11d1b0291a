import type { Db } from '../db/client.js';
import { moduleManifests } from '../modules/manifests.js';
import { sweepOrphanUploads, type UploadDirs } from './sweep-orphan-uploads.js';

export interface JobLogger {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

const MINUTE = 60_000;

/**
 * Runs `sweep` every `everyMs` (and once at once when `atStart`), never twice at the same time in
 * this process, logging what it did (a count) and any failure. The timer is unref'd.
 */
function periodic(log: JobLogger, job: string, everyMs: number, sweep: () => Promise<number>, done: string, atStart = false) {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const count = await sweep();
      if (count > 0) log.info({ job, count }, done);
    } catch (error) {
      log.error({ err: error, job }, 'job failed');
    } finally {
      running = false;
    }
  };
  if (atStart) void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return timer;
}

/**
 * Background jobs of the server process: every module manifest's jobs, and the sweep of upload
 * files, which spans the imports' and the attachments' folders. Each job is an idempotent sweep, safe to run in
 * several processes at once (PostgreSQL deployments); a run that is still going when the next
 * tick comes is not started twice. Timers are unref'd so they never keep the process alive.
 * Returns a stop function for shutdown.
 */
export function startJobs(db: Db, log: JobLogger, uploadDirs?: UploadDirs): { stop(): void } {
  // Each module's own sweeps (24-hour reports, interrupted imports, orphan work items …), from its manifest.
  const timers = moduleManifests.flatMap((manifest) =>
    (manifest.jobs ?? []).map((job) => periodic(log, job.name, job.everyMs, () => job.run(db), job.done, job.atStart)),
  );
  // Hourly, and at start: files a crash left behind go without waiting an hour.
  if (uploadDirs) timers.push(periodic(log, 'sweepOrphanUploads', 60 * MINUTE, () => sweepOrphanUploads(db, uploadDirs), 'orphan uploads removed', true));
  return { stop: () => timers.forEach(clearInterval) };
}
