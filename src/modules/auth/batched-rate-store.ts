import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { loginRateLimits } from '../../db/schema/index.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

interface KeyState {
  /** The total of every process at the last flush. */
  shared: number;
  /** Counted here since the last flush, not yet added to the shared row. */
  pending: number;
  /** When this process believes the window ends (corrected by the database at each flush). */
  windowEnds: number;
  windowMs: number;
}

/** Adds each key's count to its shared row in one statement and answers the totals of all processes. */
async function addCounts(db: Db, counts: { key: string; hits: number; windowMs: number }[]) {
  // The window is the same for every key of one limiter; the first one's is used for the statement.
  const window = sql`make_interval(secs => ${counts[0].windowMs / 1000})`;
  const expired = sql`${loginRateLimits.windowStart} + ${window} <= clock_timestamp()`;
  return db
    .insert(loginRateLimits)
    .values(counts.map(({ key, hits }) => ({ key, hits, windowStart: sql`clock_timestamp()` })))
    .onConflictDoUpdate({
      target: loginRateLimits.key,
      set: {
        hits: sql`CASE WHEN ${expired} THEN excluded.hits ELSE ${loginRateLimits.hits} + excluded.hits END`,
        windowStart: sql`CASE WHEN ${expired} THEN clock_timestamp() ELSE ${loginRateLimits.windowStart} END`,
      },
    })
    .returning({
      key: loginRateLimits.key,
      hits: loginRateLimits.hits,
      ttl: sql<string>`greatest(0, ceil(extract(epoch FROM ${loginRateLimits.windowStart} + ${window} - clock_timestamp()) * 1000))`,
    });
}

/**
 * A store for @fastify/rate-limit on routes the internet hits thousands of times a second (the
 * open data API). The login limit counts each attempt in the database (login-rate-store.ts); here
 * that would take a row lock per request. Instead each process counts in memory and adds its
 * counts to the shared row (login_rate_limits, under `prefix`) every `flushMs`, reading back the
 * total of all processes. So a client is limited by what it sent to every process together; the
 * slack is one flush interval: a process learns the others' counts when it adds its own (within
 * `flushMs` of a request), and until then may let through up to the limit on its own.
 * Keys are kept only while their window runs. `flush()` is exposed for tests and shutdown.
 */
export function batchedRateStore(db: Db, prefix: string, flushMs = 250) {
  const keys = new Map<string, KeyState>();
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> | null = null;

  async function flushNow(): Promise<void> {
    const now = Date.now();
    const batch: { key: string; state: KeyState; hits: number }[] = [];
    for (const [key, state] of keys) {
      if (state.pending > 0) batch.push({ key, state, hits: state.pending });
      else if (state.windowEnds <= now) keys.delete(key);
    }
    if (batch.length === 0) return;
    const rows = await addCounts(
      db,
      batch.map(({ key, hits, state }) => ({ key: `${prefix}:${key}`, hits, windowMs: state.windowMs })),
    );
    const byKey = new Map(rows.map((row) => [row.key, row]));
    const after = Date.now();
    for (const { key, state, hits } of batch) {
      const row = byKey.get(`${prefix}:${key}`);
      if (!row) continue;
      // Requests counted while the statement ran stay pending for the next flush.
      state.pending -= hits;
      state.shared = row.hits;
      state.windowEnds = after + Number(row.ttl);
    }
  }

  function flush(): Promise<void> {
    // One flush at a time; a failed one keeps its counts pending and the next tick tries again.
    flushing ??= flushNow()
      .catch(() => undefined)
      .finally(() => {
        flushing = null;
      });
    return flushing;
  }

  function ensureTimer() {
    if (timer) return;
    timer = setInterval(() => {
      void flush();
      if (keys.size === 0) {
        clearInterval(timer);
        timer = undefined;
      }
    }, flushMs);
    timer.unref();
  }

  class BatchedRateStore {
    incr(key: string, callback: Callback, timeWindow: number) {
      const now = Date.now();
      let state = keys.get(key);
      if (!state || (state.windowEnds <= now && state.pending === 0)) {
        state = { shared: 0, pending: 0, windowEnds: now + timeWindow, windowMs: timeWindow };
        keys.set(key, state);
      } else if (state.windowEnds <= now) {
        // The window ended here; the flush will start the shared row's new window too.
        state.shared = 0;
        state.windowEnds = now + timeWindow;
      }
      state.pending += 1;
      ensureTimer();
      callback(null, { current: state.shared + state.pending, ttl: Math.max(0, state.windowEnds - now) });
    }

    child() {
      return new BatchedRateStore();
    }
  }
  return { Store: BatchedRateStore, flush };
}
