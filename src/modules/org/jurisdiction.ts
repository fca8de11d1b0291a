import { sichuan } from './organisation-data.js';
import { unitIdForRegion, unitIdForSlug } from './seed-organisation.js';

const countyCodes = new Set(sichuan.cities.flatMap((c) => c.counties.map((county) => county.code)));
const cityCodes = new Set(sichuan.cities.map((c) => c.code));

/**
 * The bureau whose jurisdiction a region code falls in: the county bureau, else the city
 * bureau, else the province (out-of-province or unresolved records stay with the province
 * until a person assigns them).
 */
export function ownerUnitForRegion(regionCode: string | null | undefined): string {
  if (regionCode && countyCodes.has(regionCode)) return unitIdForRegion(regionCode);
  if (regionCode) {
    const city = `${regionCode.slice(0, 4)}00`;
    if (cityCodes.has(city)) return unitIdForRegion(city);
  }
  return unitIdForSlug('province');
}

export function isSichuanRegion(regionCode: string): boolean {
  return countyCodes.has(regionCode) || cityCodes.has(regionCode) || regionCode === sichuan.province.code;
}
