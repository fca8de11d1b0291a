import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { assessmentChecks, assessmentFindings } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import type { SessionUser } from '../access/actor.js';
import { checkReadable } from './assessment-scope.js';

export const FINDING_SUBJECT = 'assessmentFinding';

/** A finding and its check, through the check's scope, locked for a change; 404 outside the scope (and outside the checked unit's own findings). */
export async function loadFinding(db: Executor, user: SessionUser, id: string, lock = false) {
  const query = db
    .select({ finding: assessmentFindings, check: assessmentChecks })
    .from(assessmentFindings)
    .innerJoin(assessmentChecks, eq(assessmentChecks.id, assessmentFindings.checkId))
    .where(and(eq(assessmentFindings.id, id), checkReadable(user, toLocalDate(new Date()))))
    .limit(1);
  const [row] = lock ? await query.for('update', { of: assessmentFindings }) : await query;
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'assessmentFinding', id });
  return row;
}
