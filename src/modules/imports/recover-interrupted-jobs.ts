import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { at } from '../../db/sql-values.js';
import { importJobs } from '../../db/schema/index.js';
import { systemActor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { ownerGone, SIBLING_STALE_AFTER_MS, STALE_AFTER_MS, THIS_HOST, THIS_WORKER } from './job-owner.js';

export type ImportJobRow = typeof importJobs.$inferSelect;

export const INTERRUPTED = '导入进程已中断（服务重启或异常退出）。已写入的批次完整保留，重新导入同一文件即可补齐，不会产生重复。';

/** A job is resumed at most this many runs in all: a file that kills every process it runs in must stop going round. */
export const MAX_ATTEMPTS = 3;

/**
 * Takes over an interrupted job in this process (resume-import.ts): says whether it can (its file
 * is in the shared upload directory and still there, its user still active), and starts it.
 */
export interface ImportResumer {
  canResume(job: ImportJobRow): Promise<boolean>;
  resume(job: ImportJobRow): Promise<void>;
}

/**
 * Finds the jobs whose process died (issue 9, B2.8; issue 16 §4) and, one by one, claims each
 * with `FOR UPDATE SKIP LOCKED`: another process sweeping at the same moment skips the row this
 * one holds, so a job is taken over once. A claimed job is resumed here when `resumer` accepts
 * it (another server process takes over an upload whose process was killed; the rows already
 * written count `unchanged`, none is written twice), otherwise failed with the reason and an
 * audit row, as before. Without a resumer (the CLI, tests) every interrupted job is failed.
 *
 * Interrupted: queued or running, and either a heartbeat older than two minutes and an owner
 * that is gone (job-owner.ts), or an owner on this host whose pid is dead and that has missed
 * three beats (45 s).
 */
export async function recoverInterruptedJobs(db: Db, resumer: ImportResumer | null, now = new Date()): Promise<number> {
  const stale = at(new Date(now.getTime() - STALE_AFTER_MS));
  const lastBeat = sql`coalesce(${importJobs.heartbeatAt}, ${importJobs.createdAt})`;
  const open = inArray(importJobs.status, ['queued', 'running']);
  const siblingStale = at(new Date(now.getTime() - SIBLING_STALE_AFTER_MS));
  const siblingOnThisHost = sql`(left(${importJobs.worker}, ${THIS_HOST.length + 1}) = ${`${THIS_HOST}:`} AND ${importJobs.worker} <> ${THIS_WORKER} AND ${lastBeat} < ${siblingStale})`;
  const interrupted = sql`(${lastBeat} < ${stale} OR ${siblingOnThisHost})`;
  const candidates = await db
    .select({ id: importJobs.id, worker: importJobs.worker, lastBeat: sql<Date | string>`${lastBeat}` })
    .from(importJobs)
    .where(and(open, interrupted));
  let recovered = 0;
  for (const candidate of candidates) {
    if (!ownerGone({ id: candidate.id, worker: candidate.worker, lastBeat: new Date(candidate.lastBeat) }, now)) continue;
    const resumed = await db.transaction(async (tx) => {
      // Still open and still the owner judged gone: a process that claimed it meanwhile changed `worker`.
      const [job] = await tx
        .select()
        .from(importJobs)
        .where(and(eq(importJobs.id, candidate.id), open, interrupted, sql`${importJobs.worker} IS NOT DISTINCT FROM ${candidate.worker}`))
        .for('update', { skipLocked: true });
      if (!job) return null;
      recovered++;
      if (resumer && job.attempts < MAX_ATTEMPTS && (await resumer.canResume(job))) {
        const [claimed] = await tx
          .update(importJobs)
          .set({ status: 'queued', worker: THIS_WORKER, heartbeatAt: now, attempts: job.attempts + 1 })
          .where(eq(importJobs.id, job.id))
          .returning();
        await recordAudit(tx, systemActor, {
          action: 'importJob.resumed',
          entityType: 'importJob',
          entityId: job.id,
          before: { worker: job.worker, progress: job.progress, attempts: job.attempts },
          after: { worker: THIS_WORKER, attempts: claimed.attempts },
        });
        return claimed;
      }
      await tx.update(importJobs).set({ status: 'failed', error: INTERRUPTED, finishedAt: now, filePath: null }).where(eq(importJobs.id, job.id));
      await recordAudit(tx, systemActor, {
        action: 'importJob.interrupted',
        entityType: 'importJob',
        entityId: job.id,
        after: { id: job.id, fileName: job.fileName, progress: job.progress, worker: job.worker, attempts: job.attempts, status: 'failed', error: INTERRUPTED },
      });
      return null;
    });
    // Started after the claim committed: from here this process's queue beats for the job.
    if (resumed) await resumer!.resume(resumed);
  }
  return recovered;
}

/** Fails every interrupted job (no process here to resume them). */
export function failInterruptedJobs(db: Db, now = new Date()): Promise<number> {
  return recoverInterruptedJobs(db, null, now);
}
