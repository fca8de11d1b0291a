import { DomainError } from '../errors.js';
import { normaliseEnterpriseName } from '../sampling/normalise.js';

export interface RetestLabCandidate {
  id: string;
  name: string;
  active?: boolean;
}

export interface LabDraw {
  /** The labs the draw was made from, in the order the random index refers to. */
  candidates: { id: string; name: string }[];
  /** The first lab, as the sample records it: never drawn. */
  excluded: string;
  /** The random index used (0-based into candidates), as a string for the record. */
  random: string;
  picked: { id: string; name: string };
}

/** Names compare half-width, without spaces or punctuation, brackets unified: "中心（四川）" = "中心(四川)". */
export const normaliseLabName = normaliseEnterpriseName;

/**
 * Draws the retest lab at random from the active labs of the list, never the lab that did the
 * first test (食品安全法 art. 88; 办法 art. 32). `random(n)` returns an integer in [0, n):
 * pass `crypto.randomInt` in production and a seeded function in tests. The draw is recorded
 * with its candidates and number, so anyone can check that candidates[random] is the lab picked.
 */
export function drawRetestLab(candidates: RetestLabCandidate[], firstLabName: string | null, random: (n: number) => number): LabDraw {
  const first = firstLabName ? normaliseLabName(firstLabName) : '';
  if (!firstLabName || !first) throw new DomainError('RETEST_LAB_FIRST_LAB_UNKNOWN', { labName: '样品未登记初检机构' });
  const pool = candidates.filter((c) => c.active !== false && normaliseLabName(c.name) !== first).map((c) => ({ id: c.id, name: c.name }));
  if (pool.length === 0) {
    throw new DomainError('RETEST_LABS_EXHAUSTED', { retestLabs: '排除初检机构后没有可抽取的复检机构' });
  }
  const index = random(pool.length);
  if (!Number.isInteger(index) || index < 0 || index >= pool.length) throw new RangeError(`random(${pool.length}) returned ${index}`);
  return { candidates: pool, excluded: firstLabName, random: String(index), picked: pool[index] };
}
