import { importJobs } from '../../db/schema/index.js';
import type { ApiContext } from '../../http/api-route.js';
import type { ModuleManifest } from '../module-manifest.js';
import { ImportQueue } from './import-queue.js';
import { recoverInterruptedJobs } from './recover-interrupted-jobs.js';
import { importResumer, serveResumes, servingResumer } from './resume-import.js';
import { registerImportRoutes } from './routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    importQueue: ImportQueue;
  }
}

/** The process's import queue lives as long as the app; closing the app waits for its current import. */
function registerImports(api: ApiContext) {
  const importQueue = new ImportQueue(api.database.db, api.app.log);
  api.app.decorate('importQueue', importQueue);
  // This process's queue takes over uploads whose process died (the scheduled sweep below).
  const resumer = importResumer(api.database.db, importQueue, api.config.uploadDir);
  serveResumes(resumer);
  api.app.addHook('onClose', async () => {
    if (servingResumer() === resumer) serveResumes(null);
    await importQueue.idle();
  });
  registerImportRoutes(api, importQueue);
}

export const importsManifest: ModuleManifest = {
  name: 'imports',
  tables: [importJobs],
  routes: registerImports,
  // At start, then every minute: an import whose process died (a crash, kill -9, a CLI closed
  // mid-file) is resumed by a server process (its upload is in the shared upload directory) or
  // failed. Not a seed: at start the app that can resume does not exist yet.
  jobs: [
    {
      name: 'recoverInterruptedImports',
      everyMs: 60_000,
      atStart: true,
      run: (db) => recoverInterruptedJobs(db, servingResumer()),
      done: 'interrupted import jobs resumed or failed',
    },
  ],
};
