import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { orgUnits } from '../../db/schema/index.js';
import { periodBounds, type AssessmentPeriod } from '../../domain/assessment/periods.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { scoreUnitsOf, seesAllScores } from './assessment-scope.js';
import { computationOf } from './computations/index.js';
import { loadIndicators } from './indicators.js';

/**
 * The records behind one unit's value of one indicator (issue 15: each computation with its
 * drill-down), with the formula's counts. A unit drills into its own values (a city bureau also
 * its counties'); 协调处 and the
 * province's leadership into any unit's. `onlyMissed` keeps the records not counted as met.
 */
export async function drillDown(
  db: Executor,
  user: SessionUser,
  input: { year: number; period: AssessmentPeriod; code: string; unitId: string; onlyMissed?: boolean },
  now = new Date(),
) {
  if (!seesAllScores(user) && !(await scoreUnitsOf(db, user)).has(input.unitId)) throw new DomainError('ASSESSMENT_OWN_UNIT_ONLY');
  const indicator = (await loadIndicators(db, input.year)).find((i) => i.code === input.code);
  const computation = indicator && computationOf(indicator.computation);
  if (!indicator || !computation) throw new DomainError('NOT_FOUND', { entity: 'assessmentIndicator', code: input.code });
  const [unit] = await db.select({ id: orgUnits.id, name: orgUnits.name, regionCode: orgUnits.regionCode }).from(orgUnits).where(eq(orgUnits.id, input.unitId)).limit(1);
  if (!unit) throw new DomainError('NOT_FOUND', { entity: 'orgUnit', id: input.unitId });
  const ctx = { db, period: periodBounds(input.year, input.period), params: indicator.params, now };
  const [records, figures] = await Promise.all([computation.records(ctx, unit.id), computation.figures(ctx)]);
  const figure = figures.get(unit.id) ?? { numerator: 0, denominator: 0 };
  const value = computation.measure === 'points' ? figure.numerator : figure.denominator > 0 ? Math.round((figure.numerator / figure.denominator) * 1e6) / 1e6 : null;
  return {
    unit,
    indicator: { code: indicator.code, name: indicator.name, definition: indicator.definition, target: indicator.target, weight: indicator.weight, direction: indicator.direction, measure: indicator.measure },
    numeratorLabel: computation.numerator,
    denominatorLabel: computation.denominator,
    numerator: figure.numerator,
    denominator: figure.denominator,
    value,
    records: input.onlyMissed ? records.filter((r) => !r.ok) : records,
  };
}
