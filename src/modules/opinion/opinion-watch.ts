import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { opinionEvents, opinionWatchEntries, publications, workItems } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { opinionLevels, watchFindings, type OpinionLevel, type WatchFinding } from '../../domain/opinion/opinion-rules.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';
import { recordAudit } from '../audit/record-audit.js';
import { actionsOf, loadForAction } from '../workflow/load-for-action.js';
import type { EventFields } from './event-input.js';
import { opinionWatchRecord, type WatchItem } from './opinion-watch-workflow.js';
import { recordEventInTx } from './record-event.js';

const DAY = 86_400_000;

/** The calendar days of a watch (Asia/Shanghai), from the publication day to its last day or today, whichever is earlier. */
export function watchDays(publishAt: Date, dueAt: Date | null, now: Date): string[] {
  const first = toLocalDate(publishAt);
  const lastDue = dueAt ? toLocalDate(dueAt) : first;
  const today = toLocalDate(now);
  const last = lastDue < today ? lastDue : today;
  const days: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); days.length < 400; t += DAY) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (day > last) break;
    days.push(day);
  }
  return days;
}

async function publicationOf(db: Executor, item: WatchItem) {
  const [p] = await db.select({ id: publications.id, title: publications.title, kind: publications.kind, publishAt: publications.publishAt }).from(publications).where(eq(publications.id, item.subjectId)).limit(1);
  if (!p) throw new DomainError('NOT_FOUND', { entity: 'publication', id: item.subjectId });
  return p;
}

/** The watch as its page shows it: the publication, its days, each day's entry, what the user may do. */
export async function getWatch(db: Executor, user: SessionUser, id: string, now = new Date()) {
  const [item] = await db
    .select()
    .from(workItems)
    .where(and(eq(workItems.id, id), eq(workItems.kind, 'opinion_watch'), jurisdictionSql(user, 'workItem', 'see')))
    .limit(1);
  if (!item) throw new DomainError('NOT_FOUND', { entity: 'opinionWatch', id });
  const publication = await publicationOf(db, item);
  const entries = await db
    .select({ entry: opinionWatchEntries, eventTitle: opinionEvents.title, eventLevel: opinionEvents.level })
    .from(opinionWatchEntries)
    .leftJoin(opinionEvents, eq(opinionEvents.id, opinionWatchEntries.eventId))
    .where(eq(opinionWatchEntries.workItemId, id))
    .orderBy(asc(opinionWatchEntries.day));
  return {
    id: item.id,
    title: item.title,
    status: item.status,
    dueAt: item.dueAt,
    version: item.version,
    publication,
    days: watchDays(publication.publishAt ?? item.createdAt, item.dueAt, now),
    entries: entries.map(({ entry: e, eventTitle, eventLevel }) => ({
      id: e.id,
      day: e.day,
      finding: e.finding,
      findingName: watchFindings[e.finding as WatchFinding] ?? e.finding,
      note: e.note,
      event: e.eventId && eventTitle ? { id: e.eventId, title: eventTitle, levelName: opinionLevels[eventLevel as OpinionLevel] ?? '' } : null,
      recordedAt: e.createdAt,
    })),
    actions: await actionsOf(db, user, opinionWatchRecord(user, null), item),
  };
}

/** A day must lie within the watch: from the publication day to its last day, never ahead of today. */
async function checkDay(db: Executor, item: WatchItem, day: string, now: Date) {
  const publication = await publicationOf(db, item);
  if (!watchDays(publication.publishAt ?? item.createdAt, item.dueAt, now).includes(day)) throw new DomainError('OPINION_WATCH_DAY_OUTSIDE', { day: '监测日期应在信息公布之日至今天之间' });
  return publication;
}

async function dayEntry(db: Executor, itemId: string, day: string) {
  const [row] = await db.select().from(opinionWatchEntries).where(and(eq(opinionWatchEntries.workItemId, itemId), eq(opinionWatchEntries.day, day))).limit(1);
  return row;
}

/** Records one day of the watch: 未发现舆情, or what was observed (a note) without it being an event. */
export async function recordWatchEntry(db: Db, user: SessionUser, id: string, input: { day: string; finding: 'none' | 'observed'; note?: string | null }, ip: string | null, now = new Date()) {
  if (input.finding === 'observed' && !input.note?.trim()) throw new DomainError('VALIDATION_FAILED', { note: '请填写监测到的情况' });
  return db.transaction(async (tx) => {
    const { row: item } = await loadForAction(tx, user, opinionWatchRecord(user, ip), id, 'recordEntry', null);
    await checkDay(tx, item, input.day, now);
    if (await dayEntry(tx, id, input.day)) throw new DomainError('OPINION_WATCH_DAY_RECORDED', { day: input.day }, { day: input.day });
    const [row] = await tx
      .insert(opinionWatchEntries)
      .values({ id: randomUUID(), workItemId: id, publicationId: item.subjectId, day: input.day, finding: input.finding, note: input.note?.trim() || null, recordedByUnitId: user.unit.id, recordedByUserId: user.id })
      .returning();
    await recordAudit(tx, actorOf(user, ip), { action: 'opinionWatch.record', entityType: 'opinionWatch', entityId: id, after: row });
    return row;
  });
}

/** Opens an opinion event from the watch, linked to the publication watched; the day's entry says so. */
export async function openEventFromWatch(db: Db, user: SessionUser, id: string, input: EventFields & { day: string }, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const { row: item } = await loadForAction(tx, user, opinionWatchRecord(user, ip), id, 'openEvent', null);
    await checkDay(tx, item, input.day, now);
    const event = await recordEventInTx(tx, user, input, ip, { itemId: id, publicationId: item.subjectId });
    const existing = await dayEntry(tx, id, input.day);
    const note = `登记舆情事件：${event.title}`;
    const [row] = existing
      ? await tx.update(opinionWatchEntries).set({ finding: 'event', eventId: event.id, note: existing.note ? `${existing.note}\n${note}` : note }).where(eq(opinionWatchEntries.id, existing.id)).returning()
      : await tx.insert(opinionWatchEntries).values({ id: randomUUID(), workItemId: id, publicationId: item.subjectId, day: input.day, finding: 'event', note, eventId: event.id, recordedByUnitId: user.unit.id, recordedByUserId: user.id }).returning();
    await recordAudit(tx, actorOf(user, ip), { action: 'opinionWatch.record', entityType: 'opinionWatch', entityId: id, before: existing ?? null, after: row });
    return event;
  });
}

/** Completes the watch: only with at least one day recorded (the guard `hasEntry`); the inbox item closes with it. */
export async function completeWatch(db: Db, user: SessionUser, id: string, input: { version: number }, ip: string | null) {
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, opinionWatchRecord(user, ip), id, 'complete', input.version);
    const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(opinionWatchEntries).where(eq(opinionWatchEntries.workItemId, id));
    await update('done');
    await recordAudit(tx, actorOf(user, ip), { action: 'opinionWatch.complete', entityType: 'opinionWatch', entityId: id, before: { status: row.status }, after: { status: 'done', entries: Number(n) } });
  });
}
