import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { importJobs } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';
import type { ImportOptions, ImportSummary } from './import-options.js';
import { THIS_WORKER } from './job-owner.js';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export async function createImportJob(
  db: Executor,
  input: { user: SessionUser | null; unitId: string | null; fileName: string; fileSha256: string; filePath: string; options: ImportOptions },
) {
  const [job] = await db
    .insert(importJobs)
    .values({
      id: randomUUID(),
      kind: 'samples',
      status: 'queued',
      fileName: input.fileName,
      fileSha256: input.fileSha256,
      filePath: input.filePath,
      format: input.options.format,
      dryRun: input.options.dryRun,
      options: input.options,
      createdByUserId: input.user?.id ?? null,
      unitId: input.unitId,
      // Owned by this process from the start: a queued job whose process died is found too.
      worker: THIS_WORKER,
      heartbeatAt: new Date(),
    })
    .returning();
  return job;
}

/**
 * The writes of a running job are its owner's only: a process taken for dead whose job another
 * process resumed (recover-interrupted-jobs.ts) writes nothing more to it.
 */
const ownedHere = (id: string) => and(eq(importJobs.id, id), eq(importJobs.worker, THIS_WORKER));

export async function updateJobProgress(db: Executor, id: string, progress: number, summary: ImportSummary) {
  await db
    .update(importJobs)
    .set({ status: 'running', progress, summary, heartbeatAt: new Date(), startedAt: sql`coalesce(${importJobs.startedAt}, now())` })
    .where(ownedHere(id));
}

export async function finishJob(db: Executor, id: string, outcome: { summary: ImportSummary } | { error: string; summary?: ImportSummary }) {
  await db
    .update(importJobs)
    .set({
      status: 'error' in outcome ? 'failed' : 'done',
      progress: 'error' in outcome ? undefined : 100,
      summary: outcome.summary ?? null,
      error: 'error' in outcome ? outcome.error : null,
      finishedAt: new Date(),
      filePath: null,
    })
    .where(ownedHere(id));
}

// Interrupted jobs (a process died): resumed by another process, or failed (recover-interrupted-jobs.ts).
export { failInterruptedJobs, INTERRUPTED } from './recover-interrupted-jobs.js';

/** A job through the caller's scope: their unit's jobs and those of units below it. */
export async function findImportJob(db: Executor, user: SessionUser, id: string) {
  const [job] = await db
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.id, id), jurisdictionSql(user, 'importJob', 'see')))
    .limit(1);
  if (!job) throw new DomainError('NOT_FOUND', { entity: 'importJob', id });
  return job;
}

export async function listImportJobs(db: Executor, user: SessionUser, limit = 20) {
  return db
    .select({
      id: importJobs.id,
      status: importJobs.status,
      fileName: importJobs.fileName,
      dryRun: importJobs.dryRun,
      progress: importJobs.progress,
      createdAt: importJobs.createdAt,
      finishedAt: importJobs.finishedAt,
      summary: sql<ImportSummary | null>`CASE WHEN ${importJobs.summary} IS NULL THEN NULL ELSE ${importJobs.summary} - 'errors' - 'skips' END`,
    })
    .from(importJobs)
    .where(jurisdictionSql(user, 'importJob', 'see'))
    .orderBy(desc(importJobs.createdAt))
    .limit(limit);
}

/** Errors a job reply carries inline; the xlsx report has all of them. */
const INLINE_ERRORS = 200;

export function jobView(job: typeof importJobs.$inferSelect) {
  const summary = job.summary as ImportSummary | null;
  return {
    id: job.id,
    status: job.status as JobStatus,
    progress: Number(job.progress),
    fileName: job.fileName,
    dryRun: job.dryRun,
    options: job.options,
    // Polled every half second while running: keep the reply small.
    summary: summary && {
      ...summary,
      errors: summary.errors.slice(0, INLINE_ERRORS),
      errorCount: summary.errors.length,
      ...(summary.skips ? { skips: summary.skips.slice(0, INLINE_ERRORS) } : {}),
    },
    error: job.error,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}
