import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { can } from '../../domain/permissions.js';
import { isProvinceLevelUnit } from '../../domain/sampling/plan-rules.js';
import type { SessionUser } from '../access/actor.js';
import { ownerUnitInScope, subtreeUnits } from '../access/scope-sql.js';

/**
 * Who does what in the assessment (seed art. 6(2): 协调处 supervises and assesses; art. 25):
 * 协调处 keeps the indicator set, plans checks and publishes the results.
 */
export function managesAssessment(user: SessionUser): boolean {
  return can(user.roles, 'assessment.manage') && user.unit.businesses.includes('coordination');
}

/** Before publication only 协调处 and the province's leadership see every unit's score (issue 15 §3). */
export function seesAllScores(user: SessionUser): boolean {
  return managesAssessment(user) || (user.roles.includes('leader') && isProvinceLevelUnit(user.unit.kind));
}

/**
 * The units whose scores a user sees before publication, when not all (seesAllScores): its own;
 * a city bureau also its county bureaus (the city view's standing: their records make up the
 * city's own figures, 本级及下级), never another city's or a peer's.
 */
export async function scoreUnitsOf(db: Executor, user: SessionUser): Promise<Set<string>> {
  if (user.unit.kind !== 'city_bureau') return new Set([user.unit.id]);
  const result = (await db.execute(subtreeUnits(user.scope))) as unknown as { rows: { id: string }[] };
  return new Set([user.unit.id, ...result.rows.map((r) => r.id)]);
}

/**
 * The checks a user reads: 协调处 all; the organising unit and the team's units theirs; a checked
 * unit's line (the unit and the units above it) only once the check is announced: a 暗访 or
 * 四不两直 check stays invisible to it until its start date.
 */
export function checkReadable(user: SessionUser, today: string): SQL {
  if (managesAssessment(user)) return sql`true`;
  return sql`(assessment_checks.created_by_unit_id = ${user.unit.id}
    OR assessment_checks.team @> ${JSON.stringify([{ unitId: user.unit.id }])}::jsonb
    OR (EXISTS (SELECT 1 FROM assessment_check_units cu WHERE cu.check_id = assessment_checks.id AND ${ownerUnitInScope(user.scope, sql`cu.unit_id`)})
        AND (assessment_checks.method NOT IN ('covert', 'unannounced') OR assessment_checks.start_on <= ${today})))`;
}

/** The checking side of a check: the organising unit, or a unit with a member on the team. */
export function isCheckingSide(user: SessionUser, check: { createdByUnitId: string; team: { unitId: string }[] }): boolean {
  return check.createdByUnitId === user.unit.id || check.team.some((m) => m.unitId === user.unit.id) || managesAssessment(user);
}
