import { sql, type SQL } from 'drizzle-orm';
import { escalations } from '../../db/schema/index.js';
import type { SessionUser } from '../access/actor.js';
import { ownerUnitInScope } from '../access/scope-sql.js';

/** Provincial units that oversee every escalation: 抽检监测处, 协调处, 稽查局, 检查技术中心, 信用处, 法规处. */
const OVERSEE_ALL = new Set(['sampling', 'coordination', 'enforcement', 'inspection', 'credit', 'legal_review']);

/**
 * Who reads an escalation (docs/security.md): the owning division, the assigned city bureau's
 * line (本级及下级 from the user's side, so the province and the city's counties too), the
 * bureau whose jurisdiction the enterprise is in, and the provincial units that oversee all.
 */
export function escalationReadable(user: SessionUser): SQL {
  if (user.unit.businesses.some((b) => OVERSEE_ALL.has(b))) return sql`true`;
  return sql`(${ownerUnitInScope(user.scope, escalations.ownerUnitId)}
    OR ${ownerUnitInScope(user.scope, escalations.assignedUnitId)}
    OR ${escalations.enterpriseId} IN (SELECT e.id FROM enterprises e WHERE ${ownerUnitInScope(user.scope, sql`e.owner_unit_id`)}))`;
}

/** Who works on it (reports handling, records interviews): the assigned bureau's line and the enterprise's bureau. */
export function escalationWorkable(user: SessionUser): SQL {
  return sql`(${ownerUnitInScope(user.scope, escalations.assignedUnitId)}
    OR ${escalations.enterpriseId} IN (SELECT e.id FROM enterprises e WHERE ${ownerUnitInScope(user.scope, sql`e.owner_unit_id`)}))`;
}

/** Who supervises it (closes, returns, withdraws, requests inspections): the owning division, or a unit above it. */
export function escalationSupervisable(user: SessionUser): SQL {
  return ownerUnitInScope(user.scope, escalations.ownerUnitId);
}
