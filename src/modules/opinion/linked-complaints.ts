import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { complaints, opinionEventComplaints, opinionEvents } from '../../db/schema/index.js';
import { opinionLevels, opinionStatuses } from '../../domain/opinion/opinion-rules.js';
import { can } from '../../domain/permissions.js';
import type { SessionUser } from '../access/actor.js';
import { complaintChannels, complaintKinds, complaintStatuses } from '../complaints/complaint-names.js';
import { complaintCitable, complaintReadable } from '../complaints/complaint-scope.js';
import { regionName } from '../stats/areas.js';
import { opinionReadable } from './opinion-scope.js';

const name = (names: Record<string, string>, code: string) => names[code] ?? code;

/**
 * The complaints an event names, as its readers see them: only those the user may cite
 * (`complaint.cite`), with the tracking number, kind, channel, status and region and never the
 * complainant; `href` only when the user also reads the complaint itself. `others`: how many
 * linked complaints lie outside the user's scope (counted, not shown).
 */
export async function complaintsOfEvent(db: Executor, user: SessionUser, eventId: string) {
  const linked = eq(opinionEventComplaints.eventId, eventId);
  const [rows, [all]] = await Promise.all([
    db
      .select({
        id: complaints.id,
        trackingNo: complaints.trackingNo,
        hotlineNo: complaints.hotlineNo,
        kind: complaints.kind,
        channel: complaints.channel,
        status: complaints.status,
        regionCode: complaints.regionCode,
        receivedAt: complaints.receivedAt,
        readable: sql<boolean>`(${complaintReadable(user)})`,
      })
      .from(opinionEventComplaints)
      .innerJoin(complaints, eq(complaints.id, opinionEventComplaints.complaintId))
      .where(and(linked, complaintCitable(user)))
      .orderBy(asc(complaints.receivedAt), asc(complaints.trackingNo)),
    db.select({ n: count() }).from(opinionEventComplaints).where(linked),
  ]);
  return {
    items: rows.map((c) => ({
      id: c.id,
      trackingNo: c.trackingNo,
      hotlineNo: c.hotlineNo,
      kind: c.kind,
      kindName: name(complaintKinds, c.kind),
      channelName: name(complaintChannels, c.channel),
      status: c.status,
      statusName: name(complaintStatuses, c.status),
      regionCode: c.regionCode,
      regionName: c.regionCode ? regionName(c.regionCode) : null,
      receivedAt: c.receivedAt,
      href: c.readable ? `/complaints/${c.id}` : null,
    })),
    others: Number(all.n) - rows.length,
  };
}

/** The opinion events that name a complaint, those the user reads (the complaint's detail). */
export async function eventsOfComplaint(db: Executor, user: SessionUser, complaintId: string) {
  if (!can(user.roles, 'opinion.read')) return [];
  const rows = await db
    .select({ id: opinionEvents.id, title: opinionEvents.title, level: opinionEvents.level, status: opinionEvents.status, firstSeenAt: opinionEvents.firstSeenAt })
    .from(opinionEventComplaints)
    .innerJoin(opinionEvents, eq(opinionEvents.id, opinionEventComplaints.eventId))
    .where(and(eq(opinionEventComplaints.complaintId, complaintId), opinionReadable(user)))
    .orderBy(desc(opinionEvents.firstSeenAt));
  return rows.map((e) => ({ ...e, levelName: name(opinionLevels, e.level), statusName: name(opinionStatuses, e.status), href: `/opinion/${e.id}` }));
}
