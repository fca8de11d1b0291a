import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { assessmentResults } from '../../db/schema/index.js';
import type { AssessedKind } from '../../domain/assessment/defaults.js';
import type { AssessmentPeriod } from '../../domain/assessment/periods.js';
import type { SessionUser } from '../access/actor.js';
import { managesAssessment, scoreUnitsOf, seesAllScores } from './assessment-scope.js';
import { computeScores, scoreFormula, type FiguresCache, type UnitScore } from './compute-scores.js';

export async function publishedResult(db: Executor, year: number, period: AssessmentPeriod) {
  const [row] = await db.select().from(assessmentResults).where(and(eq(assessmentResults.year, year), eq(assessmentResults.period, period))).limit(1);
  return row ?? null;
}

/**
 * GET /api/assessment/scores: a published period answers its snapshot to everyone who reads the
 * assessment; before publication 协调处 and the province's leadership see every unit, any other
 * unit only its own row, a city bureau also its counties' (scoreUnitsOf; filtered here, after the
 * set-based computation that ranks them).
 */
export async function getScores(
  db: Executor,
  user: SessionUser,
  input: { year: number; level: AssessedKind; period: AssessmentPeriod; /** false: no previous period computed (trend null), as the province map needs only the score. */ trend?: boolean },
  now = new Date(),
  cache?: FiguresCache,
) {
  const published = await publishedResult(db, input.year, input.period);
  const snapshot = published?.snapshot[input.level] as UnitScore[] | undefined;
  const items = snapshot ?? (await computeScores(db, { ...input, now }, cache));
  const all = Boolean(published) || seesAllScores(user);
  const own = all ? null : await scoreUnitsOf(db, user);
  return {
    year: input.year,
    period: input.period,
    level: input.level,
    published: Boolean(published),
    publishedAt: published?.publishedAt ?? null,
    seesAll: all,
    canPublish: !published && managesAssessment(user),
    formula: scoreFormula,
    items: own ? items.filter((i) => own.has(i.unitId)) : items,
  };
}
