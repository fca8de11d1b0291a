import { access } from 'node:fs/promises';
import { relative, isAbsolute, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { orgUnits, userRoles, users } from '../../db/schema/index.js';
import { scopeOf } from '../../domain/scope.js';
import type { SessionUser } from '../access/actor.js';
import { finishJob } from './import-jobs.js';
import { importOptionsSchema } from './import-options.js';
import type { ImportQueue } from './import-queue.js';
import type { ImportResumer, ImportJobRow } from './recover-interrupted-jobs.js';
import { runSampleImport } from './run-sample-import.js';
import { prepareImportRun } from './start-sample-import.js';

/** The job's user as the import saw them when they uploaded: active, with their unit and roles now. */
async function uploader(db: Db, userId: string | null): Promise<SessionUser | null> {
  if (!userId) return null;
  const [row] = await db.select({ user: users, unit: orgUnits }).from(users).innerJoin(orgUnits, eq(orgUnits.id, users.unitId)).where(eq(users.id, userId)).limit(1);
  if (!row || !row.user.active) return null;
  const roles = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  const unit = { id: row.unit.id, name: row.unit.name, kind: row.unit.kind, regionCode: row.unit.regionCode, path: row.unit.path, businesses: row.unit.businesses };
  return {
    id: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    unit,
    roles: roles.map((r) => r.role).sort(),
    mustChangePassword: row.user.mustChangePassword,
    scope: scopeOf(unit),
    sessionId: 'resumed-import',
    csrfToken: '',
  };
}

function inside(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * How this server process takes over an upload whose process died: the file must be in the
 * upload directory, which every process shares (docs/operations.md), and still be there (the CLI's
 * files are the operator's own and stay theirs); the job runs again from the start under its
 * uploader, with the same options, in this process's queue, which deletes the file at the end.
 */
export function importResumer(db: Db, queue: ImportQueue, uploadDir: string): ImportResumer {
  return {
    async canResume(job) {
      if (!job.filePath || !inside(uploadDir, job.filePath)) return false;
      if (!importOptionsSchema.safeParse(job.options).success) return false;
      return access(job.filePath).then(
        () => true,
        () => false,
      );
    },
    async resume(job: ImportJobRow) {
      try {
        const user = await uploader(db, job.createdByUserId);
        if (!user) throw new Error('the uploader is gone or inactive');
        const options = importOptionsSchema.parse(job.options);
        const prepared = await prepareImportRun(db, user, null, options);
        const filePath = job.filePath!;
        queue.enqueue({
          jobId: job.id,
          filePath,
          run: (onProgress) => runSampleImport({ db, jobId: job.id, filePath, fileName: job.fileName, options, ...prepared, onProgress }),
        });
      } catch {
        await finishJob(db, job.id, { error: '导入进程已中断，且无法由其他进程接续（上传人已停用或导入选项已失效），请重新导入该文件' });
      }
    },
  };
}

/**
 * The resumer of the server app running in this process, if any: the scheduled sweep gets only
 * the database, and the CLI has no queue to resume into (it fails interrupted jobs instead).
 */
let serving: ImportResumer | null = null;

export function serveResumes(resumer: ImportResumer | null): void {
  serving = resumer;
}

export function servingResumer(): ImportResumer | null {
  return serving;
}
