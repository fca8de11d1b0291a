/**
 * Unit names short enough for a chip or a chart axis: 抽检监测处, 经营处, 武侯区局, 成都市局.
 * From the org tree's short names; a unit the tree does not know is shortened by its full name.
 */
const BUREAUS = ['province_bureau', 'city_bureau', 'county_bureau'];

export interface UnitNames {
  name: string;
  shortName: string | null;
  kind: string;
}

export function unitLabel(unit: UnitNames | undefined, fullName: string): string {
  if (!unit?.shortName) return fullName.replace(/市场监督管理局$/, '局');
  if (BUREAUS.includes(unit.kind) && !unit.shortName.endsWith('局')) return `${unit.shortName}局`;
  return unit.shortName;
}
