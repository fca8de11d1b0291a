import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { orgUnits } from '../../db/schema/index.js';
import { unitKindsOf, type AssessedKind } from '../../domain/assessment/defaults.js';
import { periodBounds, previousPeriod, type AssessmentPeriod } from '../../domain/assessment/periods.js';
import { ranksOf, unitScore, type Direction } from '../../domain/assessment/scoring.js';
import { computationOf } from './computations/index.js';
import type { UnitFigure } from './computations/computation.js';
import { loadIndicators, type IndicatorRow } from './indicators.js';

export interface IndicatorScore {
  code: string;
  name: string;
  value: number | null;
  target: number;
  weight: number;
  direction: Direction;
  points: number | null;
  numerator: number;
  denominator: number;
}

export interface UnitScore {
  unitId: string;
  unitName: string;
  regionCode: string | null;
  score: number | null;
  /** Among the level's units (cities among cities, counties province-wide). */
  rank: number | null;
  /** A county's rank among the counties of its city. */
  rankInCity: number | null;
  previousScore: number | null;
  /** score − previous score. */
  trend: number | null;
  indicators: IndicatorScore[];
}

/** The indicators of a year's set that apply to a level and a period (a quarter assesses the quarterly ones). */
export function applicableIndicators(indicators: IndicatorRow[], level: AssessedKind, period: AssessmentPeriod): IndicatorRow[] {
  return indicators.filter((i) => i.unitKinds.includes(level) && (period === 'year' || i.period === 'quarter'));
}

const ratio = (f: UnitFigure | undefined, measure: string) => (!f ? null : measure === 'points' ? f.numerator : f.denominator > 0 ? Math.round((f.numerator / f.denominator) * 1e6) / 1e6 : null);

/**
 * Every unit of a level, scored for a period: each applicable indicator's computation runs once
 * for all units (set-based), then the pure arithmetic of src/domain/assessment/scoring.ts.
 */
/**
 * The figures of one computation for one period, shared between the levels of one request: a
 * computation answers for every unit at once, so scoring the cities, the counties and the
 * divisions runs it once, not three times.
 */
export type FiguresCache = Map<string, Promise<Map<string, UnitFigure>>>;

async function scoresOf(db: Executor, year: number, level: AssessedKind, period: AssessmentPeriod, now: Date, indicatorSet: IndicatorRow[] | undefined, cache: FiguresCache): Promise<Omit<UnitScore, 'previousScore' | 'trend'>[]> {
  const indicators = applicableIndicators(indicatorSet ?? (await loadIndicators(db, year)), level, period);
  const bounds = periodBounds(year, period);
  const [units, figures] = await Promise.all([
    db
      .select({ id: orgUnits.id, name: orgUnits.name, regionCode: orgUnits.regionCode })
      .from(orgUnits)
      .where(inArray(orgUnits.kind, unitKindsOf[level]))
      .orderBy(asc(orgUnits.regionCode), asc(orgUnits.sortOrder), asc(orgUnits.name)),
    Promise.all(
      indicators.map((i) => {
        const computation = computationOf(i.computation);
        if (!computation) return Promise.resolve(new Map<string, UnitFigure>());
        const key = `${i.computation}|${JSON.stringify(i.params)}|${year}|${period}`;
        if (!cache.has(key)) cache.set(key, computation.figures({ db, period: bounds, params: i.params, now }));
        return cache.get(key)!;
      }),
    ),
  ]);
  const items = units.map((u) => {
    const inputs = indicators.map((i, k) => {
      const f = figures[k].get(u.id);
      return { code: i.code, name: i.name, direction: i.direction as Direction, target: i.target, weight: i.weight, value: ratio(f, i.measure), numerator: f?.numerator ?? 0, denominator: f?.denominator ?? 0 };
    });
    const { score, points } = unitScore(inputs);
    return { unitId: u.id, unitName: u.name, regionCode: u.regionCode, score, rank: null as number | null, rankInCity: null as number | null, indicators: inputs.map((x, k) => ({ ...x, points: points[k] })) };
  });
  const ranks = ranksOf(items, (i) => i.score);
  for (const item of items) item.rank = ranks.get(item) ?? null;
  if (level === 'county') {
    const byCity = new Map<string, typeof items>();
    for (const item of items) byCity.set(item.regionCode?.slice(0, 4) ?? '', [...(byCity.get(item.regionCode?.slice(0, 4) ?? '') ?? []), item]);
    for (const group of byCity.values()) {
      const inCity = ranksOf(group, (i) => i.score);
      for (const item of group) item.rankInCity = inCity.get(item) ?? null;
    }
  }
  return items;
}

/** The scores with the trend against the period before (computed the same way, on that year's set or, lacking one, this year's). */
export async function computeScores(
  db: Executor,
  input: { year: number; level: AssessedKind; period: AssessmentPeriod; now?: Date; trend?: boolean },
  cache: FiguresCache = new Map(),
): Promise<UnitScore[]> {
  const now = input.now ?? new Date();
  const indicators = await loadIndicators(db, input.year);
  const prev = previousPeriod(input.year, input.period);
  const [current, previous] = await Promise.all([
    scoresOf(db, input.year, input.level, input.period, now, indicators, cache),
    input.trend === false
      ? Promise.resolve([])
      : loadIndicators(db, prev.year).then((set) => scoresOf(db, prev.year, input.level, prev.period, now, set.length ? set : indicators, cache)),
  ]);
  const before = new Map(previous.map((p) => [p.unitId, p.score]));
  return current.map((c) => {
    const previousScore = before.get(c.unitId) ?? null;
    return { ...c, previousScore, trend: c.score !== null && previousScore !== null ? Math.round((c.score - previousScore) * 100) / 100 : null };
  });
}

export const scoreFormula =
  '得分 = 100 × Σ(权重 × 达成度) ÷ Σ(有数据指标的权重) − 检查扣分（最低 0 分）；达成度：越高越好的指标为 min(实际值 ÷ 目标值, 1)，越低越好的指标在不超过目标值时为 1、超过时为 max(0, 1 − (实际值 − 目标值) ÷ (1 − 目标值))；考核期内没有应办事项的指标不计入。';
