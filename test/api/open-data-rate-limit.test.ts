/**
 * The open data API's rate limit holds across server processes (issue 13 "rate-limited per
 * client", issue 16 §4): each process counts in memory and adds its counts to a shared row. Two
 * stores on one database stand for two processes; flushes are called, not waited for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/test-database.js';
import { batchedRateStore } from '../../src/modules/auth/batched-rate-store.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase({ demo: false });
});
afterAll(() => database.dispose());

const WINDOW = 60_000;

function counter(store: { incr(key: string, cb: (e: Error | null, r?: { current: number; ttl: number }) => void, w: number): void }) {
  return (key: string) =>
    new Promise<{ current: number; ttl: number }>((resolve, reject) => store.incr(key, (e, r) => (e ? reject(e) : resolve(r!)), WINDOW));
}

describe('the batched rate store', () => {
  it('counts what a client sent to every process together', async () => {
    const first = batchedRateStore(database.db, 'test-a', 60_000);
    const second = batchedRateStore(database.db, 'test-a', 60_000);
    const a = counter(new first.Store());
    const b = counter(new second.Store());
    for (let i = 0; i < 6; i++) await a('10.0.0.1');
    for (let i = 0; i < 4; i++) await b('10.0.0.1');
    // Before a flush each process knows only its own requests.
    expect((await b('10.0.0.1')).current).toBe(5);
    await first.flush(); // the shared row: 6
    await second.flush(); // 6 + 5 = 11, and the second process reads the total back
    expect((await b('10.0.0.1')).current).toBe(12);
    // The first learns the others' count at its own next flush.
    expect((await a('10.0.0.1')).current).toBe(7);
    await first.flush(); // 11 + 1 = 12
    await second.flush(); // 12 + 1 = 13
    expect((await b('10.0.0.1')).current).toBe(14);
    // A process learns the total when it adds its own requests: the first has none pending yet.
    expect((await a('10.0.0.1')).current).toBe(13);
    await first.flush(); // 13 + 1 = 14
    const { current, ttl } = await a('10.0.0.1');
    expect(current).toBe(15);
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(WINDOW);
    // Another client has its own count.
    expect((await a('10.0.0.2')).current).toBe(1);
  });

  it('keeps counts when a flush fails and adds them at the next one', async () => {
    const broken = { insert: () => { throw new Error('database away'); } } as unknown as typeof database.db;
    const failing = batchedRateStore(broken, 'test-b', 60_000);
    const count = counter(new failing.Store());
    await count('10.0.0.3');
    await failing.flush();
    expect((await count('10.0.0.3')).current).toBe(2);
  });
});
