import { assessmentResults } from '../../db/schema/index.js';
import type { Db } from '../../db/client.js';
import { assessedKindNames, type AssessedKind } from '../../domain/assessment/defaults.js';
import type { AssessmentPeriod } from '../../domain/assessment/periods.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { managesAssessment } from './assessment-scope.js';
import { computeScores, type FiguresCache } from './compute-scores.js';

const levels = Object.keys(assessedKindNames) as AssessedKind[];

/**
 * 协调处 publishes a period's assessment: the scores of every level as computed now become the
 * published snapshot that every unit reads; publishing the year freezes its indicator set.
 */
export async function publishResults(db: Db, user: SessionUser, year: number, period: AssessmentPeriod, ip: string | null, now = new Date()) {
  if (!managesAssessment(user)) throw new DomainError('ASSESSMENT_MANAGERS_ONLY');
  return db.transaction(async (tx) => {
    const snapshot: Record<string, unknown> = {};
    const cache: FiguresCache = new Map();
    for (const level of levels) snapshot[level] = await computeScores(tx, { year, level, period, now }, cache);
    const [row] = await tx.insert(assessmentResults).values({ year, period, publishedAt: now, publishedByUserId: user.id, snapshot }).onConflictDoNothing().returning();
    if (!row) throw new DomainError('ASSESSMENT_ALREADY_PUBLISHED');
    await recordAudit(tx, actorOf(user, ip), { action: 'assessmentResult.publish', entityType: 'assessmentResult', entityId: `${year}-${period}`, after: { year, period, publishedAt: now } });
    return { year, period, publishedAt: now };
  });
}
