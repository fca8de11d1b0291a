import type { ComplianceStatus } from '../../../domain/risk-meetings/periods.js';
import { complianceRates } from '../../../domain/risk-meetings/periods.js';
import { latestEndedCompliance, latestEndedPeriod } from '../../risk-meetings/latest-compliance.js';
import { PROVINCE_CODE } from '../areas.js';
import { areaOfRegion } from './area-of-region.js';
import type { MapIndicator } from './map-indicator.js';

/** The levels whose bureaus make up an area: a city's own bureau (city level) and its counties (county level). */
const LEVELS = ['city', 'county'] as const;

/**
 * 321 完成率: of the obliged units of each area (the city bureau and its county bureaus), the share
 * that held their latest ended period's meeting (held or late) — the risk-meetings module's own
 * statuses (complianceOf), so each area equals the compliance API for that period.
 */
export const meetingCompletenessIndicator: MapIndicator = {
  key: 'meetingCompleteness',
  label: '321 完成率',
  format: 'percent',
  higherIsWorse: false,
  values: async ({ db, user, regionCode, areas, now }) => {
    const shown = new Set(areas.map((a) => a.regionCode));
    const reports = await Promise.all(LEVELS.map((level) => latestEndedCompliance(db, user, level, now)));
    const statuses = new Map<string, ComplianceStatus[]>();
    for (const report of reports.filter((r) => r.owed)) {
      for (const item of report.items) {
        const area = areaOfRegion(regionCode, item.regionCode);
        if (area && shown.has(area)) statuses.set(area, [...(statuses.get(area) ?? []), item.status]);
      }
    }
    const values = new Map<string, number>();
    for (const [area, list] of statuses) {
      const { rate } = complianceRates(list);
      if (rate !== null) values.set(area, Math.round(rate * 10000) / 100);
    }
    return values;
  },
  note: async ({ db, now }) => {
    const [city, county] = await Promise.all(LEVELS.map((level) => latestEndedPeriod(db, level, now)));
    return `统计周期：市局 ${city.label}，县局 ${county.label}（最近已结束的周期）`;
  },
  // A city: its counties' matrix filtered to it; a county: its own row; a city's 本级 row: the city level.
  href: (area, { regionCode }) => {
    const level = regionCode !== PROVINCE_CODE && area.regionCode === regionCode ? 'city' : 'county';
    return `/risk-meetings?tab=compliance&level=${level}&regionCode=${area.regionCode}`;
  },
};
