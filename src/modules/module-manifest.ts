import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import type { WorkItemKind } from '../domain/work-item.js';
import type { ApiContext } from '../http/api-route.js';

/**
 * A periodic sweep of the server process: idempotent. Each tick runs in one process only, however
 * many share the database (src/jobs/scheduler.ts claims it in job_runs).
 */
export interface ModuleJob {
  name: string;
  everyMs: number;
  /** Run once as soon as the jobs start, not only after the first period. */
  atStart?: boolean;
  /** Returns how many things it did, logged with `done` when not zero. */
  run: (db: Db) => Promise<number>;
  done: string;
}

/**
 * What one module brings to the app: the assembly (src/server/app.ts), the start-up
 * (prepare-database.ts), the scheduler (src/jobs/) and the CLI loop over the list of manifests
 * (`manifests.ts`) instead of importing each module's files.
 */
export interface ModuleManifest {
  /** The folder name under src/modules. */
  name: string;
  /**
   * The tables this module owns: only its own files insert, update or delete their rows; other
   * modules call its functions (test/layers/table-ownership.test.ts checks it).
   */
  tables: readonly PgTable[];
  /** Registers the module's API routes. */
  routes?: (api: ApiContext) => void | Promise<void>;
  /**
   * Runs at every start, in list order, before the server listens: idempotent reference data,
   * or a repair the start must make. Returns counts for the start-up report.
   */
  seed?: (db: Db) => Promise<Record<string, number>>;
  /** The work-item kinds this module creates and closes. */
  workItemKinds?: readonly WorkItemKind[];
  jobs?: readonly ModuleJob[];
}
