import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { drawRetestLab } from './draw-retest-lab.js';

const labs = [
  { id: 'a', name: '四川省食品检验研究院' },
  { id: 'b', name: '国家食品质量检验检测中心（四川）' },
  { id: 'c', name: '成都市食品药品检验研究院' },
  { id: 'd', name: '重庆市食品药品检验检测研究院' },
  { id: 'e', name: '贵州省产品质量检验检测院', active: false },
];

/** mulberry32: a small seeded generator, so the test is repeatable. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

describe('drawing the retest lab', () => {
  it('never draws the first lab, even written with other brackets and spaces', () => {
    const random = seeded(2026);
    for (let i = 0; i < 500; i++) {
      const draw = drawRetestLab(labs, '国家食品质量检验检测中心 (四川)', random);
      expect(draw.picked.id).not.toBe('b');
      expect(draw.candidates.map((c) => c.id)).toEqual(['a', 'c', 'd']);
    }
  });

  it('never draws an inactive lab', () => {
    const random = seeded(7);
    for (let i = 0; i < 200; i++) expect(drawRetestLab(labs, '四川省食品检验研究院', random).picked.id).not.toBe('e');
  });

  it('can draw every other lab, roughly equally often', () => {
    const random = seeded(42);
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const { picked } = drawRetestLab(labs, '四川省食品检验研究院', random);
      counts.set(picked.id, (counts.get(picked.id) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['b', 'c', 'd']);
    for (const n of counts.values()) expect(n).toBeGreaterThan(850);
  });

  it('maps each random index to its candidate, and records the draw so it can be checked', () => {
    for (let index = 0; index < 3; index++) {
      const draw = drawRetestLab(labs, '成都市食品药品检验研究院', () => index);
      expect(draw.candidates[Number(draw.random)]).toEqual(draw.picked);
      expect(draw).toMatchObject({ excluded: '成都市食品药品检验研究院', random: String(index) });
    }
  });

  it('refuses when no lab remains after excluding the first one', () => {
    expect(() => drawRetestLab([labs[0]], '四川省食品检验研究院', () => 0)).toThrow(DomainError);
    expect(() => drawRetestLab([], '四川省食品检验研究院', () => 0)).toThrow(/没有可抽取/);
  });

  it('refuses when the sample does not record its first lab (it could not be excluded)', () => {
    expect(() => drawRetestLab(labs, null, () => 0)).toThrow(/未登记初检机构/);
    expect(() => drawRetestLab(labs, '  ', () => 0)).toThrow(DomainError);
  });

  it('rejects a random function that answers out of range', () => {
    expect(() => drawRetestLab(labs, '四川省食品检验研究院', () => 3)).toThrow(RangeError);
  });
});
