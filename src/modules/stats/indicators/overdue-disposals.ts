import type { MapIndicator } from './map-indicator.js';

/** 超期未办结核查处置: active disposals past their deadline, owned by the area's bureau or below it. */
export const overdueDisposalsIndicator: MapIndicator = {
  key: 'overdueDisposals',
  label: '超期核查处置',
  format: 'count',
  higherIsWorse: true,
  values: async ({ figures }) => new Map([...figures].map(([code, f]) => [code, f.overdueDisposals])),
  href: (area) => `/disposals?overdue=true&ownerUnitId=${area.unitId}`,
};
