import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import divisions from '../../../src/db/seed/data/sichuan-divisions.json' with { type: 'json' };

const folder = new URL('.', import.meta.url).pathname;
const read = (file: string) => JSON.parse(readFileSync(`${folder}/${file}`, 'utf8')) as { features: { id: string; properties: { name: string } }[] };

describe('the Sichuan maps', () => {
  it('draw each of the 21 cities, by its code', () => {
    const ids = read('sichuan-cities.json').features.map((f) => String(f.id)).sort();
    expect(ids).toEqual(divisions.cities.map((c) => c.code).sort());
  });

  it('draw every one of the 183 county units in its city’s map, under today’s code and name', () => {
    const units = divisions.cities.flatMap((c) => c.counties.map((k) => ({ ...k, city: c.code })));
    expect(units).toHaveLength(183);
    expect(readdirSync(`${folder}/counties`).sort()).toEqual(divisions.cities.map((c) => `${c.code}.json`).sort());
    for (const city of divisions.cities) {
      const features = read(`counties/${city.code}.json`).features;
      expect(features.map((f) => f.id).sort(), city.name).toEqual(city.counties.map((k) => k.code).sort());
      for (const f of features) expect(f.properties.name).toBe(city.counties.find((k) => k.code === f.id)!.name);
    }
  });
});
