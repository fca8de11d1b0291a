import { jobRuns } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { pruneJobRuns } from './job-ticks.js';

/**
 * The record of scheduled job runs that makes every manifest job run once per tick across server
 * processes (src/jobs/scheduler.ts claims each tick here).
 */
export const scheduleManifest: ModuleManifest = {
  name: 'schedule',
  tables: [jobRuns],
  jobs: [{ name: 'pruneJobRuns', everyMs: 24 * 3600_000, run: (db) => pruneJobRuns(db), done: 'old job runs pruned' }],
};
