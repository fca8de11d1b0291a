import type { SQL } from 'drizzle-orm';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';

/** Who reads a meeting: `jurisdiction.riskMeeting.see` (src/domain/jurisdiction.ts, docs/security.md). */
export function meetingReadable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'riskMeeting', 'see');
}

/** Which obliged units appear in the completeness views (over org_units): `riskObligation.see`. */
export function obligationReadable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'riskObligation', 'see');
}

/** 协调处 keeps the rhythm and the leading group (seed art. 6: 统筹协调、督查督办). */
export function managesRiskMeetings(user: SessionUser): boolean {
  return user.unit.businesses.includes('coordination');
}
