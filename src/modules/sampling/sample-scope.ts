import type { SQL } from 'drizzle-orm';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql, sampleScopeReads } from '../access/jurisdiction-sql.js';
import { reachesAll } from '../../domain/jurisdiction.js';
import type { DataScope } from '../../domain/scope.js';
import { isWholeOrganisation } from '../access/scope-sql.js';

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

/**
 * The subtree of owner units that alone decides which samples the user sees —
 * a city or county bureau — or null when something else also decides it (a division's link or
 * special food: then `sampleInScope` is an OR) or nothing limits it (province-wide readers, the
 * root's subtree). The two-character search uses it to look up only the user's own samples in its
 * index (sample-filter.ts); `sampleInScope` stays the condition that decides.
 */
export function sampleOwnerSubtree(user: SessionUser): DataScope | null {
  if (reachesAll(user, 'sample', 'see') || isWholeOrganisation(user.scope)) return null;
  const reads = sampleScopeReads(user, 'see');
  return reads.link || reads.categoryRoot ? null : user.scope;
}
