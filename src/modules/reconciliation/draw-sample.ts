import { randomInt } from 'node:crypto';

export interface Draw<T> {
  selected: T[];
  /** The random values used, in order: with the ordered population they replay the draw. */
  values: number[];
}

/**
 * A uniform random sample of `size` from `population` without replacement: a partial
 * Fisher–Yates shuffle whose i-th swap partner is crypto.randomInt(i, n). Every subset of that
 * size is equally likely, and anyone holding the ordered population and the values can replay
 * the draw (replayDraw) to show the selection was fair.
 */
export function drawSample<T>(population: readonly T[], size: number, random: (min: number, max: number) => number = randomInt): Draw<T> {
  const pool = [...population];
  const k = Math.min(Math.max(0, size), pool.length);
  const values: number[] = [];
  for (let i = 0; i < k; i++) {
    const j = random(i, pool.length);
    values.push(j);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return { selected: pool.slice(0, k), values };
}

/** The selection a recorded draw made: the same swaps, with the recorded values. */
export function replayDraw<T>(population: readonly T[], values: readonly number[]): T[] {
  let i = 0;
  return drawSample(population, values.length, () => values[i++]).selected;
}
