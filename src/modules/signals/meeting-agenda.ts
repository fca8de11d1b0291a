/**
 * A signal on the agenda of the next 321 meeting (seed art. 22) of the unit that works it: a city or
 * county bureau's own meeting, else the province bureau's (the divisions join the province's).
 * The meeting form lists the open agenda of its holding unit (`GET /api/signals/agenda`).
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../db/client.js';
import { orgUnits, riskMeetingAgenda, signalFollowUps, signals } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { SignalStatus } from '../../domain/signals/lifecycle.js';
import type { SignalMethod } from '../../domain/signals/rules.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { loadForChange, setStatus } from './review-signal.js';
import { signalReadable } from './signal-scope.js';

export function agendaUnitOf(user: SessionUser): string {
  return user.unit.kind === 'city_bureau' || user.unit.kind === 'county_bureau' ? user.unit.id : unitIdForSlug('province');
}

export async function addToAgenda(db: Db, user: SessionUser, id: string, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const { row, to } = await loadForChange(tx, user, id, 'followUp');
    const unitId = agendaUnitOf(user);
    const [unit] = await tx.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, unitId));
    const [open] = await tx.select({ id: riskMeetingAgenda.id }).from(riskMeetingAgenda).where(and(eq(riskMeetingAgenda.unitId, unitId), eq(riskMeetingAgenda.signalId, id), isNull(riskMeetingAgenda.meetingId)));
    if (open) throw new DomainError('SIGNAL_ON_AGENDA', undefined, { unit: unit.name });
    const agendaId = randomUUID();
    await tx.insert(riskMeetingAgenda).values({ id: agendaId, unitId, signalId: id, addedByUserId: user.id, addedAt: now });
    await tx.insert(signalFollowUps).values({ id: randomUUID(), signalId: id, kind: 'agenda', refId: agendaId, unitId: user.unit.id, createdByUserId: user.id, createdAt: now });
    const after = await setStatus(tx, id, to);
    await recordAudit(tx, actorOf(user, ip), { action: 'signal.addToAgenda', entityType: 'signal', entityId: id, before: { status: row.status }, after: { status: after.status, agendaUnitId: unitId, agendaId } });
    return { agendaId, unitId, unitName: unit.name, status: after.status as SignalStatus };
  });
}

/** The open agenda of a unit's next meeting: the signals the reader reads. */
export async function meetingAgenda(db: Executor, user: SessionUser, unitId: string) {
  const rows = await db
    .select({ agendaId: riskMeetingAgenda.id, signalId: signals.id, title: signals.title, method: signals.method, status: signals.status, addedAt: riskMeetingAgenda.addedAt })
    .from(riskMeetingAgenda)
    .innerJoin(signals, eq(signals.id, riskMeetingAgenda.signalId))
    .where(and(eq(riskMeetingAgenda.unitId, unitId), isNull(riskMeetingAgenda.meetingId), signalReadable(user)))
    .orderBy(desc(riskMeetingAgenda.addedAt));
  return { items: rows.map((r) => ({ ...r, method: r.method as SignalMethod, status: r.status as SignalStatus })) };
}

/**
 * A recorded meeting takes up its holding unit's open agenda: the signals put on it before the
 * meeting's day ended were before that meeting (the meeting form lists them), so they leave the
 * open agenda and the meeting's record names them. Runs in the meeting's transaction; of several
 * meetings of one unit recorded at once, the latest held takes the agenda.
 */
export async function takeUpAgenda(tx: Tx, meetings: { id: string; unitId: string; heldOn: string }[]) {
  const latest = new Map<string, { id: string; heldOn: string }>();
  for (const m of meetings) if ((latest.get(m.unitId)?.heldOn ?? '') <= m.heldOn) latest.set(m.unitId, m);
  if (latest.size === 0) return;
  const rows = sql.join(
    [...latest].map(([unitId, m]) => sql`(${m.id}::uuid, ${unitId}::uuid, ${m.heldOn}::date)`),
    sql`, `,
  );
  await tx.execute(sql`
    UPDATE risk_meeting_agenda a SET meeting_id = m.id
    FROM (VALUES ${rows}) AS m(id, unit_id, held_on)
    WHERE a.unit_id = m.unit_id AND a.meeting_id IS NULL
      AND a.added_at < ((m.held_on + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`);
}

/** The signals a meeting took up from its agenda, as far as the reader reads them. */
export async function signalsTakenUp(db: Executor, user: SessionUser, meetingId: string) {
  const rows = await db
    .select({ signalId: signals.id, title: signals.title, method: signals.method, status: signals.status })
    .from(riskMeetingAgenda)
    .innerJoin(signals, eq(signals.id, riskMeetingAgenda.signalId))
    .where(and(eq(riskMeetingAgenda.meetingId, meetingId), signalReadable(user)))
    .orderBy(signals.title);
  return rows.map((r) => ({ ...r, method: r.method as SignalMethod, status: r.status as SignalStatus }));
}
