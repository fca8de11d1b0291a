/** Reply contracts of /api/urgent-reports (24小时限时报告: the board, one report, every action). */
import { z } from 'zod';
import { actions, historyEntry, pageOf, timestamp } from './common.js';
import { link } from './samples.js';

export const urgentStatus = z.enum(['open', 'handled', 'closed']);
export type UrgentStatus = z.infer<typeof urgentStatus>;

/** A unit the report went to, and when it acknowledged (签收). */
export const recipient = z.object({
  unitId: z.string(),
  unitName: z.string(),
  role: z.enum(['sampling', 'division', 'bureau', 'producerDivision', 'producerBureau']),
  acknowledgedAt: timestamp.nullable(),
});
export type Recipient = z.infer<typeof recipient>;

export const urgentRow = z.object({
  id: z.string(),
  title: z.string(),
  sampleNo: z.string().nullable(),
  foodName: z.string(),
  enterpriseName: z.string(),
  /** null: not known yet (待确定). */
  link: link.nullable(),
  regionCode: z.string().nullable(),
  ownerUnitId: z.string(),
  ownerUnitName: z.string(),
  status: urgentStatus,
  statusName: z.string(),
  raisedAt: timestamp,
  /** When the lab found the result: the 24 hours run from it. */
  foundAt: timestamp,
  dueAt: timestamp,
  /** When the overdue report was escalated to the province. */
  escalatedAt: timestamp.nullable(),
  overdue: z.boolean(),
  /** null once the report is closed. */
  remainingMs: z.number().nullable(),
  version: z.number(),
  recipients: z.array(recipient),
});
export type UrgentRow = z.infer<typeof urgentRow>;
export const urgentPage = pageOf(urgentRow);

/** One report; raising it and every action answer it as it now is. */
export const urgentDetail = urgentRow.extend({
  sampleId: z.string().nullable(),
  hazard: z.string(),
  raisedByUserId: z.string().nullable(),
  raisedByUnitId: z.string(),
  raisedByUnitName: z.string(),
  handlingReport: z.string().nullable(),
  handledAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  closedByUserId: z.string().nullable(),
  createdAt: timestamp,
  /** The measures of the handling report filed last. */
  measures: z.array(z.string()),
  history: z.array(historyEntry),
  /** What the user may do now (src/domain/workflow/urgent-report.ts). */
  actions,
});
export type UrgentDetail = z.infer<typeof urgentDetail>;
