import { rm } from 'node:fs/promises';
import type { Db } from '../../db/client.js';
import { finishJob, updateJobProgress } from './import-jobs.js';
import { JobHeartbeat } from './job-owner.js';
import { ImportFileError } from './run-sample-import.js';
import type { ImportSummary } from './import-options.js';

export interface QueuedImport {
  jobId: string;
  filePath: string;
  run(onProgress: (percent: number, summary: ImportSummary) => Promise<void>): Promise<ImportSummary>;
}

/**
 * Runs this process's imports one at a time (they compete for the same tables and CPU), keeping
 * each job's row current: progress, heartbeat, summary, outcome. State lives in the database,
 * so any server process can answer GET /api/imports/:id. Queued and running jobs beat every 15 s
 * (job-owner.ts), so another process can tell them from jobs whose process died.
 */
export class ImportQueue {
  private readonly pending: QueuedImport[] = [];
  private running: Promise<void> | null = null;
  private readonly heartbeat: JobHeartbeat;

  constructor(
    private readonly db: Db,
    private readonly log: { error(obj: object, msg: string): void },
  ) {
    this.heartbeat = new JobHeartbeat(db);
  }

  enqueue(job: QueuedImport) {
    this.heartbeat.hold(job.jobId);
    this.pending.push(job);
    this.running ??= this.drain().finally(() => (this.running = null));
  }

  /** Resolves when every queued job has finished (tests, shutdown). */
  async idle() {
    while (this.running) await this.running;
  }

  private async drain() {
    for (let job = this.pending.shift(); job; job = this.pending.shift()) {
      let lastWrite = 0;
      let latest: ImportSummary | undefined;
      try {
        const summary = await job.run(async (percent, summary) => {
          latest = summary;
          if (Date.now() - lastWrite < 500) return;
          lastWrite = Date.now();
          await updateJobProgress(this.db, job.jobId, percent, summary);
        });
        await finishJob(this.db, job.jobId, { summary });
      } catch (error) {
        const message = error instanceof ImportFileError ? error.message : '导入失败：系统内部错误，已写入的批次完整保留，可重新导入';
        if (!(error instanceof ImportFileError)) this.log.error({ err: error, jobId: job.jobId }, 'import failed');
        await finishJob(this.db, job.jobId, { error: message, summary: latest }).catch(() => undefined);
      } finally {
        this.heartbeat.release(job.jobId);
        await rm(job.filePath, { force: true }).catch(() => undefined);
      }
    }
  }
}
