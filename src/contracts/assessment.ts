/** Reply contracts of /api/assessment (考核评价: indicators, scores, drill-down, checks and rectification). */
import { z } from 'zod';
import { localDate, pageOf, timestamp } from './common.js';

export const assessedLevel = z.enum(['division', 'city', 'county']);
export type AssessedLevel = z.infer<typeof assessedLevel>;
export const assessmentPeriod = z.enum(['year', 'Q1', 'Q2', 'Q3', 'Q4']);
export type AssessmentPeriodCode = z.infer<typeof assessmentPeriod>;
export const direction = z.enum(['higher', 'lower', 'deduction']);

export const indicator = z.object({
  id: z.string(),
  year: z.number(),
  code: z.string(),
  name: z.string(),
  definition: z.string(),
  computation: z.string(),
  params: z.record(z.string(), z.unknown()),
  measure: z.string(),
  direction,
  target: z.number(),
  weight: z.number(),
  unitKinds: z.array(assessedLevel),
  period: z.enum(['year', 'quarter']),
  sortOrder: z.number(),
  version: z.number(),
  updatedAt: timestamp,
});
export type Indicator = z.infer<typeof indicator>;

export const indicatorsReply = z.object({
  year: z.number(),
  frozen: z.boolean(),
  editable: z.boolean(),
  computations: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      numerator: z.string(),
      denominator: z.string(),
      measure: z.enum(['ratio', 'points']),
      /** The unit of measure in words: 比例（%） or 分. */
      measureName: z.string(),
      parameters: z.array(z.object({ key: z.string(), label: z.string(), kind: z.enum(['integer', 'number']), min: z.number(), max: z.number(), default: z.number(), suffix: z.string().nullable() })),
    }),
  ),
  items: z.array(indicator),
});
export type IndicatorsReply = z.infer<typeof indicatorsReply>;

export const indicatorScore = z.object({
  code: z.string(),
  name: z.string(),
  value: z.number().nullable(),
  target: z.number(),
  weight: z.number(),
  direction,
  points: z.number().nullable(),
  numerator: z.number(),
  denominator: z.number(),
});

export const unitScore = z.object({
  unitId: z.string(),
  unitName: z.string(),
  regionCode: z.string().nullable(),
  score: z.number().nullable(),
  rank: z.number().nullable(),
  rankInCity: z.number().nullable(),
  previousScore: z.number().nullable(),
  trend: z.number().nullable(),
  indicators: z.array(indicatorScore),
});
export type UnitScoreRow = z.infer<typeof unitScore>;

export const scoresReply = z.object({
  year: z.number(),
  period: assessmentPeriod,
  level: assessedLevel,
  published: z.boolean(),
  publishedAt: timestamp.nullable(),
  seesAll: z.boolean(),
  canPublish: z.boolean(),
  formula: z.string(),
  items: z.array(unitScore),
});
export type ScoresReply = z.infer<typeof scoresReply>;

export const drillReply = z.object({
  unit: z.object({ id: z.string(), name: z.string(), regionCode: z.string().nullable() }),
  indicator: z.object({ code: z.string(), name: z.string(), definition: z.string(), target: z.number(), weight: z.number(), direction: z.string(), measure: z.string() }),
  numeratorLabel: z.string(),
  denominatorLabel: z.string(),
  numerator: z.number(),
  denominator: z.number(),
  value: z.number().nullable(),
  records: z.array(
    z.object({ id: z.string(), label: z.string(), unitName: z.string(), dueAt: z.string().nullable(), doneAt: z.string().nullable(), ok: z.boolean(), note: z.string().nullable(), href: z.string().nullable() }),
  ),
});
export type DrillReply = z.infer<typeof drillReply>;

export const publishReply = z.object({ year: z.number(), period: assessmentPeriod, publishedAt: timestamp });
export const createdId = z.object({ id: z.string() });

const teamMember = z.object({ unitId: z.string(), personName: z.string() });
const checkBase = z.object({
  id: z.string(),
  year: z.number(),
  title: z.string(),
  method: z.enum(['open', 'covert', 'cross', 'unannounced']),
  methodName: z.string(),
  startOn: localDate,
  endOn: localDate,
  notes: z.string().nullable(),
  createdByUnitId: z.string(),
  version: z.number(),
});
export const checksReply = z.object({
  canPlan: z.boolean(),
  items: z.array(checkBase.extend({ team: z.array(teamMember), units: z.array(z.object({ id: z.string(), name: z.string() })), findings: z.number(), openFindings: z.number() })),
});
export type ChecksReply = z.infer<typeof checksReply>;

export const findingFile = z.object({ id: z.string(), fileName: z.string(), bytes: z.number(), createdAt: timestamp, href: z.string() });
export const finding = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  description: z.string(),
  requirement: z.string(),
  dueOn: localDate,
  foundOn: localDate,
  indicatorCode: z.string().nullable(),
  deduction: z.number(),
  status: z.enum(['open', 'reported', 'accepted']),
  statusName: z.string(),
  report: z.string().nullable(),
  reportedAt: timestamp.nullable(),
  acceptedAt: timestamp.nullable(),
  reviewNote: z.string().nullable(),
  version: z.number(),
  overdue: z.boolean(),
  actions: z.array(z.enum(['accept', 'return', 'report', 'attach'])),
  files: z.array(findingFile),
});
export const checkDetail = checkBase.extend({
  team: z.array(teamMember.extend({ unitName: z.string() })),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  checkingSide: z.boolean(),
  findings: z.array(finding),
});
export type CheckDetail = z.infer<typeof checkDetail>;
export const findingState = z.object({ id: z.string(), status: z.string(), version: z.number() });

export const rectificationStatus = z.enum(['open', 'reported', 'accepted']);
export const rectificationRow = z.object({
  id: z.string(),
  checkId: z.string(),
  checkTitle: z.string(),
  checkMethodName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  description: z.string(),
  requirement: z.string(),
  foundOn: localDate,
  dueOn: localDate,
  deduction: z.number(),
  status: rectificationStatus,
  statusName: z.string(),
  overdue: z.boolean(),
  reportedAt: timestamp.nullable(),
  acceptedAt: timestamp.nullable(),
  href: z.string(),
});
export const rectificationsReply = pageOf(rectificationRow).extend({
  /** 协调处 and the province's leadership: every unit's requirements. */
  seesAll: z.boolean(),
  /** Per status under the same scope and unit/check/year filters (the status and overdue filters left out). */
  counts: z.object({ open: z.number(), reported: z.number(), accepted: z.number(), overdue: z.number() }),
});
export type RectificationsReply = z.infer<typeof rectificationsReply>;
export type RectificationRow = z.infer<typeof rectificationRow>;
