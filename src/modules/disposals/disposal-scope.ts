import { sql, type SQL } from 'drizzle-orm';
import { disposals } from '../../db/schema/index.js';
import type { SessionUser } from '../access/actor.js';
import { ownerUnitInScope } from '../access/scope-sql.js';

/**
 * Provincial units that oversee every disposal: 抽检监测处 (督办), 稽查局 (reconciliation), 协调处
 * (督查), and 法规处, whose legal review of a case's decision reads the disposal behind it.
 */
const OVERSEE_ALL = new Set(['sampling', 'enforcement', 'coordination', 'legal_review']);

/**
 * Who reads a disposal (docs/security.md):
 * 1. the owner bureau and the units above it (本级及下级 from the user's side);
 * 2. the guiding provincial division of its link;
 * 3. a bureau asked to assist (协查) on it;
 * 4. the provincial units that oversee all disposals.
 */
export function disposalReadable(user: SessionUser): SQL {
  if (user.unit.businesses.some((b) => OVERSEE_ALL.has(b))) return sql`true`;
  return sql`(${ownerUnitInScope(user.scope, disposals.ownerUnitId)}
    OR ${disposals.guidingUnitId} = ${user.unit.id}
    OR ${disposals.id} IN (SELECT ar.disposal_id FROM assist_requests ar WHERE ${ownerUnitInScope(user.scope, sql`ar.to_unit_id`)}))`;
}

/** Who works on it (records steps, extends, closes): only the owner bureau's subtree line. */
export function disposalWorkable(user: SessionUser): SQL {
  return ownerUnitInScope(user.scope, disposals.ownerUnitId);
}
