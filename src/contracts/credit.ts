/** Reply contracts of the credit module: an enterprise's credit record, records due, export batches, the dishonest list. */
import { z } from 'zod';
import { localDate, pageOf, timestamp } from './common.js';

export const creditEntryKind = z.enum(['unqualified', 'overturned', 'disposal', 'penalty', 'interview', 'escalation', 'inspection', 'dishonest']);
export type CreditEntryKind = z.infer<typeof creditEntryKind>;
export const publicationKind = z.enum(['unqualified', 'penalty', 'dishonest', 'dishonest_removal']);
export type PublicationKind = z.infer<typeof publicationKind>;
const countsByKind = z.partialRecord(publicationKind, z.number());

export const creditEntry = z.object({
  id: z.string(),
  at: z.string(),
  kind: creditEntryKind,
  kindName: z.string(),
  title: z.string(),
  detail: z.string(),
  link: z.string().nullable(),
  recordId: z.string(),
  status: z.string().nullable(),
  statusName: z.string().nullable(),
});
export type CreditEntry = z.infer<typeof creditEntry>;

export const creditYear = z.object({ year: z.number(), sampled: z.number(), unqualified: z.number(), overturned: z.number() });
export type CreditYear = z.infer<typeof creditYear>;

export const creditRecord = z.object({
  enterprise: z.object({ id: z.string(), name: z.string(), creditCode: z.string().nullable(), ownerUnitName: z.string() }),
  dishonestListing: z.object({ entryId: z.string(), listedOn: localDate }).nullable(),
  summary: z.object({ unqualified: z.number(), overturned: z.number(), penalties: z.number(), interviews: z.number(), escalations: z.number() }),
  entries: z.array(creditEntry),
  history: z.array(creditYear),
});
export type CreditRecord = z.infer<typeof creditRecord>;

export const dueRecord = z.object({
  recordKind: publicationKind,
  recordId: z.string(),
  kindName: z.string(),
  enterpriseId: z.string().nullable(),
  enterpriseName: z.string(),
  creditCode: z.string().nullable(),
  decisionNo: z.string(),
  date: localDate,
  content: z.string(),
  authority: z.string(),
  problem: z.string().nullable(),
});
export type DueRecord = z.infer<typeof dueRecord>;

export const duePage = pageOf(dueRecord).extend({
  summary: z.object({ total: z.number(), ready: z.number(), blocked: z.number(), byKind: z.record(publicationKind, z.number()) }),
  earlierUnsent: z.number(),
});
export type DuePage = z.infer<typeof duePage>;

const batchStatus = z.enum(['prepared', 'sent', 'returned']);

/** The stored batch, as deciding on it answers. */
export const exportBatchRecord = z.object({
  id: z.string(),
  periodFrom: localDate,
  periodTo: localDate,
  recordCount: z.number(),
  /** prepared (抽检监测处, awaiting 信用处) | sent | returned */
  status: batchStatus,
  returnReason: z.string().nullable(),
  version: z.number(),
  createdAt: timestamp,
});
export type ExportBatchRecord = z.infer<typeof exportBatchRecord>;

/** Preparing a batch answers it with its counts and the records left out. */
export const exportBatchCreated = exportBatchRecord.extend({ byKind: countsByKind, skipped: z.number(), createdByName: z.string().nullable() });
export type ExportBatchCreated = z.infer<typeof exportBatchCreated>;

export const exportBatch = exportBatchRecord.extend({
  byKind: countsByKind,
  statusName: z.string(),
  actions: z.array(z.literal('approve')),
  createdByName: z.string().nullable(),
});
export type ExportBatch = z.infer<typeof exportBatch>;
export const exportBatchPage = pageOf(exportBatch);

export const dishonestEntry = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  /** The enterprise's page when the user may open it; the list itself is public. */
  enterpriseLink: z.string().nullable().optional(),
  creditCode: z.string().nullable(),
  caseId: z.string().nullable(),
  caseNo: z.string().nullable(),
  reason: z.string(),
  legalBasis: z.string(),
  decisionNo: z.string(),
  listedOn: localDate,
  reviewableOn: localDate.nullable(),
  reviewDue: z.boolean(),
  expiresOn: localDate.nullable(),
  expiryDue: z.boolean(),
  status: z.enum(['proposed', 'listed', 'refused', 'removed']),
  statusName: z.string(),
  refusalReason: z.string().nullable(),
  removedOn: localDate.nullable(),
  removalKindName: z.string().nullable(),
  removalReason: z.string().nullable(),
  listedByUnitName: z.string(),
  version: z.number(),
  actions: z.array(z.enum(['approve', 'remove'])),
});
export type DishonestEntry = z.infer<typeof dishonestEntry>;

export const dishonestPage = pageOf(dishonestEntry).extend({
  reviewRule: z.object({ months: z.number(), level: z.string(), legalBasis: z.string(), unverified: z.boolean() }).nullable(),
  /** add: the user's unit lists (it penalises); collect: 抽检监测处 or 信用处 collect for the national system; export: 信用处 sends. */
  actions: z.array(z.enum(['add', 'collect', 'export'])),
});
export type DishonestPage = z.infer<typeof dishonestPage>;
