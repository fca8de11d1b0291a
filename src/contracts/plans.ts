/** Reply contracts of /api/plans and /api/suggestions (抽检计划 and 抽检建议). */
import { z } from 'zod';
import { actions, pageOf, timestamp } from './common.js';
import { samplingType } from './samples.js';

export const planKind = z.enum(['routine', 'follow_up', 'targeted']);
export type PlanKind = z.infer<typeof planKind>;
export const planStatus = z.enum(['active', 'closed']);
export type PlanStatus = z.infer<typeof planStatus>;

export const planRow = z.object({
  id: z.string(),
  year: z.number(),
  name: z.string(),
  samplingType,
  planKind,
  organiserUnitName: z.string(),
  status: planStatus,
  description: z.string().nullable(),
  quotaTotal: z.number(),
  sampled: z.number(),
  /** 0–100 */
  progress: z.number(),
  version: z.number(),
  actions,
});
export type PlanRow = z.infer<typeof planRow>;
export const planPage = pageOf(planRow);

export const quota = z.object({
  id: z.string(),
  categoryId: z.string().nullable(),
  categoryName: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  quota: z.number(),
  sampled: z.number(),
  progress: z.number(),
});
export type Quota = z.infer<typeof quota>;

export const planSuggestionRef = z.object({ id: z.string(), title: z.string(), fromUnitName: z.string(), decidedAt: timestamp.nullable() });
export type PlanSuggestionRef = z.infer<typeof planSuggestionRef>;

export const planDetail = planRow.extend({ quotas: z.array(quota), suggestions: z.array(planSuggestionRef) });
export type PlanDetail = z.infer<typeof planDetail>;

export const suggestion = z.object({
  id: z.string(),
  kind: z.enum(['sampling', 'risk_warning']),
  kindName: z.string(),
  year: z.number(),
  title: z.string(),
  content: z.string(),
  fromUnitName: z.string(),
  categoryId: z.string().nullable(),
  categoryName: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  status: z.enum(['pending', 'accepted', 'declined']),
  planId: z.string().nullable(),
  planName: z.string().nullable(),
  decisionReason: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: timestamp.nullable(),
  createdAt: timestamp,
  version: z.number(),
  actions,
});
export type Suggestion = z.infer<typeof suggestion>;
export const suggestionPage = pageOf(suggestion);
