import type { SQL } from 'drizzle-orm';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';

/**
 * Who reads which sample: `jurisdiction.sample.see` (src/domain/jurisdiction.ts,
 * docs/security.md), one SQL condition for every list, read and export of samples.
 */
export function sampleInScope(user: SessionUser): SQL {
  return jurisdictionSql(user, 'sample', 'see');
}

/** Who changes an existing sample (results, accompanying officer, objections): `jurisdiction.sample.work`. */
export function sampleWorkable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'sample', 'work');
}
