/**
 * The assessment's arithmetic, pure (issue 15 §1): an indicator's achievement and points, a
 * unit's score, and ranks among peers. docs/assessment.md prints the same formula.
 *
 * - higher is better: achievement = min(value / target, 1)
 * - lower is better:  achievement = 1 when value ≤ target, else max(0, 1 − (value − target) / (1 − target))
 *   (a share: at 100 % the achievement is 0)
 * - points = weight × achievement
 * - a deduction indicator: points = −min(value, weight) (the weight is the most it can take off)
 * - score = 100 × Σ points of the measured indicators / Σ their weights − Σ deductions, at least 0.
 *   An indicator without data for the unit (nothing was due) is left out of both sums, so a unit
 *   is neither rewarded nor punished for an obligation it did not have.
 */
export type Direction = 'higher' | 'lower' | 'deduction';

export interface IndicatorInput {
  code: string;
  direction: Direction;
  target: number;
  weight: number;
  /** null: no data (nothing was due in the period). */
  value: number | null;
}

export function achievement(direction: Exclude<Direction, 'deduction'>, target: number, value: number): number {
  if (direction === 'higher') return target <= 0 ? 1 : Math.min(value / target, 1);
  if (value <= target) return 1;
  return target >= 1 ? 0 : Math.max(0, 1 - (value - target) / (1 - target));
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function indicatorPoints(input: IndicatorInput): number | null {
  if (input.value === null) return input.direction === 'deduction' ? 0 : null;
  if (input.direction === 'deduction') return -round(Math.min(input.value, input.weight));
  return round(input.weight * achievement(input.direction, input.target, input.value));
}

export function unitScore(inputs: IndicatorInput[]): { score: number | null; points: (number | null)[] } {
  const points = inputs.map(indicatorPoints);
  let earned = 0;
  let weights = 0;
  let deductions = 0;
  inputs.forEach((input, i) => {
    const p = points[i];
    if (p === null) return;
    if (input.direction === 'deduction') deductions += -p;
    else {
      earned += p;
      weights += input.weight;
    }
  });
  if (weights === 0) return { score: null, points };
  return { score: round(Math.max(0, (100 * earned) / weights - deductions)), points };
}

/** Competition ranking (1, 2, 2, 4): equal scores share a rank; units without a score get none. */
export function ranksOf<T>(items: T[], scoreOf: (item: T) => number | null): Map<T, number> {
  const scored = items.filter((i) => scoreOf(i) !== null).sort((a, b) => scoreOf(b)! - scoreOf(a)!);
  const ranks = new Map<T, number>();
  scored.forEach((item, i) => ranks.set(item, i > 0 && scoreOf(scored[i - 1]) === scoreOf(item) ? ranks.get(scored[i - 1])! : i + 1));
  return ranks;
}
