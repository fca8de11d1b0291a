/**
 * Scheduled jobs run once per tick however many processes share the database, and the login rate
 * limit counts in the database (issue 16 §4). Here on one database (PGlite by default, PostgreSQL
 * with DATABASE_URL); test/api/multiple-processes.test.ts does it with real processes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '../helpers/test-database.js';
import { jobRuns, loginRateLimits } from '../../src/db/schema/index.js';
import { startJobs } from '../../src/jobs/scheduler.js';
import { moduleManifests } from '../../src/modules/manifests.js';
import { claimTick, pruneJobRuns, tickOf } from '../../src/modules/schedule/job-ticks.js';
import { countAttempt, pruneLoginRateLimits } from '../../src/modules/auth/login-rate-store.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase({ demo: false });
});
afterAll(() => database.dispose());

const quiet = { info: () => undefined, error: () => undefined };

describe('job ticks', () => {
  it('are claimed by one claimant only, even when they race', async () => {
    const db = database.db;
    const tick = tickOf(Date.now(), 60_000);
    const won = await Promise.all(['a:1', 'b:2', 'c:3', 'd:4'].map((worker) => claimTick(db, 'raceJob', tick, worker)));
    expect(won.filter(Boolean)).toHaveLength(1);
    expect(await claimTick(db, 'raceJob', tick + 1, 'a:1')).toBe(true);
  });

  it('make two schedulers on one database run a job once per tick', async () => {
    const db = database.db;
    // Count the job's real runs: each tick claimed must have run once, by one of the two schedulers.
    // (Ticks may be skipped on a loaded machine while a run is still going; that is by design.)
    const job = moduleManifests.flatMap((m) => m.jobs ?? []).find((j) => j.name === 'cancelOrphanWorkItems')!;
    const original = job.run;
    let runs = 0;
    job.run = async (runDb) => {
      runs += 1;
      return original(runDb);
    };
    const intervals = { cancelOrphanWorkItems: 200 };
    const first = startJobs(db, quiet, undefined, intervals);
    const second = startJobs(db, quiet, undefined, intervals);
    const ticks = async () => (await db.select({ tick: jobRuns.tick, finishedAt: jobRuns.finishedAt }).from(jobRuns).where(eq(jobRuns.job, 'cancelOrphanWorkItems')));
    try {
      for (let rows = await ticks(); rows.length < 6; rows = await ticks()) await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      first.stop();
      second.stop();
    }
    // Let a run that was going when the timers stopped record its end.
    for (let rows = await ticks(); rows.some((r) => r.finishedAt === null); rows = await ticks()) await new Promise((resolve) => setTimeout(resolve, 50));
    job.run = original;
    const rows = await ticks();
    expect(new Set(rows.map((r) => Number(r.tick))).size).toBe(rows.length);
    expect(runs).toBe(rows.length);
  });

  it('are pruned after a week', async () => {
    const db = database.db;
    await db.insert(jobRuns).values({ job: 'oldJob', tick: 1, worker: 'x:1', startedAt: new Date(Date.now() - 8 * 24 * 3600_000) });
    expect(await pruneJobRuns(db)).toBe(1);
  });
});

describe('the login rate limit store', () => {
  it('counts attempts per key in a window, and starts again when the window has ended', async () => {
    const db = database.db;
    expect(await countAttempt(db, '1.2.3.4|alice', 60_000)).toMatchObject({ current: 1 });
    const counts = await Promise.all(Array.from({ length: 5 }, () => countAttempt(db, '1.2.3.4|alice', 60_000)));
    expect(counts.map((c) => c.current).sort()).toEqual([2, 3, 4, 5, 6]);
    const { ttl } = await countAttempt(db, '1.2.3.4|alice', 60_000);
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    expect((await countAttempt(db, '1.2.3.4|bob', 60_000)).current).toBe(1);
    // The window ends: the next attempt is the first of a new one, and the ended row can go.
    await db.update(loginRateLimits).set({ windowStart: sql`now() - interval '2 minutes'` }).where(eq(loginRateLimits.key, '1.2.3.4|bob'));
    expect(await pruneLoginRateLimits(db)).toBe(1);
    await db.update(loginRateLimits).set({ windowStart: sql`now() - interval '2 minutes'` }).where(eq(loginRateLimits.key, '1.2.3.4|alice'));
    expect(await countAttempt(db, '1.2.3.4|alice', 60_000)).toMatchObject({ current: 1 });
  });
});
