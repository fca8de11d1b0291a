/**
 * Which process owns an import job, and whether that process is still there.
 *
 * A job row is owned by the process that accepted it (`worker` = "host:pid"). While the process
 * holds the job, queued or running, a timer refreshes its heartbeat every 15 seconds, whatever
 * the batches are doing. Any live process can then tell an interrupted job from a slow one: its
 * heartbeat is old, and its owner is gone. Without this a job killed mid-way stayed "running"
 * until the next server start.
 */
import { hostname } from 'node:os';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { importJobs } from '../../db/schema/index.js';

export const HEARTBEAT_EVERY_MS = 15_000;
/** A live owner beats every 15 s; two minutes of silence means it stopped working on the job. */
export const STALE_AFTER_MS = 2 * 60_000;
/**
 * An owner on this host whose pid is dead is taken as gone after three missed beats, not two
 * minutes. Not at once: two containers on one host name (host networking) each see the other's
 * pids as dead, and a live owner's beat this recent is the proof that it still works.
 */
export const SIBLING_STALE_AFTER_MS = 3 * HEARTBEAT_EVERY_MS;
/**
 * Past this, the owner is taken as gone even when a process with its pid runs on this host: a
 * pid is reused, and a live owner would have beaten forty times by now.
 */
export const GONE_AFTER_MS = 10 * 60_000;

export const THIS_HOST = hostname();
export const THIS_WORKER = `${THIS_HOST}:${process.pid}`;

/** Jobs this process holds (queued or running): the answer for jobs whose owner is this process. */
const held = new Set<string>();

/** Refreshes the heartbeat of the jobs this process holds, on a timer that never keeps it alive. */
export class JobHeartbeat {
  private readonly ids = new Set<string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly everyMs = HEARTBEAT_EVERY_MS,
  ) {}

  hold(id: string): void {
    held.add(id);
    this.ids.add(id);
    if (!this.timer) {
      this.timer = setInterval(() => void this.beat(), this.everyMs);
      this.timer.unref();
    }
  }

  release(id: string): void {
    held.delete(id);
    this.ids.delete(id);
    if (this.ids.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  /** One beat for every held job still open; a failed beat is retried at the next tick. */
  async beat(): Promise<void> {
    const ids = [...this.ids];
    if (ids.length === 0) return;
    await this.db
      .update(importJobs)
      .set({ heartbeatAt: new Date() })
      // Only jobs still ours: one resumed elsewhere meanwhile is left to its new owner.
      .where(and(inArray(importJobs.id, ids), inArray(importJobs.status, ['queued', 'running']), eq(importJobs.worker, THIS_WORKER)))
      .catch(() => undefined);
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a job has lost its owner. This process answers for its own jobs (their heartbeat
 * already stale); another process on this host is probed by pid, so a killed sibling's job is
 * taken over once it has missed three beats (SIBLING_STALE_AFTER_MS) rather than two minutes; a
 * process on another host cannot be probed, and its stale heartbeat is the answer (a live owner
 * beats every 15 s).
 */
export function ownerGone(job: { id: string; worker: string | null; lastBeat: Date }, now: Date): boolean {
  if (!job.worker) return true;
  const at = job.worker.lastIndexOf(':');
  const host = job.worker.slice(0, at);
  const pid = Number(job.worker.slice(at + 1));
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0) return true;
  if (pid === process.pid) return !held.has(job.id);
  if (now.getTime() - job.lastBeat.getTime() > GONE_AFTER_MS) return true;
  return !pidAlive(pid);
}
