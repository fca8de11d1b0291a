import { describe, expect, it } from 'vitest';
import { drawSample, replayDraw } from './draw-sample.js';

const population = Array.from({ length: 20 }, (_, i) => `d${i}`);

describe('the random draw of a reconciliation', () => {
  it('draws the requested number of distinct members', () => {
    const { selected, values } = drawSample(population, 5);
    expect(selected).toHaveLength(5);
    expect(new Set(selected).size).toBe(5);
    expect(values).toHaveLength(5);
    for (const s of selected) expect(population).toContain(s);
  });

  it('can be replayed from the ordered population and the recorded values', () => {
    const { selected, values } = drawSample(population, 7);
    expect(replayDraw(population, values)).toEqual(selected);
  });

  it('takes everyone when the sample is as large as the population', () => {
    expect(drawSample(population.slice(0, 3), 10).selected.sort()).toEqual(['d0', 'd1', 'd2']);
  });

  it('gives every member the same chance', () => {
    const hits = new Map<string, number>();
    const runs = 20_000;
    for (let r = 0; r < runs; r++) for (const s of drawSample(population, 4).selected) hits.set(s, (hits.get(s) ?? 0) + 1);
    const expected = (runs * 4) / population.length;
    for (const p of population) expect(Math.abs((hits.get(p) ?? 0) - expected) / expected).toBeLessThan(0.08);
  });
});
