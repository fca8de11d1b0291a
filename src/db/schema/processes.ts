import { pgTable, text, integer, bigint, timestamptz, index, primaryKey } from './columns.js';

/**
 * One row per scheduled job and tick (issue 16 §4): the process whose insert wins runs the tick,
 * the others skip it. Written only by src/modules/schedule/.
 */
export const jobRuns = pgTable(
  'job_runs',
  {
    job: text('job').notNull(),
    /** floor(epoch ms / the job's period): the window the run belongs to. */
    tick: bigint('tick', { mode: 'number' }).notNull(),
    /** "host:pid" of the process that ran it. */
    worker: text('worker').notNull(),
    startedAt: timestamptz('started_at').notNull().defaultNow(),
    finishedAt: timestamptz('finished_at'),
    count: integer('count'),
    error: text('error'),
  },
  (t) => [primaryKey({ columns: [t.job, t.tick] }), index('job_runs_started_idx').on(t.startedAt)],
);

/** The login rate limit's counters, shared by every server process (written only by src/modules/auth/). */
export const loginRateLimits = pgTable(
  'login_rate_limits',
  {
    key: text('key').primaryKey(),
    windowStart: timestamptz('window_start').notNull(),
    hits: integer('hits').notNull(),
  },
  (t) => [index('login_rate_limits_window_idx').on(t.windowStart)],
);
