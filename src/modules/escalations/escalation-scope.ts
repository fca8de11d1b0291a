import type { SQL } from 'drizzle-orm';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';

/** Who reads an escalation: `jurisdiction.escalation.see` (src/domain/jurisdiction.ts, docs/security.md). */
export function escalationReadable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'escalation', 'see');
}

/** Who works on it (reports handling, records interviews): the assigned bureau's line and the enterprise's bureau. */
export function escalationWorkable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'escalation', 'work');
}

/** Who supervises it (closes, returns, withdraws, requests inspections): the owning division, or a unit above it. */
export function escalationSupervisable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'escalation', 'supervise');
}
