import { and, ne, or, eq, type SQL } from 'drizzle-orm';
import { notices } from '../../db/schema/index.js';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';

/**
 * Who reads a notice: `jurisdiction.notice.see` — its sending unit and its recipient units only;
 * a draft awaiting its head's approval is the sending unit's alone (it has not been sent).
 */
export function noticeReadable(user: SessionUser): SQL {
  return and(jurisdictionSql(user, 'notice', 'see'), or(ne(notices.status, 'pending_approval'), eq(notices.senderUnitId, user.unit.id)))!;
}
