import { lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { loginRateLimits } from '../../db/schema/index.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * Counts one attempt for `key` in its fixed window and answers the count so far and the
 * milliseconds left. One upsert: the row lock serialises attempts of the same key, whichever
 * process they reach, so N processes allow no more attempts than one. The database's clock
 * decides, so processes whose clocks differ still agree on the window.
 */
export async function countAttempt(db: Db, key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  const window = sql`make_interval(secs => ${windowMs / 1000})`;
  const expired = sql`${loginRateLimits.windowStart} + ${window} <= clock_timestamp()`;
  const [row] = await db
    .insert(loginRateLimits)
    .values({ key, windowStart: sql`clock_timestamp()`, hits: 1 })
    .onConflictDoUpdate({
      target: loginRateLimits.key,
      set: {
        hits: sql`CASE WHEN ${expired} THEN 1 ELSE ${loginRateLimits.hits} + 1 END`,
        windowStart: sql`CASE WHEN ${expired} THEN clock_timestamp() ELSE ${loginRateLimits.windowStart} END`,
      },
    })
    .returning({
      hits: loginRateLimits.hits,
      ttl: sql<string>`greatest(0, ceil(extract(epoch FROM ${loginRateLimits.windowStart} + ${window} - clock_timestamp()) * 1000))`,
    });
  return { current: row.hits, ttl: Number(row.ttl) };
}

/** The attempts of windows that have ended: nothing reads them any more. */
export async function pruneLoginRateLimits(db: Db, windowMs = 60_000, now = new Date()): Promise<number> {
  const gone = await db
    .delete(loginRateLimits)
    .where(lt(loginRateLimits.windowStart, new Date(now.getTime() - windowMs)))
    .returning({ key: loginRateLimits.key });
  return gone.length;
}

/**
 * A store for @fastify/rate-limit that keeps the counters in the database (login_rate_limits):
 * every server process counts the same attempts, on PostgreSQL as on PGlite. The plugin builds it
 * with `new Store(options)`, so the database comes in through a class made for it.
 */
export function databaseRateStore(db: Db) {
  return class DatabaseRateStore {
    incr(key: string, callback: Callback, timeWindow: number) {
      countAttempt(db, key, timeWindow).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    }

    child() {
      return new DatabaseRateStore();
    }
  };
}
