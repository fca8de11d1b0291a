import type { SQL } from 'drizzle-orm';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';

/** Who reads which plan: `jurisdiction.plan.see` (src/domain/jurisdiction.ts, docs/security.md). */
export function planInScope(user: SessionUser): SQL {
  return jurisdictionSql(user, 'plan', 'see');
}

/** Who reads which suggestion: `jurisdiction.suggestion.see`. */
export function suggestionInScope(user: SessionUser): SQL {
  return jurisdictionSql(user, 'suggestion', 'see');
}
