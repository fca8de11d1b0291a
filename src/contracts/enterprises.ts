/** Reply contracts of /api/enterprises (食品生产经营者). */
import { z } from 'zod';
import { pageOf } from './common.js';

export const enterpriseKind = z.enum(['producer', 'distributor', 'caterer', 'special_food', 'online_platform']);

export const enterprise = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string().nullable(),
  licenceNumbers: z.array(z.string()),
  kind: enterpriseKind,
  regionCode: z.string().nullable(),
  address: z.string().nullable(),
  needsReview: z.boolean(),
  reviewReasons: z.array(z.string()),
  version: z.number(),
});
export type Enterprise = z.infer<typeof enterprise>;
export const enterprisePage = pageOf(enterprise);

export const yearCount = z.object({ year: z.number(), total: z.number(), unqualified: z.number() });
export type YearCount = z.infer<typeof yearCount>;

/** An enterprise with its sampling record by year. */
export const enterpriseDetail = enterprise.extend({ samplesByYear: z.array(yearCount) });
export type EnterpriseDetail = z.infer<typeof enterpriseDetail>;
