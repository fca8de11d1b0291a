import { PROVINCE_CODE } from '../areas.js';

/**
 * The map area a unit's region code falls in: on the province map its city (a county rolls up
 * into its city), on a city map the code itself (a county, or the city = its 本级 row).
 * Codes outside the map's region give null.
 */
export function areaOfRegion(mapRegion: string, unitRegion: string | null): string | null {
  if (!unitRegion || unitRegion === PROVINCE_CODE) return null;
  if (mapRegion === PROVINCE_CODE) return `${unitRegion.slice(0, 4)}00`;
  return unitRegion.slice(0, 4) === mapRegion.slice(0, 4) ? unitRegion : null;
}
