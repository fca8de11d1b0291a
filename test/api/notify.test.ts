/**
 * notify() stores notifications and sends the live event in one statement: the event names the
 * units and users of the rows actually stored, goes out only on commit, not at all when every row
 * was a duplicate, and falls back to "everyone" when the ids would not fit in a NOTIFY payload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../helpers/test-database.js';
import type { Database } from '../../src/db/client.js';
import { notifications, orgUnits } from '../../src/db/schema/index.js';
import { openEventBus, type EventBus, type JjldEvent } from '../../src/modules/notifications/event-bus.js';
import { notify } from '../../src/modules/notifications/notify.js';
import { unitIdForRegion } from '../../src/modules/org/seed-organisation.js';

const CHENGDU = unitIdForRegion('510100');
const MIANYANG = unitIdForRegion('510700');

let database: Database & { dispose(): Promise<void> };
let bus: EventBus;
const events: JjldEvent[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  bus = await openEventBus(database);
  bus.subscribe((event) => events.push(event));
});
afterAll(async () => {
  await bus.close();
  await database.dispose();
});

/** Waits on state: the next event after `count` have arrived (delivery is asynchronous). */
async function nextEvent(count: number): Promise<JjldEvent> {
  await expect.poll(() => events.length, { timeout: 30_000 }).toBeGreaterThan(count);
  return events[count];
}

/**
 * Sends a marker (the only notifications to 绵阳 in this file) and returns the index of its event:
 * events between two markers are all that was sent between them, whatever arrived late before.
 */
async function marker(after = -1): Promise<number> {
  await database.db.transaction((tx) => notify(tx, [{ unitId: MIANYANG, kind: 'notice', title: '标记' }]));
  const find = () => events.findIndex((e, i) => i > after && e.unitIds.includes(MIANYANG));
  await expect.poll(find, { timeout: 30_000 }).toBeGreaterThan(after);
  return find();
}

describe('notify', () => {
  it('stores the rows and, on commit, names their units and users in one event', async () => {
    const before = events.length;
    const key = `test-${randomUUID()}`;
    const stored = await database.db.transaction((tx) =>
      notify(tx, [
        { unitId: CHENGDU, kind: 'work_item', title: '新的待办', href: '/work-items', dedupeKey: key },
        { unitId: CHENGDU, kind: 'notice', title: '通报' },
        { unitId: unitIdForRegion('510300'), kind: 'notice', title: '通报' },
      ]),
    );
    expect(stored).toBe(3);
    const event = await nextEvent(before);
    expect(event.type).toBe('notifications');
    expect([...event.unitIds].sort()).toEqual([CHENGDU, unitIdForRegion('510300')].sort());
    expect(event.userIds).toEqual([]);
    const [row] = await database.db.select().from(notifications).where(eq(notifications.dedupeKey, key));
    expect(row).toMatchObject({ unitId: CHENGDU, userId: null, kind: 'work_item', title: '新的待办', href: '/work-items' });
  });

  it('stores a duplicate once and sends no event for it', async () => {
    const key = `test-${randomUUID()}`;
    await database.db.transaction((tx) => notify(tx, [{ unitId: CHENGDU, kind: 'overdue', title: '逾期提醒', dedupeKey: key }]));
    const first = await marker();
    const again = await database.db.transaction((tx) => notify(tx, [{ unitId: CHENGDU, kind: 'overdue', title: '逾期提醒', dedupeKey: key }]));
    expect(again).toBe(0);
    // Between the two markers nothing else was sent.
    expect(await marker(first)).toBe(first + 1);
  });

  it('sends nothing when the transaction rolls back', async () => {
    const title = `回滚-${randomUUID()}`;
    const first = await marker();
    await expect(
      database.db.transaction(async (tx) => {
        await notify(tx, [{ unitId: CHENGDU, kind: 'notice', title }]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await marker(first)).toBe(first + 1);
    expect(await database.db.select().from(notifications).where(eq(notifications.title, title))).toEqual([]);
  });

  it('tells everyone when the ids would not fit in a NOTIFY payload', async () => {
    // Every unit of the province (over 200): their ids alone pass the 7000 bytes a payload may carry.
    const units = (await database.db.select({ id: orgUnits.id }).from(orgUnits)).map((u) => u.id);
    expect(units.length * 39).toBeGreaterThan(7000);
    const title = `全省通知-${randomUUID()}`;
    const before = events.length;
    const stored = await database.db.transaction((tx) => notify(tx, units.map((unitId) => ({ unitId, kind: 'notice' as const, title }))));
    expect(stored).toBe(units.length);
    expect(await nextEvent(before)).toEqual({ type: 'notifications', unitIds: [], userIds: [], everyone: true });
    await database.db.delete(notifications).where(eq(notifications.title, title));
  });
});
