import { overdueReceiptsByRegion } from '../../notices/receipt-figures.js';
import { areaOfRegion } from './area-of-region.js';
import type { MapIndicator } from './map-indicator.js';

/**
 * 未反馈通报: receipts of notices the user reads whose reply date has passed with no reply, by the
 * recipient unit's area (the notices module's receipt state).
 */
export const unansweredNoticesIndicator: MapIndicator = {
  key: 'unansweredNotices',
  label: '未反馈通报',
  format: 'count',
  higherIsWorse: true,
  values: async ({ db, user, regionCode, areas, now }) => {
    const byRegion = await overdueReceiptsByRegion(db, user, now);
    const values = new Map(areas.map((a) => [a.regionCode, 0]));
    for (const [unitRegion, overdue] of byRegion) {
      const area = areaOfRegion(regionCode, unitRegion);
      if (area && values.has(area)) values.set(area, values.get(area)! + overdue);
    }
    return values;
  },
  note: async () => '反馈期限已过、尚未反馈的收文单位数（按收文单位所在地区）',
  href: () => '/notices?box=sent',
};
