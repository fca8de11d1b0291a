import type { SQL } from 'drizzle-orm';
import { reaches } from '../../domain/jurisdiction.js';
import { can } from '../../domain/permissions.js';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';

/** Who reads which plan: `jurisdiction.plan.see` (src/domain/jurisdiction.ts, docs/security.md). */
export function planInScope(user: SessionUser): SQL {
  return jurisdictionSql(user, 'plan', 'see');
}

/** Only the organiser unit, or a unit above it, changes a plan (`jurisdiction.plan.edit`, given plan.write). */
export function mayEditPlan(user: SessionUser, organiserPath: string): boolean {
  return can(user.roles, 'plan.write') && reaches(user, 'plan', 'edit', { units: { organiser: { path: organiserPath } } });
}

/** Who reads which suggestion: `jurisdiction.suggestion.see`. */
export function suggestionInScope(user: SessionUser): SQL {
  return jurisdictionSql(user, 'suggestion', 'see');
}

/** A plan writer decides suggestions, but never its own unit's: the proposer does not judge its proposal. */
export function mayDecideSuggestion(user: SessionUser, fromUnitId: string): boolean {
  return can(user.roles, 'plan.write') && fromUnitId !== user.unit.id;
}
