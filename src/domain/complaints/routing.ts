import type { RegionResolution } from '../sampling/address-region.js';

/**
 * Where a complaint goes (issue 14 §1, seed art. 17): by its address to the county bureau, or to
 * the city bureau when the address names only the city. An address that names no region of
 * Sichuan, names one outside it, or names a county whose name repeats across cities (市中区 is
 * in both 乐山 and 内江) without its city, goes to 投诉举报中心, which routes it by hand. The
 * complainant (or the officer) may name the city; it settles a repeated county name.
 */
export type ComplaintRoute =
  | { level: 'county' | 'city'; regionCode: string; note: string | null }
  | { level: 'center'; regionCode: null; note: string };

export function routeComplaint(resolution: RegionResolution, cityCode?: string | null): ComplaintRoute {
  const city = cityCode && /^\d{4}00$/.test(cityCode) ? cityCode : null;
  switch (resolution.level) {
    case 'county':
      // The city the complainant named wins over an address that resolved elsewhere only if they disagree: say so.
      if (city && resolution.cityCode !== city) return { level: 'center', regionCode: null, note: '地址所在市（州）与所选市（州）不一致，由投诉举报中心核实后转办' };
      return { level: 'county', regionCode: resolution.regionCode, note: null };
    case 'city':
      if (city && resolution.cityCode !== city) return { level: 'center', regionCode: null, note: '地址所在市（州）与所选市（州）不一致，由投诉举报中心核实后转办' };
      return { level: 'city', regionCode: resolution.regionCode, note: resolution.note };
    case 'ambiguous': {
      const match = city ? resolution.candidates.find((c) => c.slice(0, 4) === city.slice(0, 4)) : undefined;
      if (match) return { level: 'county', regionCode: match, note: null };
      return { level: 'center', regionCode: null, note: `${resolution.note}，由投诉举报中心核实后转办` };
    }
    case 'outside':
      return { level: 'center', regionCode: null, note: `地址在${resolution.province}，不属本省管辖，由投诉举报中心处理` };
    case 'unknown':
      if (city) return { level: 'city', regionCode: city, note: '地址未能识别到县（市、区），按所选市（州）转办' };
      return { level: 'center', regionCode: null, note: `${resolution.note}，由投诉举报中心核实后转办` };
  }
}

/** The link division that supervises the subject, by the enterprise's kind (as a case from a complaint). */
export const divisionSlugOfEnterpriseKind: Record<string, string> = {
  producer: 'production',
  distributor: 'distribution',
  caterer: 'catering',
  special_food: 'special-food',
  online_platform: 'online',
};

/** Two complaints within this many days by the same complainant about the same enterprise are one. */
export const DUPLICATE_WINDOW_DAYS = 7;
