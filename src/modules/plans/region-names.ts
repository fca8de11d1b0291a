import { sichuan } from '../org/organisation-data.js';

const names = new Map<string, string>([[sichuan.province.code, sichuan.province.name]]);
for (const city of sichuan.cities) {
  names.set(city.code, city.name);
  for (const county of city.counties) names.set(county.code, `${city.name}${county.name}`);
}

/** "成都市武侯区" for 510107; null for a code outside Sichuan or none. */
export function regionName(code: string | null | undefined): string | null {
  return code ? (names.get(code) ?? null) : null;
}
