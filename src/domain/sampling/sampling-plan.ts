/**
 * Microbiological sampling plans (采样方案), GB 4789.1-2016 §3.2 (食品微生物学检验 总则):
 *
 * - n: the number of sample units taken from one batch; c: the most units allowed above m;
 *   m: the acceptable level (three-class plan) or the highest safe level (two-class plan);
 *   M: the highest safe level (three-class plan only).
 * - Two-class plan (n, c, m), §3.2 note 1: of the n units, at most c may be above m.
 * - Three-class plan (n, c, m, M), §3.2 note 2: all units ≤ m is acceptable; at most c units in
 *   (m, M] is acceptable; any unit above M is not.
 *
 * GB 29921-2021 (预包装食品中致病菌限量) and the product standards (GB 7099, GB 2726 …) state their
 * microbiological limits as such plans and refer sampling and handling to GB 4789.1; a pathogen
 * written "n=5, c=0, m=0/25g" is a two-class plan in which any detection fails the batch.
 */
import { toHalfWidth } from './normalise.js';
import { readMeasurement, type MeasuredValue } from './measured-value.js';

export interface SamplingPlan {
  n: number;
  c: number;
  m: number;
  /** null for a two-class plan. */
  M: number | null;
}

/** A plan is written with its n and c ("n=5,c=2,m=10⁴,M=10⁵CFU/g"). */
export function isPlanText(text: string | null | undefined): boolean {
  if (!text) return false;
  const t = toHalfWidth(text);
  return /(^|[^a-z])n\s*=\s*\d/i.test(t) && /(^|[^a-z])c\s*=\s*\d/i.test(t);
}

const MAX_UNITS = 100;

/**
 * Reads a written plan and the unit its m and M carry. m = M, or a plan giving only M, is a
 * two-class plan (the one limit is m). Says what is wrong with a malformed plan.
 */
export function parsePlan(raw: string): { plan: SamplingPlan; unit: string | null } | { error: string } {
  const text = toHalfWidth(raw).replace(/\s+/g, '');
  const wrong = (why: string) => ({ error: `采样方案“${raw.trim()}”${why}（应写作 n=5,c=2,m=100,M=1000）` });
  const values: Partial<Record<'n' | 'c' | 'm' | 'M', number>> = {};
  const units = new Set<string>();
  for (const piece of text.split(/[,;、]/).filter((p) => p !== '')) {
    const m = /^([nNcCmM])=(.+)$/.exec(piece);
    if (!m) return wrong(`中无法识别“${piece}”`);
    // n and c in either case; m and M differ by case alone, as the standards write them.
    const key = m[1] === 'm' || m[1] === 'M' ? m[1] : (m[1].toLowerCase() as 'n' | 'c');
    if (values[key] !== undefined) return wrong(`中 ${key} 出现了两次`);
    if (key === 'n' || key === 'c') {
      if (!/^\d+$/.test(m[2])) return wrong(`中 ${key} 应为整数`);
      values[key] = Number(m[2]);
      continue;
    }
    const measured = readMeasurement(m[2]);
    if (measured.value.kind !== 'number') return wrong(`中 ${key} 应为数值`);
    values[key] = measured.value.value;
    if (measured.unit) units.add(measured.unit);
  }
  const { n, c } = values;
  let { m, M } = values;
  if (n === undefined || c === undefined) return wrong('缺少 n 或 c');
  if (m === undefined && M === undefined) return wrong('缺少 m');
  if (n < 1 || n > MAX_UNITS) return wrong(`中 n 应在 1 到 ${MAX_UNITS} 之间`);
  if (c > n) return wrong('中 c 不能大于 n');
  if (units.size > 1) return wrong(`中 m 与 M 的单位不一致：${[...units].join('、')}`);
  if (m === undefined) m = M;
  if (M !== undefined && M < m!) return wrong('中 m 不能大于 M');
  return { plan: { n, c, m: m!, M: M === undefined || M === m ? null : M }, unit: [...units][0] ?? null };
}

/** "n=5, c=2, m=10000, M=100000" (the unit is shown apart). */
export function formatPlan(plan: SamplingPlan): string {
  return `n=${plan.n}, c=${plan.c}, m=${plan.m}${plan.M === null ? '' : `, M=${plan.M}`}`;
}

/**
 * The limit a plan is stored as beside its plan: M (three-class), m (two-class), or 不得检出 when
 * m is 0 (a pathogen per 25 g).
 */
export function planLimit(plan: SamplingPlan): { limitType: 'max' | 'not_detected'; limitValue: number | null } {
  if (plan.M !== null) return { limitType: 'max', limitValue: plan.M };
  return plan.m === 0 ? { limitType: 'not_detected', limitValue: null } : { limitType: 'max', limitValue: plan.m };
}

/** A unit's result is above a level: a count above it, or a detection (检出/阳性). */
function above(value: MeasuredValue, level: number): boolean {
  return (value.kind === 'number' && value.value > level) || value.kind === 'positive';
}

/**
 * Judges the n results of a plan (values already in the plan's unit). Fewer results than n are
 * an error unless they already fail the plan (one above M, or more than c above m: the missing
 * units cannot change that), or are one 未检出 reported for all units.
 */
export function judgePlan(values: MeasuredValue[], plan: SamplingPlan): { failed: boolean } | { error: string } {
  const count = values.length;
  if (count > plan.n) return { error: `采样方案 n=${plan.n}，应有 ${plan.n} 个检验结果，录入了 ${count} 个` };
  if (plan.M !== null && values.some((v) => above(v, plan.M!))) return { failed: true };
  if (values.filter((v) => above(v, plan.m)).length > plan.c) return { failed: true };
  const allNotDetected = count === 1 && values[0].kind === 'not_detected';
  if (count < plan.n && !allNotDetected) {
    return { error: `采样方案 n=${plan.n}，应有 ${plan.n} 个检验结果，只有 ${count} 个（多个结果用逗号分隔）` };
  }
  return { failed: false };
}
