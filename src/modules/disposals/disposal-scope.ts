import type { SQL } from 'drizzle-orm';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';

/** Who reads a disposal: `jurisdiction.disposal.see` (src/domain/jurisdiction.ts, docs/security.md). */
export function disposalReadable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'disposal', 'see');
}

/** Who works on it (records steps, extends, closes): `jurisdiction.disposal.work`, the owner bureau's line. */
export function disposalWorkable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'disposal', 'work');
}
