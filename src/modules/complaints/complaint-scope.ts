import type { SQL } from 'drizzle-orm';
import { reaches, reachesAll, type UnitFact } from '../../domain/jurisdiction.js';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';

/** Who reads a complaint: `jurisdiction.complaint.see` (src/domain/jurisdiction.ts, docs/security.md). */
export function complaintReadable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'complaint', 'see');
}

/** Who may name a complaint on an opinion event and read its tracking number, kind, status and region there. */
export function complaintCitable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'complaint', 'cite');
}

/** The handling unit's line: accepts, handles, replies. */
export function worksOnComplaint(user: SessionUser, handler: UnitFact): boolean {
  return reaches(user, 'complaint', 'work', { units: { handler } });
}

/** 投诉举报中心: routes and reassigns every complaint. */
export function routesComplaints(user: SessionUser): boolean {
  return reachesAll(user, 'complaint', 'route');
}

/** Who reads the complainant's name and phone: the handling unit itself and 投诉举报中心. */
export function readsComplainant(user: SessionUser, handler: UnitFact): boolean {
  return reaches(user, 'complaint', 'personal', { units: { handler } });
}
