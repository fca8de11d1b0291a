/** Reply contract of /api/overview (the workbench's summary). */
import { z } from 'zod';

/** A figure is null when its record type is not in the user's menu. */
export const overview = z.object({
  year: z.number(),
  openDisposals: z.number().nullable(),
  overdueDisposals: z.number().nullable(),
  openUrgentReports: z.number().nullable(),
  openEscalations: z.number().nullable(),
  unqualifiedThisYear: z.number().nullable(),
  unqualifiedByCity: z.array(z.object({ regionCode: z.string(), name: z.string(), count: z.number() })).nullable(),
});
export type Overview = z.infer<typeof overview>;
