import { sql, type SQL } from 'drizzle-orm';
import { enterprises } from '../../db/schema/index.js';
import type { SessionUser } from '../access/actor.js';
import { ownerUnitInScope } from '../access/scope-sql.js';

/**
 * Enterprises are read by the bureaus whose jurisdiction they are in (本级及下级), and by
 * provincial units, which regulate enterprises across the province for their business.
 */
export function enterpriseInScope(user: SessionUser): SQL {
  if (user.unit.businesses.length > 0) return sql`true`;
  return ownerUnitInScope(user.scope, enterprises.ownerUnitId);
}
