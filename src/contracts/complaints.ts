/** Reply contracts of /api/complaints, /api/intake-keys and the Open311 intake API (/open311/v2). */
import { z } from 'zod';
import { actions, historyEntry, pageOf, timestamp, unitRef } from './common.js';

export const complaintStatus = z.enum(['received', 'accepted', 'rejected', 'closed', 'merged']);
export const complaintKind = z.enum(['complaint', 'report']);
export const complaintChannel = z.enum(['portal', 'phone', 'letter', 'visit', 'hotline', 'other']);
export const complaintOutcome = z.enum(['mediated', 'unfounded', 'inspection', 'suggestion', 'case']);

/** The complainant as every reply shows it: masked (张** / 138****5678), or null when anonymous. */
export const maskedComplainant = z.object({ name: z.string().nullable(), phone: z.string().nullable() }).nullable();

export const complaintRow = z.object({
  id: z.string(),
  trackingNo: z.string(),
  channel: complaintChannel,
  channelName: z.string(),
  kind: complaintKind,
  kindName: z.string(),
  status: complaintStatus,
  statusName: z.string(),
  anonymous: z.boolean(),
  complainant: maskedComplainant,
  enterpriseName: z.string().nullable(),
  foodName: z.string().nullable(),
  regionCode: z.string().nullable(),
  handlerUnit: unitRef,
  divisionUnit: unitRef.nullable(),
  hotlineNo: z.string().nullable(),
  receivedAt: timestamp,
  acceptDueAt: timestamp.nullable(),
  dueAt: timestamp.nullable(),
  /** An open deadline (acceptance, or handling) has passed. */
  overdue: z.boolean(),
  outcome: z.string().nullable(),
  outcomeName: z.string().nullable(),
  duplicateCount: z.number(),
  mergedIntoId: z.string().nullable(),
});
export type ComplaintRow = z.infer<typeof complaintRow>;
export const complaintPage = pageOf(complaintRow);
export type ComplaintPage = z.infer<typeof complaintPage>;

export const complaintAttachment = z.object({ id: z.string(), fileName: z.string(), mimeType: z.string(), bytes: z.number(), createdAt: timestamp, href: z.string() });

/** An opinion event as a complaint's detail lists it (those the user reads). */
export const complaintOpinionEvent = z.object({ id: z.string(), title: z.string(), level: z.string(), levelName: z.string(), status: z.string(), statusName: z.string(), firstSeenAt: timestamp, href: z.string() });

export const complaintDetail = complaintRow.extend({
  version: z.number(),
  intake: z.string(),
  description: z.string(),
  address: z.string().nullable(),
  routingNote: z.string().nullable(),
  enterpriseId: z.string().nullable(),
  enterpriseCreditCode: z.string().nullable(),
  enterpriseNeedsReview: z.boolean(),
  hotlineDueAt: timestamp.nullable(),
  outcomeNote: z.string().nullable(),
  case: z.object({ id: z.string(), caseNo: z.string() }).nullable(),
  suggestionId: z.string().nullable(),
  replyText: z.string().nullable(),
  repliedAt: timestamp.nullable(),
  acceptedAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  provisional: z.boolean(),
  duplicates: z.array(z.object({ id: z.string(), trackingNo: z.string(), receivedAt: timestamp })),
  attachments: z.array(complaintAttachment),
  opinionEvents: z.array(complaintOpinionEvent),
  history: z.array(historyEntry),
  actions,
});
export type ComplaintDetail = z.infer<typeof complaintDetail>;

/** The complainant in clear: only the handling unit and 投诉举报中心, each reveal audited. */
export const revealedComplainant = z.object({ name: z.string().nullable(), phone: z.string().nullable() });

export const complaintCreated = z.object({ id: z.string(), trackingNo: z.string(), result: z.enum(['created', 'merged', 'duplicate']), mergedIntoId: z.string().optional() });

export const complaintImportError = z.object({ row: z.number(), message: z.string() });
export const complaintImportSummary = z.object({
  rows: z.number(),
  imported: z.number(),
  merged: z.number(),
  rejected: z.number(),
  /** Sheet rows merged into an earlier record (same 12345 number, or same complainant + enterprise within 7 days). */
  mergedRows: z.array(z.object({ row: z.number(), trackingNo: z.string() })),
  errors: z.array(complaintImportError),
  sheetName: z.string().nullable(),
  headerRow: z.number().nullable(),
  mapping: z.record(z.string(), z.string()),
});
export type ComplaintImportSummary = z.infer<typeof complaintImportSummary>;
/** Job-shaped like the sample import, so the web's JobProgress polls it. */
export const complaintImportJob = z.object({
  id: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  progress: z.number(),
  fileName: z.string(),
  summary: complaintImportSummary.nullable(),
  error: z.string().nullable(),
  createdAt: timestamp,
  finishedAt: timestamp.nullable(),
});
export type ComplaintImportJob = z.infer<typeof complaintImportJob>;

export const intakeKeyRow = z.object({ id: z.string(), name: z.string(), prefix: z.string(), createdAt: timestamp, lastUsedAt: timestamp.nullable(), revokedAt: timestamp.nullable() });
export type IntakeKeyRow = z.infer<typeof intakeKeyRow>;
export const intakeKeyList = z.object({ items: z.array(intakeKeyRow) });
/** The key itself appears here once and never again (only its hash is stored). */
export const intakeKeyCreated = z.object({ id: z.string(), name: z.string(), key: z.string() });

/** Open311 GeoReport v2 (JSON): the service list, a posted request, a request's status. */
export const open311Services = z.array(
  z.object({ service_code: z.string(), service_name: z.string(), description: z.string(), metadata: z.boolean(), type: z.literal('realtime'), keywords: z.string(), group: z.string() }),
);
export const open311Posted = z.array(z.object({ service_request_id: z.string(), token: z.string().optional(), service_notice: z.string().optional(), account_id: z.null().optional() }));
export const open311Request = z.array(
  z.object({
    service_request_id: z.string(),
    status: z.enum(['open', 'closed']),
    status_notes: z.string(),
    service_name: z.string(),
    service_code: z.string(),
    agency_responsible: z.string(),
    requested_datetime: timestamp,
    updated_datetime: timestamp,
    expected_datetime: timestamp.nullable(),
    address: z.string().nullable(),
  }),
);
