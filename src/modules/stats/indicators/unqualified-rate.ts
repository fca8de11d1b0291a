import type { MapIndicator } from './map-indicator.js';

/** 不合格率: unqualified samples ÷ samples of the year, by sampling date (as the samples list counts them). */
export const unqualifiedRateIndicator: MapIndicator = {
  key: 'unqualifiedRate',
  label: '不合格率',
  format: 'percent',
  higherIsWorse: true,
  values: async ({ figures }) => new Map([...figures].filter(([, f]) => f.samples > 0).map(([code, f]) => [code, f.unqualifiedRate])),
  href: (area, { year }) => `/samples?regionCode=${area.regionCode}&dateFrom=${year}-01-01&dateTo=${year}-12-31&conclusion=unqualified`,
};
