import { getScores } from '../../assessment/get-scores.js';
import { PROVINCE_CODE } from '../areas.js';
import type { MapIndicator } from './map-indicator.js';

/**
 * 考核得分: the current standing of the year's assessment (src/modules/assessment): on the province
 * map each city bureau's score, on a city's map its county bureaus' (and the city's own row). The
 * scores come through getScores, so before publication a unit that may not see every unit's
 * score sees only its own here too.
 */
export const assessmentScoreIndicator: MapIndicator = {
  key: 'assessmentScore',
  label: '考核得分',
  format: 'count',
  higherIsWorse: false,
  values: async ({ db, user, regionCode, year, areas, now }) => {
    const shown = new Set(areas.map((a) => a.regionCode));
    const levels = regionCode === PROVINCE_CODE ? (['city'] as const) : (['city', 'county'] as const);
    const values = new Map<string, number>();
    const cache = new Map();
    for (const level of levels) {
      // The map shows the score only: no trend, so the previous year is not computed (half the work).
      const { items } = await getScores(db, user, { year, level, period: 'year', trend: false }, now, cache);
      for (const item of items) if (item.regionCode && shown.has(item.regionCode) && item.score !== null) values.set(item.regionCode, item.score);
    }
    return values;
  },
  note: async ({ year }) => `${year}年度考核得分（未发布的为按当前数据计算的实时得分）`,
  href: (area, { year, regionCode }) => `/assessment/units/${area.unitId}?year=${year}&level=${regionCode === PROVINCE_CODE || area.regionCode === regionCode ? 'city' : 'county'}`,
};
