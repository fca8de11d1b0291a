import type { Db } from '../db/client.js';
import { moduleManifests } from '../modules/manifests.js';
import { claimTick, finishTick, tickOf } from '../modules/schedule/job-ticks.js';
import { THIS_WORKER } from '../modules/imports/job-owner.js';
import { sweepOrphanUploads, type UploadDirs } from './sweep-orphan-uploads.js';

export interface JobLogger {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

const MINUTE = 60_000;

/**
 * Runs `sweep` once per tick of `everyMs` across every server process on the database: each
 * process wakes at the tick's boundary (wall clock, so all processes agree on the tick) and the
 * one whose claim in job_runs wins runs it; the others skip. With `atStart` the current tick is
 * claimed at once too. A run still going when the next tick comes is not started twice in this
 * process. Logs what it did (a count) and any failure. The timer is unref'd.
 */
function periodic(db: Db, log: JobLogger, job: string, everyMs: number, sweep: () => Promise<number>, done: string, atStart = false) {
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const run = async (tick: number) => {
    if (running) return;
    running = true;
    try {
      if (!(await claimTick(db, job, tick, THIS_WORKER))) return;
      try {
        const count = await sweep();
        if (count > 0) log.info({ job, tick, count }, done);
        await finishTick(db, job, tick, { count });
      } catch (error) {
        log.error({ err: error, job, tick }, 'job failed');
        await finishTick(db, job, tick, { error: error instanceof Error ? error.message : String(error) });
      }
    } catch (error) {
      // The claim or its record failed (database away): the next tick tries again.
      log.error({ err: error, job, tick }, 'job claim failed');
    } finally {
      running = false;
    }
  };
  const scheduleAfter = (from: number) => {
    if (stopped) return;
    const target = (tickOf(from, everyMs) + 1) * everyMs;
    timer = setTimeout(() => {
      // The tick aimed at, not the clock read now: a timer a millisecond early or late names the same tick.
      void run(tickOf(target, everyMs));
      scheduleAfter(Math.max(Date.now(), target));
    }, target - Date.now());
    timer.unref();
  };
  if (atStart) void run(tickOf(Date.now(), everyMs));
  scheduleAfter(Date.now());
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/**
 * Background jobs of the server process: every module manifest's jobs, and the sweep of upload
 * files, which spans the imports' and the attachments' folders. Each runs once per tick across
 * all processes sharing the database (job_runs, src/modules/schedule/); a run that is still going
 * when the next tick comes is not started twice in a process. Timers are unref'd so they never
 * keep the process alive. `intervals` (JOB_INTERVALS) overrides periods by job name (tests).
 * Returns a stop function for shutdown.
 */
export function startJobs(db: Db, log: JobLogger, uploadDirs?: UploadDirs, intervals: Record<string, number> = {}): { stop(): void } {
  // Each module's own sweeps (24-hour reports, interrupted imports, orphan work items …), from its manifest.
  const stops = moduleManifests.flatMap((manifest) =>
    (manifest.jobs ?? []).map((job) => periodic(db, log, job.name, intervals[job.name] ?? job.everyMs, () => job.run(db), job.done, job.atStart)),
  );
  // Hourly, and at start: files a crash left behind go without waiting an hour.
  if (uploadDirs) {
    const name = 'sweepOrphanUploads';
    stops.push(periodic(db, log, name, intervals[name] ?? 60 * MINUTE, () => sweepOrphanUploads(db, uploadDirs), 'orphan uploads removed', true));
  }
  return { stop: () => stops.forEach((stop) => stop()) };
}
