import type { SQL } from 'drizzle-orm';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';

/** Who reads an enterprise: `jurisdiction.enterprise.see` (src/domain/jurisdiction.ts, docs/security.md). */
export function enterpriseInScope(user: SessionUser): SQL {
  return jurisdictionSql(user, 'enterprise', 'see');
}

/** Who corrects one: `jurisdiction.enterprise.work`. */
export function enterpriseWorkable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'enterprise', 'work');
}
