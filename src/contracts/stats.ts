/** Reply contracts of the province view (/api/dashboard) and the briefing pack (/api/briefing). */
import { z } from 'zod';

const counts = { samples: z.number(), unqualified: z.number(), issue: z.number(), unqualifiedRate: z.number() };

export const dashboardArea = z.object({
  regionCode: z.string(),
  name: z.string(),
  unitId: z.string(),
  ...counts,
  openDisposals: z.number(),
  overdueDisposals: z.number(),
  quotaPlanned: z.number(),
  quotaDone: z.number(),
});

export const mapIndicatorValues = z.object({
  key: z.string(),
  label: z.string(),
  format: z.enum(['percent', 'count']),
  higherIsWorse: z.boolean(),
  /** What the values are of, for the legend (e.g. the 321 periods judged), or null. */
  note: z.string().nullable(),
  values: z.array(z.object({ regionCode: z.string(), value: z.number(), href: z.string().nullable() })),
});

export const dashboard = z.object({
  year: z.number(),
  regionCode: z.string(),
  regionName: z.string(),
  /** The areas listed: the cities (of 510000) or the counties (of a city). */
  level: z.enum(['city', 'county']),
  /** The bureau of the region (null for the province): lists filter by its subtree. */
  regionUnitId: z.string().nullable(),
  totals: z.object({ ...counts, quotaPlanned: z.number(), quotaDone: z.number(), openDisposals: z.number(), overdueDisposals: z.number() }),
  items: z.array(dashboardArea),
  monthly: z.array(z.object({ month: z.string(), ...counts })),
  overdueUnits: z.array(
    z.object({ unitId: z.string(), unitName: z.string(), regionCode: z.string().nullable(), overdueDisposals: z.number(), overdueWorkItems: z.number() }),
  ),
  escalations: z.object({ open: z.number(), overdue: z.number() }),
  cases: z.object({ open: z.number(), overdue: z.number() }),
  urgentReports: z.object({ raised: z.number(), onTime: z.number(), late: z.number(), pending: z.number(), onTimeRate: z.number().nullable() }),
  indicators: z.array(mapIndicatorValues),
});
export type Dashboard = z.infer<typeof dashboard>;
export type DashboardArea = z.infer<typeof dashboardArea>;
export type MapIndicatorValues = z.infer<typeof mapIndicatorValues>;

const periodCounts = z.object({ samples: z.number(), unqualified: z.number(), unqualifiedRate: z.number() });

/** One row of a comparison table: this period, the previous one, the same period last year, and the list behind each. */
export const briefingRow = z.object({
  key: z.string().nullable(),
  name: z.string(),
  current: periodCounts,
  previous: periodCounts,
  lastYear: periodCounts,
  href: z.string(),
});

const period = z.object({ from: z.string(), to: z.string() });

export const briefing = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  periods: z.object({ current: period, previous: period, lastYear: period }),
  summary: briefingRow,
  byCategory: z.array(briefingRow),
  byRegion: z.array(briefingRow),
  byLink: z.array(briefingRow),
  /** Unqualified test items: samples with the item judged unqualified (effective results), by period. */
  byItem: z.array(z.object({ name: z.string(), current: z.number(), previous: z.number(), lastYear: z.number(), href: z.string() })),
  work: z.object({
    openDisposals: z.number(),
    overdueDisposals: z.number(),
    urgentReports: z.object({ raised: z.number(), onTime: z.number(), late: z.number(), pending: z.number() }),
    openEscalations: z.number(),
    openCases: z.number(),
  }),
  repeatOffenders: z.array(z.object({ enterpriseId: z.string(), name: z.string(), unqualified: z.number(), href: z.string() })),
  /** Sections other modules provide (e.g. notices received); `available: false` until the module is wired in. */
  sections: z.array(
    z.object({ key: z.string(), title: z.string(), available: z.boolean(), rows: z.array(z.object({ label: z.string(), value: z.number(), href: z.string().nullable() })) }),
  ),
});
export type Briefing = z.infer<typeof briefing>;
export type BriefingRow = z.infer<typeof briefingRow>;
