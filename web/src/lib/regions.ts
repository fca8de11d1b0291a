/**
 * 行政区划 for pickers and labels, from the org units: the province bureau (510000), the city
 * bureaus (xxxx00) and the county bureaus each carry the code of the region they govern.
 */
import type { OrgUnit } from '../api/types';
import { messages } from '../messages';

export const PROVINCE_CODE = '510000';

export interface RegionNode {
  value: string;
  title: string;
  children?: RegionNode[];
}

const isCity = (code: string) => code !== PROVINCE_CODE && code.endsWith('00');
const cityOf = (code: string) => `${code.slice(0, 4)}00`;

function regionUnits(units: readonly OrgUnit[]) {
  return units.filter(
    (u): u is OrgUnit & { regionCode: string } =>
      /^\d{6}$/.test(u.regionCode ?? '') && (u.kind === 'city_bureau' || u.kind === 'county_bureau' || u.kind === 'province_bureau'),
  );
}

/** Province → cities → counties, in the server's order. */
export function buildRegionTree(units: readonly OrgUnit[]): RegionNode[] {
  const province: RegionNode = { value: PROVINCE_CODE, title: messages.regions.province, children: [] };
  const cities = new Map<string, RegionNode>();
  const found = regionUnits(units).filter((u) => u.regionCode !== PROVINCE_CODE);
  for (const u of found) {
    if (!isCity(u.regionCode)) continue;
    const node: RegionNode = { value: u.regionCode, title: u.shortName ?? u.name };
    cities.set(u.regionCode, node);
    province.children!.push(node);
  }
  for (const u of found) {
    if (isCity(u.regionCode)) continue;
    const node: RegionNode = { value: u.regionCode, title: u.shortName ?? u.name };
    const city = cities.get(cityOf(u.regionCode));
    if (city) (city.children ??= []).push(node);
    else province.children!.push(node);
  }
  return [province];
}

/** Code → display name: a county reads with its city (成都市武侯区). */
export function regionNames(units: readonly OrgUnit[]): Map<string, string> {
  const names = new Map<string, string>();
  const found = regionUnits(units);
  for (const u of found) names.set(u.regionCode, u.regionCode === PROVINCE_CODE ? messages.regions.province : (u.shortName ?? u.name));
  for (const u of found) {
    if (u.regionCode === PROVINCE_CODE || isCity(u.regionCode)) continue;
    const city = names.get(cityOf(u.regionCode));
    if (city) names.set(u.regionCode, `${city}${u.shortName ?? u.name}`);
  }
  return names;
}
