/**
 * The assessment's "complaints handled in time" (issue 15 §1 over issue 14's records) at its
 * edges: the acceptance decision by its deadline, closing exactly on the handling deadline, a
 * rejection as the decision, a merged duplicate and a complaint due in the next period left out,
 * and the city counting its county's complaints (本级及下级).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../helpers/test-database.js';
import { complaints, orgUnits } from '../../src/db/schema/index.js';
import { complaintHandledInTime } from '../../src/modules/assessment/computations/complaint-handled.js';
import { periodBounds } from '../../src/domain/assessment/periods.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase({ demo: false });
});
afterAll(() => database.dispose());

const t = (iso: string) => new Date(iso);

describe('complaints handled in time', () => {
  it('counts the acceptance decision and the handling against their deadlines', async () => {
    const db = database.db;
    const unitOf = async (code: string) => (await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.regionCode, code)))[0].id;
    const county = await unitOf('510107');
    const city = await unitOf('510100');
    let n = 0;
    const add = async (status: string, times: { acceptDue: string; accepted?: string; due?: string; closed?: string }) => {
      const id = randomUUID();
      n += 1;
      await db.insert(complaints).values({
        id, trackingNo: `TS${n}`, channel: 'phone', intake: 'manual', kind: 'complaint', description: '测试', handlerUnitId: county, status,
        receivedAt: t('2026-01-05T02:00:00Z'), acceptDueAt: t(times.acceptDue), acceptedAt: times.accepted ? t(times.accepted) : null,
        dueAt: times.due ? t(times.due) : null, closedAt: times.closed ? t(times.closed) : null,
      });
      return id;
    };
    const onTime = await add('closed', { acceptDue: '2026-01-14T16:00:00Z', accepted: '2026-01-10T02:00:00Z', due: '2026-03-01T16:00:00Z', closed: '2026-02-20T02:00:00Z' });
    const acceptedLate = await add('closed', { acceptDue: '2026-01-14T16:00:00Z', accepted: '2026-01-15T02:00:00Z', due: '2026-03-01T16:00:00Z', closed: '2026-02-20T02:00:00Z' });
    const rejected = await add('rejected', { acceptDue: '2026-01-14T16:00:00Z', closed: '2026-01-12T02:00:00Z' });
    const closedLate = await add('closed', { acceptDue: '2026-01-14T16:00:00Z', accepted: '2026-01-10T02:00:00Z', due: '2026-03-01T16:00:00Z', closed: '2026-03-02T02:00:00Z' });
    const onTheDeadline = await add('closed', { acceptDue: '2026-01-14T16:00:00Z', accepted: '2026-01-14T16:00:00Z', due: '2026-03-01T16:00:00Z', closed: '2026-03-01T16:00:00Z' });
    const stillOpen = await add('accepted', { acceptDue: '2026-01-14T16:00:00Z', accepted: '2026-01-10T02:00:00Z', due: '2026-03-20T16:00:00Z' });
    await add('merged', { acceptDue: '2026-01-14T16:00:00Z' });
    await add('accepted', { acceptDue: '2026-01-14T16:00:00Z', accepted: '2026-01-10T02:00:00Z', due: '2026-04-10T16:00:00Z' }); // due in Q2

    const ctx = { db, period: periodBounds(2026, 'Q1'), params: {}, now: t('2026-04-02T00:00:00Z') };
    const figures = await complaintHandledInTime.figures(ctx);
    expect(figures.get(county)).toEqual({ numerator: 3, denominator: 6 });
    expect(figures.get(city)).toEqual({ numerator: 3, denominator: 6 });
    const records = await complaintHandledInTime.records(ctx, city);
    const okOf = new Map(records.map((r) => [r.id, r.ok]));
    expect(Object.fromEntries([onTime, acceptedLate, rejected, closedLate, onTheDeadline, stillOpen].map((id) => [id, okOf.get(id)]))).toEqual({
      [onTime]: true, [acceptedLate]: false, [rejected]: true, [closedLate]: false, [onTheDeadline]: true, [stillOpen]: false,
    });
    expect(records.find((r) => r.id === stillOpen)).toMatchObject({ note: '未办结', href: `/complaints/${stillOpen}` });
  });
});
