import { isProvinceLevelUnit } from '../../domain/sampling/plan-rules.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { sichuan } from '../org/organisation-data.js';
import { unitIdForRegion } from '../org/seed-organisation.js';

export const PROVINCE_CODE = '510000';

/** One area of the view: a city of the province, or a county of a city (or the city's own level, 本级). */
export interface Area {
  regionCode: string;
  name: string;
  /** The bureau of the area: lists filter by it (its subtree) where records carry no region. */
  unitId: string;
}

/** The region codes a region filter covers, as the samples list reads it (sample-filter.ts). */
export function regionRange(regionCode: string): { from: string; to: string } | null {
  if (regionCode === PROVINCE_CODE) return null;
  if (regionCode.endsWith('00')) return { from: regionCode.slice(0, 4) + '00', to: regionCode.slice(0, 4) + '99' };
  return { from: regionCode, to: regionCode };
}

/**
 * The areas the user sees under `regionCode` (510000: the 21 cities; a city: its counties and
 * its own level). A provincial unit sees every area; a city or county bureau only its own line
 * (a city sees only its own city, a county only itself). A city the user does not reach is NOT_FOUND.
 */
export function areasFor(user: SessionUser, regionCode: string): Area[] {
  const own = isProvinceLevelUnit(user.unit.kind) ? null : user.unit.regionCode;
  if (regionCode === PROVINCE_CODE) {
    return sichuan.cities
      .filter((c) => !own || own.slice(0, 4) === c.code.slice(0, 4))
      .map((c) => ({ regionCode: c.code, name: c.name, unitId: unitIdForRegion(c.code) }));
  }
  const city = sichuan.cities.find((c) => c.code === regionCode);
  if (!city || (own && own.slice(0, 4) !== city.code.slice(0, 4))) throw new DomainError('NOT_FOUND', { entity: 'region', id: regionCode });
  const counties = city.counties.filter((c) => !own || own.endsWith('00') || own === c.code);
  const areas = counties.map((c) => ({ regionCode: c.code, name: c.name, unitId: unitIdForRegion(c.code) }));
  // Samples recorded against the city itself (市本级): its own row, so the counties and it add up to the city.
  if (!own || own.endsWith('00')) areas.push({ regionCode: city.code, name: `${city.name}本级`, unitId: unitIdForRegion(city.code) });
  return areas;
}

/** Whether the user's line covers the region (a provincial unit: all; a bureau: its own region and below). 510000 is everyone's: scope narrows it. */
export function regionInReach(user: SessionUser, regionCode: string): boolean {
  if (regionCode === PROVINCE_CODE || isProvinceLevelUnit(user.unit.kind) || !user.unit.regionCode) return true;
  const own = user.unit.regionCode;
  return own.endsWith('00') ? regionCode.slice(0, 4) === own.slice(0, 4) : regionCode === own;
}

/** The name of a region: 四川省, a city, or a county. */
export function regionName(regionCode: string): string {
  if (regionCode === PROVINCE_CODE) return sichuan.province.name;
  for (const city of sichuan.cities) {
    if (city.code === regionCode) return city.name;
    const county = city.counties.find((c) => c.code === regionCode);
    if (county) return county.name;
  }
  return regionCode;
}

/** Whether the code is 510000, a city or a county of Sichuan. */
export const isKnownRegion = (regionCode: string) => regionName(regionCode) !== regionCode;
