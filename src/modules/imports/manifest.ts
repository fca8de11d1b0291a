import { importJobs } from '../../db/schema/index.js';
import type { ApiContext } from '../../http/api-route.js';
import type { ModuleManifest } from '../module-manifest.js';
import { failInterruptedJobs } from './import-jobs.js';
import { ImportQueue } from './import-queue.js';
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
  api.app.addHook('onClose', () => importQueue.idle());
  registerImportRoutes(api, importQueue);
}

export const importsManifest: ModuleManifest = {
  name: 'imports',
  tables: [importJobs],
  routes: registerImports,
  // At start, then every minute: import jobs whose process died (a crash, kill -9, a CLI closed mid-file) fail within minutes.
  seed: async (db) => ({ interruptedJobsFailed: await failInterruptedJobs(db) }),
  jobs: [{ name: 'failInterruptedJobs', everyMs: 60_000, run: (db) => failInterruptedJobs(db), done: 'interrupted import jobs failed' }],
};
