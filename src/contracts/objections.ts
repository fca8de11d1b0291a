/** Reply contracts of /api/objections, /api/samples/:id/objections|retests and /api/retest-labs (异议、复检). */
import { z } from 'zod';
import { actions, historyEntry, localDate, pageOf, timestamp } from './common.js';

export const applicationKind = z.enum(['objection', 'retest']);
export type ApplicationKind = z.infer<typeof applicationKind>;

/** How the retest lab was drawn at random from the list (the initial lab excluded), kept as evidence. */
export const labDraw = z.object({
  candidates: z.array(z.object({ id: z.string(), name: z.string() })),
  excluded: z.string(),
  random: z.string(),
  pickedId: z.string(),
  pickedName: z.string(),
  drawnAt: z.string(),
  drawnBy: z.string(),
});

/** An application with its names, its clock, its sample's summary and what the user may do on it. */
export const application = z.object({
  id: z.string(),
  sampleId: z.string(),
  kind: applicationKind,
  kindName: z.string(),
  ground: z.string().nullable(),
  groundName: z.string().nullable(),
  applicant: z.string(),
  windowStartOn: localDate,
  appliedOn: localDate,
  content: z.string(),
  status: z.enum(['pending', 'accepted', 'rejected', 'concluded']),
  statusName: z.string(),
  decisionReason: z.string().nullable(),
  /** Late only by a provisional calendar: why an officer must decide (never refused automatically). */
  windowReviewReason: z.string().nullable(),
  decidedAt: timestamp.nullable(),
  labDraw: labDraw.nullable(),
  outcome: z.enum(['upheld', 'overturned']).nullable(),
  outcomeName: z.string().nullable(),
  outcomeText: z.string().nullable(),
  concludedAt: timestamp.nullable(),
  dueAt: timestamp.nullable(),
  overdue: z.boolean(),
  remainingMs: z.number().nullable(),
  createdByUserId: z.string().nullable(),
  createdAt: timestamp,
  version: z.number(),
  sampleNo: z.string(),
  foodName: z.string(),
  sampledPartyName: z.string(),
  ownerUnitId: z.string(),
  sampleConclusion: z.string(),
  firstLabName: z.string().nullable(),
  /** What the user may do now (src/domain/workflow/objection.ts). */
  actions,
});
export type Application = z.infer<typeof application>;
export const applicationPage = pageOf(application);

export const applicationDetail = application.extend({ history: z.array(historyEntry) });
export type ApplicationDetail = z.infer<typeof applicationDetail>;

/** A sample's applications, and what the user may file on it (applyObjection, applyRetest). */
export const sampleApplications = z.object({ items: z.array(application), actions });
export type SampleApplications = z.infer<typeof sampleApplications>;

/** Concluding answers the application and how many disposals an overturned result voided. */
export const concludedApplication = application.extend({ disposalsVoided: z.number() });

export const retestLab = z.object({ id: z.string(), name: z.string(), scope: z.string().nullable(), active: z.boolean() });
export type RetestLab = z.infer<typeof retestLab>;
export const retestLabList = z.object({ items: z.array(retestLab) });
