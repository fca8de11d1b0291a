import { sql, type SQL } from 'drizzle-orm';
import { samplingPlans, samplingSuggestions } from '../../db/schema/index.js';
import { can } from '../../domain/permissions.js';
import { isProvinceLevelUnit, provinceLevelUnitKinds } from '../../domain/sampling/plan-rules.js';
import { unitInScope } from '../../domain/scope.js';
import type { SessionUser } from '../access/actor.js';
import { ownerUnitInScope } from '../access/scope-sql.js';

const provinceKinds = sql.join(
  provinceLevelUnitKinds.map((k) => sql`${k}`),
  sql`, `,
);

/**
 * Who reads which plan (docs/security.md): plans organised in the user's subtree (本级及下级),
 * plus every provincial plan, because city and county bureaus carry those out. 抽检监测处
 * oversees sampling province-wide and reads every plan. One SQL condition for every list and read.
 */
export function planInScope(user: SessionUser): SQL {
  if (user.unit.businesses.includes('sampling')) return sql`true`;
  return sql`(${ownerUnitInScope(user.scope, samplingPlans.organiserUnitId)} OR ${samplingPlans.organiserUnitId} IN (SELECT ou.id FROM org_units ou WHERE ou.kind IN (${provinceKinds})))`;
}

/** Only the organiser unit, or a unit above it, changes a plan (given plan.write). */
export function mayEditPlan(user: SessionUser, organiserPath: string): boolean {
  return can(user.roles, 'plan.write') && unitInScope(user.scope, organiserPath);
}

/**
 * Who reads which suggestion: 抽检监测处 (it answers them) and provincial plan writers see every
 * suggestion; everyone else the suggestions made in their subtree.
 */
export function suggestionInScope(user: SessionUser): SQL {
  if (seesAllSuggestions(user)) return sql`true`;
  return ownerUnitInScope(user.scope, samplingSuggestions.fromUnitId);
}

/** A plan writer decides suggestions, but never its own unit's: the proposer does not judge its proposal. */
export function mayDecideSuggestion(user: SessionUser, fromUnitId: string): boolean {
  return can(user.roles, 'plan.write') && fromUnitId !== user.unit.id;
}

function seesAllSuggestions(user: SessionUser): boolean {
  return user.unit.businesses.includes('sampling') || (can(user.roles, 'plan.write') && isProvinceLevelUnit(user.unit.kind));
}
