import { sql, type SQL } from 'drizzle-orm';
import { urgentReports } from '../../db/schema/index.js';
import type { SessionUser } from '../access/actor.js';
import { ownerUnitInScope } from '../access/scope-sql.js';
import { READ_ALL_BUSINESSES } from './urgent-rules.js';

/**
 * Who reads a 24-hour report (docs/security.md), as one SQL condition for every list and read:
 * 1. a recipient unit and the units above it (本级及下级 from the user's side) — so the owner
 *    bureau's city and the province bureau see it too;
 * 2. the unit that raised it;
 * 3. the provincial units that see every report (抽检监测处, 协调处).
 */
export function urgentReadable(user: SessionUser): SQL {
  if (user.unit.businesses.some((b) => READ_ALL_BUSINESSES.includes(b))) return sql`true`;
  return sql`(${urgentReports.id} IN (SELECT urr.report_id FROM urgent_report_recipients urr WHERE ${ownerUnitInScope(user.scope, sql`urr.unit_id`)})
    OR ${urgentReports.raisedByUnitId} = ${user.unit.id})`;
}
